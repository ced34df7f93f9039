package com.creditsrecon.jobs.whatif;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.simulate.PartnerRangePartitioner;
import com.creditsrecon.jobs.simulate.PartnerWorldReader;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.jobs.simulate.WorldReader;
import com.creditsrecon.jobs.store.JobThreads;
import com.creditsrecon.jobs.store.KillSafeSplitter;

/**
 * The what-if steps of the {@code whatifJob}, after the import and the simulation's own
 * preparation, in the order the job runs them: {@code prepareWhatIfStep},
 * {@code whatIfUnattributedStep}, the partitioned {@code whatIfStep} and
 * {@code writeWhatIfFilesStep}. Their writes are their own (a part's sums in one
 * transaction), so the steps run with a resourceless transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class WhatIfConfiguration {

	/** Each job execution's own. */
	@Bean
	@JobScope
	WhatIfScenarios whatIfScenarios(SimulationContext simulationContext,
			@Value("#{jobExecution}") JobExecution execution) {
		return new WhatIfScenarios(simulationContext, execution.getJobParameters());
	}

	@Bean
	WhatIfTables whatIfTables(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
		return new WhatIfTables(jdbcTemplate, transactionManager);
	}

	/** Skipped by a restart once done, keeping the parts' sums. */
	@Bean
	Step prepareWhatIfStep(JobRepository jobRepository, WhatIfTables whatIfTables) {
		return new StepBuilder("prepareWhatIfStep", jobRepository).tasklet((contribution, chunkContext) -> {
			whatIfTables.recreate();
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
	}

	@Bean
	Step whatIfUnattributedStep(JobRepository jobRepository, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, WhatIfScenarios whatIfScenarios, SimulationEngine simulationEngine,
			WhatIfTables whatIfTables, @Value("${credits-recon.simulate.unattributed-rows:50000}") int partRows) {
		return new StepBuilder("whatIfUnattributedStep", jobRepository)
			.tasklet(new WhatIfUnattributedTasklet(jdbcTemplate, simulationContext, whatIfScenarios, simulationEngine,
					whatIfTables, partRows), new ResourcelessTransactionManager())
			.build();
	}

	/** A partition's own, bound to its range of partners. */
	@Bean
	@StepScope
	WhatIfPartitionTasklet whatIfPartitionTasklet(JdbcTemplate jdbcTemplate, SimulationContext simulationContext,
			WhatIfScenarios whatIfScenarios, SimulationEngine simulationEngine, WhatIfTables whatIfTables,
			@Value("#{stepExecution.stepName}") String part,
			@Value("#{stepExecutionContext['" + PartnerRangePartitioner.FIRST + "']}") String first,
			@Value("#{stepExecutionContext['" + PartnerRangePartitioner.LAST + "']}") String last,
			@Value("${credits-recon.simulate.block-partners:100}") int blockPartners) {
		return new WhatIfPartitionTasklet(
				new PartnerWorldReader(new WorldReader(jdbcTemplate), simulationContext, first, last, blockPartners),
				simulationContext, whatIfScenarios, simulationEngine, whatIfTables, part, blockPartners);
	}

	@Bean
	Step whatIfPartitionStep(JobRepository jobRepository, WhatIfPartitionTasklet whatIfPartitionTasklet) {
		return new StepBuilder("whatIfPartitionStep", jobRepository)
			.tasklet(whatIfPartitionTasklet, new ResourcelessTransactionManager())
			.build();
	}

	/** Partitions: {@code credits-recon.simulate.partitions}, by default one per core. */
	@Bean
	Step whatIfStep(JobRepository jobRepository, Step whatIfPartitionStep, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, @Value("${credits-recon.simulate.partitions:0}") int partitions) {
		int count = partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
		return new StepBuilder("whatIfStep", jobRepository).partitioner(whatIfPartitionStep)
			.splitter(new KillSafeSplitter(jobRepository, "whatIfPartitionStep",
					new PartnerRangePartitioner(jdbcTemplate, simulationContext)))
			.taskExecutor(JobThreads.executor("whatif-", count))
			.gridSize(count)
			.listener(SimulationContext.partitionTimes(simulationContext))
			.build();
	}

	/** Runs again on a restart: its files are staged afresh. */
	@Bean
	Step writeWhatIfFilesStep(JobRepository jobRepository, WhatIfTables whatIfTables, WhatIfScenarios whatIfScenarios,
			ImportContext importContext) {
		return new StepBuilder("writeWhatIfFilesStep", jobRepository)
			.tasklet(new WhatIfFilesTasklet(whatIfTables, whatIfScenarios, importContext::options),
					new ResourcelessTransactionManager())
			.allowStartIfComplete(true)
			.build();
	}

}
