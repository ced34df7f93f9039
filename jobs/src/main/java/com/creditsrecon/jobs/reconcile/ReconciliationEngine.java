package com.creditsrecon.jobs.reconcile;

import java.util.List;

import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.Reconciliation;
import com.creditsrecon.model.reconcile.ReconciliationInput;
import com.creditsrecon.model.reconcile.ReconciliationSettings;

/**
 * The reconciliation as the reconcile step calls it: {@link Reconciliation} itself,
 * behind an interface so that the step can be tested with one of the test's own.
 */
@FunctionalInterface
public interface ReconciliationEngine {

	/** The break rows of one unit (a partner, or rows of no known partner). */
	List<BreakRow> reconcile(ReconciliationInput input, ReconciliationSettings settings);

	/** The model's reconciliation. */
	static ReconciliationEngine standard() {
		return Reconciliation::reconcile;
	}

}
