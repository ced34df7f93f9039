package com.creditsrecon.jobs.run;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.importing.RunParameters;
import com.creditsrecon.model.policy.Policy;

/**
 * Starts the {@code runJob} for a run's options: restarts the last attempt of the same
 * run if it did not complete (rule N2), and otherwise starts afresh under the next
 * sequence number.
 */
final class JobStarter {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job runJob;

	JobStarter(JobOperator jobOperator, JobRepository jobRepository, Job runJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runJob = runJob;
	}

	JobExecution start(RunOptions options, Policy policy) throws Exception {
		JobParameters fresh = RunParameters.of(options, policy, 0);
		JobInstance last = this.jobRepository.getLastJobInstance(this.runJob.getName());
		long sequence = 1;
		if (last != null) {
			JobExecution lastExecution = this.jobRepository.getLastJobExecution(last);
			JobParameters lastParameters = lastExecution.getJobParameters();
			Long lastSequence = lastParameters.getLong(RunParameters.SEQUENCE);
			sequence = (lastSequence == null ? 0 : lastSequence) + 1;
			boolean sameRun = RunParameters.identity(lastParameters).equals(RunParameters.identity(fresh));
			if (lastExecution.getStatus().isRunning()) {
				// A run killed outright leaves its execution marked running: record it as
				// failed, so that it can be restarted.
				lastExecution.setStatus(BatchStatus.FAILED);
				lastExecution.setEndTime(LocalDateTime.now());
				this.jobRepository.update(lastExecution);
			}
			boolean unfinished = lastExecution.getStatus() == BatchStatus.FAILED
					|| lastExecution.getStatus() == BatchStatus.STOPPED;
			if (sameRun && unfinished) {
				// rule N2: go on where it stopped
				return this.jobOperator.restart(lastExecution);
			}
		}
		return this.jobOperator.start(this.runJob, RunParameters.of(options, policy, sequence));
	}

}
