/**
 * The {@code whatifJob} (rule W1): the import, as a run's, then every partner simulated
 * once per scenario from one read of its world, each scenario's figures summed per
 * partition into the store, and whatif.csv and whatif-monthly.csv written from them.
 * Nothing is reconciled.
 */
package com.creditsrecon.jobs.whatif;
