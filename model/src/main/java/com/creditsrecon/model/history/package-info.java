/**
 * Break history: each {@code break_id} of reconciliation/breaks.csv followed from one
 * night to the next (NEW, OPEN, RESOLVED, REOPENED), as a plain function of the previous
 * night's ledger and tonight's breaks, with no store and no Spring.
 */
package com.creditsrecon.model.history;
