/**
 * Reconciliation (rules RC1 to RC6): what the billing systems report against the
 * simulated state at {@code as-of}, one partner (or the reported rows of no known
 * partner) at a time, as plain functions with no store and no Spring.
 */
package com.creditsrecon.model.reconcile;
