/**
 * The roll-forward of rule RC7 above the engine's partner and billing-profile rows: the
 * GLOBAL, REGION and COUNTRY levels summed from the PARTNER rows, and the check that
 * every written row, series and level conserves credit.
 */
package com.creditsrecon.model.rollforward;
