/**
 * The reconcile steps of the run job (rules RC1 to RC6): every reported row given the
 * unit it is reconciled in (the partner whose simulated lot, benefit or billing profile
 * it can pair with, or none), the model's reconciliation run on each unit a block of
 * partners at a time, its break rows written to the store, and reconciliation/breaks.csv
 * and summary.csv streamed from there in their sort order.
 */
package com.creditsrecon.jobs.reconcile;
