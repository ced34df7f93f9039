package com.creditsrecon.jobs.reconcile;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

import com.creditsrecon.reports.run.RunReport;

/**
 * What the reconciliation tells the launcher, kept in the job execution's context: what
 * the break rows add up to, and whether they are material (rule N3).
 */
public final class ReconciliationOutcome {

	private static final String BREAKS = "reconciliation.breaks";

	private ReconciliationOutcome() {
	}

	/** Empty until breaks.csv is written. */
	public static Optional<RunReport.Breaks> breaks(JobExecution execution) {
		return Optional.ofNullable((RunReport.Breaks) execution.getExecutionContext().get(BREAKS));
	}

	static void breaks(JobExecution execution, RunReport.Breaks breaks) {
		execution.getExecutionContext().put(BREAKS, breaks);
	}

}
