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
 * not complete (rule N2), and otherwise starts afresh under the next sequence number; the
 * same run again after it completed repeats it ({@link RunParameters#repeating}), so that
 * a night killed between its job's end and its publication publishes what it would have.
 * The caller holds the store's run lock: an execution that the repository still shows
 * running is then one whose process died (kill -9, power loss), and Spring Batch's
 * recovery marks it failed, so that it restarts.
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
		abandonOtherCommands(job.getName());
		JobParameters fresh = parameters(options, policy, 0, more);
		JobInstance last = this.jobRepository.getLastJobInstance(job.getName());
		if (last == null) {
			return this.jobOperator.start(job, parameters(options, policy, 1, more));
		}
		JobExecution lastExecution = recovered(last);
		Long lastSequence = lastExecution.getJobParameters().getLong(RunParameters.SEQUENCE);
		JobParameters next = parameters(options, policy, (lastSequence == null ? 0 : lastSequence) + 1, more);
		if (!RunParameters.identity(lastExecution.getJobParameters()).equals(RunParameters.identity(fresh))) {
			return this.jobOperator.start(job, next);
		}
		if (unfinished(lastExecution)) {
			// rule N2: go on where it stopped
			return this.jobOperator.restart(lastExecution);
		}
		// the same run again, its last attempt completed (published or killed before)
		return this.jobOperator.start(job, RunParameters.repeating(next, lastExecution));
	}

	/**
	 * The last execution of {@code instance}, recovered if the repository still shows it
	 * (or one of its steps) running: its process is dead.
	 */
	private JobExecution recovered(JobInstance instance) {
		JobExecution execution = this.jobRepository.getLastJobExecution(instance);
		if (execution.isRunning()
				|| execution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning())) {
			// a stopped job's partitions may still show running too
			execution = this.jobOperator.recover(execution);
		}
		failUnknownSteps(execution);
		return execution;
	}

	private static boolean unfinished(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
	}

	/**
	 * Another command's unfinished run in this store (a run that failed, then a what-if
	 * into the same folder) could not go on correctly once this one has replaced the
	 * imported inputs and the staged files: it is abandoned, so that running it again
	 * starts it afresh.
	 */
	private void abandonOtherCommands(String jobName) throws Exception {
		for (String other : this.jobRepository.getJobNames()) {
			JobInstance last = other.equals(jobName) ? null : this.jobRepository.getLastJobInstance(other);
			if (last != null) {
				JobExecution execution = recovered(last);
				if (unfinished(execution)) {
					this.jobOperator.abandon(execution);
				}
			}
		}
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
