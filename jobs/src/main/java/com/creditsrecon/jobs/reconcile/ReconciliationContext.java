package com.creditsrecon.jobs.reconcile;

import java.util.Optional;

import com.creditsrecon.model.reconcile.BreakSummary;

/**
 * What the launcher needs of the reconcile steps of one job execution: the summary of the
 * break rows, computed as breaks.csv is written. Forgotten when a job execution starts;
 * the files step runs in every execution that completes, restarts included.
 */
public class ReconciliationContext {

	private BreakSummary summary;

	/** Forgets the summary of an earlier job execution. */
	public synchronized void reset() {
		this.summary = null;
	}

	synchronized void summary(BreakSummary summary) {
		this.summary = summary;
	}

	/** The summary of the break rows written; empty until breaks.csv is. */
	public synchronized Optional<BreakSummary> summary() {
		return Optional.ofNullable(this.summary);
	}

}
