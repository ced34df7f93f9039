package com.creditsrecon.jobs.run;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.importing.RunParameters;
import com.creditsrecon.model.policy.Policy;

/**
 * Starts a job for a run's options: restarts the last attempt of the same run if it did
 * not complete (rule N2), and otherwise starts afresh under the next sequence number. The
 * caller holds the store's run lock: an execution that the repository still shows running
 * is then one whose process died (kill -9, power loss), and Spring Batch's recovery marks
 * it failed, so that it restarts.
 */
final class JobStarter {

	/**
	 * The flag of {@link JobOperator#recover}, which a restart carries over into its own
	 * execution's context; recover() leaves alone an execution that has it.
	 */
	static final String RECOVERED = "batch.recovered";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	JobStarter(JobOperator jobOperator, JobRepository jobRepository) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	/**
	 * @param more the command's own parameters (what-if's scenarios), added to the run's
	 */
	JobExecution start(Job job, RunOptions options, Policy policy, JobParameters more) throws Exception {
		JobParameters fresh = parameters(options, policy, 0, more);
		JobInstance last = this.jobRepository.getLastJobInstance(job.getName());
		long sequence = 1;
		if (last != null) {
			JobExecution lastExecution = this.jobRepository.getLastJobExecution(last);
			JobParameters lastParameters = lastExecution.getJobParameters();
			Long lastSequence = lastParameters.getLong(RunParameters.SEQUENCE);
			sequence = (lastSequence == null ? 0 : lastSequence) + 1;
			if (lastExecution.isRunning()
					|| lastExecution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning())) {
				// a stopped job's partitions may still show running too
				lastExecution = this.jobOperator.recover(lastExecution);
			}
			failUnknownSteps(lastExecution);
			boolean sameRun = RunParameters.identity(lastParameters).equals(RunParameters.identity(fresh));
			boolean unfinished = lastExecution.getStatus() == BatchStatus.FAILED
					|| lastExecution.getStatus() == BatchStatus.STOPPED;
			if (sameRun && unfinished) {
				// rule N2: go on where it stopped
				return this.jobOperator.restart(lastExecution);
			}
		}
		return this.jobOperator.start(job, parameters(options, policy, sequence, more));
	}

	private static JobParameters parameters(RunOptions options, Policy policy, long sequence, JobParameters more) {
		return new JobParametersBuilder(RunParameters.of(options, policy, sequence)).addJobParameters(more)
			.toJobParameters();
	}

	/**
	 * A step whose commit failed (a full disk) is left UNKNOWN, which Spring Batch will
	 * not restart. Each step's writes to the store and its execution context commit in
	 * one transaction of the one store, so what the context says is what the store holds,
	 * whether that commit happened or not: the step can go on from there, as from any
	 * failure.
	 */
	private void failUnknownSteps(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.UNKNOWN) {
				step.setStatus(BatchStatus.FAILED);
				this.jobRepository.update(step);
			}
		}
		if (execution.getStatus() == BatchStatus.UNKNOWN) {
			execution.setStatus(BatchStatus.FAILED);
			this.jobRepository.update(execution);
		}
	}

}
