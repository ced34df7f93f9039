package com.creditsrecon.jobs.importing.usage;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.StoreTables;

/**
 * Clears the usage tables before the partitions run, on one thread: everything for a new run,
 * and on a restart only the sums of the files whose import did not finish (their ledger row has
 * no checksum yet), so that the partitions that completed are kept.
 */
public class ResetUsageTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	public ResetUsageTasklet(JdbcTemplate jdbc, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		boolean restart = this.jobRepository.getJobExecutions(execution.getJobInstance()).size() > 1;
		if (!restart) {
			this.jdbc.execute("TRUNCATE TABLE " + StoreTables.USAGE_DAILY);
			this.jdbc.execute("TRUNCATE TABLE " + StoreTables.USAGE_PAIR);
			return RepeatStatus.FINISHED;
		}
		String unfinished = " WHERE file_id IN (SELECT file_id FROM " + StoreTables.INPUT_FILE
				+ " WHERE extract = 'usage' AND sha256 IS NULL)";
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_DAILY + unfinished);
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_PAIR + unfinished);
		return RepeatStatus.FINISHED;
	}

}
