/**
 * What-if (rule W1): the figures of one rollout scenario, summed partner by partner from
 * the engine's results ({@code WhatIfTally}), and their comparison with the baseline's
 * ({@code WhatIfComparison}), as whatif.csv and whatif-monthly.csv show it.
 */
package com.creditsrecon.model.whatif;
