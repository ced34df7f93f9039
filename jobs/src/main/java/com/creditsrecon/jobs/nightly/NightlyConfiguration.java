package com.creditsrecon.jobs.nightly;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.importing.RunParameters;

/**
 * The step a nightly run adds after a run's: {@code breakHistoryStep}, which follows the
 * night's breaks from the night before and records the night.
 */
@Configuration(proxyBeanMethods = false)
class NightlyConfiguration {

	/**
	 * Each execution's own: a nightly run's as-of is always given (yesterday by default),
	 * so it is a job parameter.
	 */
	@Bean
	@JobScope
	BreakHistoryTasklet breakHistoryTasklet(@Value("#{jobExecution}") JobExecution execution,
			JdbcTemplate jdbcTemplate) {
		RunOptions options = RunParameters.options(execution.getJobParameters());
		return new BreakHistoryTasklet(jdbcTemplate, options.staging(), options.asOf(), options.csvBom());
	}

	/** Rerun on a restart: it rewrites history.csv into the staging folder. */
	@Bean
	Step breakHistoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BreakHistoryTasklet breakHistoryTasklet) {
		return new StepBuilder("breakHistoryStep", jobRepository).tasklet(breakHistoryTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

}
