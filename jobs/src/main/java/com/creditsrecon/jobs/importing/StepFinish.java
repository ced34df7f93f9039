package com.creditsrecon.jobs.importing;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * What an extract step does after its last chunk, in {@code afterStep}: its ledger row,
 * its rejects file closed. Spring Batch saves the step as completed before calling
 * {@code afterStep}, then logs an exception thrown there and keeps the step completed, so
 * that a full disk at that moment would leave a completed step with a ledger row never
 * finished. Here a failed finish fails the step. (A finish lost to a kill is redone: the
 * extract steps run again on every restart. The usage partitions, which do not, finish in
 * their last chunk instead.)
 */
public final class StepFinish {

	private StepFinish() {
	}

	/**
	 * Runs {@code finish} and returns the step's exit status: FAILED, with the step
	 * marked failed, when {@code finish} throws.
	 */
	public static ExitStatus orFail(StepExecution stepExecution, Runnable finish) {
		try {
			finish.run();
			return stepExecution.getExitStatus();
		}
		catch (RuntimeException ex) {
			stepExecution.setStatus(BatchStatus.FAILED);
			stepExecution.addFailureException(ex);
			return ExitStatus.FAILED.addExitDescription(ex);
		}
	}

}
