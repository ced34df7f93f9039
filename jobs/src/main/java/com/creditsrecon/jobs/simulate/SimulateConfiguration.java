package com.creditsrecon.jobs.simulate;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ProgressSink;
import com.creditsrecon.jobs.store.JobThreads;
import com.creditsrecon.jobs.store.KillSafeSplitter;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.PartnerWorld;

/**
 * The simulate steps of the {@code runJob}, in the order the job runs them:
 * {@code prepareSimulationStep}, {@code simulateUnattributedStep}, the partitioned
 * {@code simulateStep}, {@code checkRollforwardStep} and
 * {@code writeSimulationFilesStep}. Their transactions are their own (a block of partners
 * each), so every step runs with a resourceless transaction manager: no chunk transaction
 * holds locks in the store while the job repository is written.
 */
@Configuration(proxyBeanMethods = false)
class SimulateConfiguration {

	/** Each job execution's own. */
	@Bean
	@JobScope
	SimulationContext simulationContext(ImportContext importContext, JdbcTemplate jdbcTemplate,
			@Value("#{jobExecution}") JobExecution execution, ProgressSink progressSink) {
		return new SimulationContext(importContext, jdbcTemplate, execution, progressSink);
	}

	@Bean
	@ConditionalOnMissingBean
	SimulationEngine simulationEngine() {
		return SimulationEngine.standard();
	}

	@Bean
	ResultRuns resultRuns(ImportContext importContext) {
		return new ResultRuns(() -> importContext.options().storeDir());
	}

	@Bean
	ResultWriter resultWriter(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
			ResultRuns resultRuns) {
		return new ResultWriter(jdbcTemplate, transactionManager, resultRuns);
	}

	@Bean
	ResultPages resultPages(JdbcTemplate jdbcTemplate, ResultRuns resultRuns) {
		return new ResultPages(jdbcTemplate, resultRuns);
	}

	@Bean
	Step prepareSimulationStep(JobRepository jobRepository, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, ResultRuns resultRuns) {
		return new StepBuilder("prepareSimulationStep", jobRepository)
			.tasklet(new PrepareSimulationTasklet(jdbcTemplate, simulationContext, resultRuns),
					new ResourcelessTransactionManager())
			.build();
	}

	/** The partners of its partition's range, one block per chunk. */
	@Bean
	@StepScope
	PartnerWorldReader partnerWorldReader(JdbcTemplate jdbcTemplate, SimulationContext simulationContext,
			@Value("#{stepExecutionContext['" + PartnerRangePartitioner.FIRST + "']}") String first,
			@Value("#{stepExecutionContext['" + PartnerRangePartitioner.LAST + "']}") String last,
			@Value("${credits-recon.simulate.block-partners:100}") int blockPartners) {
		return new PartnerWorldReader(new WorldReader(jdbcTemplate), simulationContext, first, last, blockPartners);
	}

	@Bean
	@StepScope
	PartnerResultWriter partnerResultWriter(ResultWriter resultWriter, SimulationContext simulationContext,
			@Value("#{stepExecution.stepName}") String stepName) {
		return new PartnerResultWriter(resultWriter, simulationContext, stepName);
	}

	/**
	 * One partition's partners: each world simulated on its own (rules of the engine), a
	 * block of partners per chunk. Its outputs are files, so the chunk's transaction is a
	 * resourceless one.
	 */
	@Bean
	Step simulatePartitionStep(JobRepository jobRepository, PartnerWorldReader partnerWorldReader,
			SimulationEngine simulationEngine, SimulationContext simulationContext,
			PartnerResultWriter partnerResultWriter,
			@Value("${credits-recon.simulate.block-partners:100}") int blockPartners) {
		return new StepBuilder("simulatePartitionStep", jobRepository).<PartnerWorld, PartnerResult>chunk(blockPartners)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(partnerWorldReader)
			.processor(world -> {
				long start = System.nanoTime();
				PartnerResult result = simulationEngine.run(world, simulationContext.scenario().orElseThrow());
				simulationContext.time(0, System.nanoTime() - start, 0);
				return result;
			})
			.writer(partnerResultWriter)
			.build();
	}

	/**
	 * Partitions: {@code credits-recon.simulate.partitions}, by default one per core.
	 */
	@Bean
	Step simulateStep(JobRepository jobRepository, Step simulatePartitionStep, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, @Value("${credits-recon.simulate.partitions:0}") int partitions) {
		int count = partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
		return new StepBuilder("simulateStep", jobRepository).partitioner(simulatePartitionStep)
			.splitter(new KillSafeSplitter(jobRepository, "simulatePartitionStep",
					new PartnerRangePartitioner(jdbcTemplate, simulationContext)))
			.taskExecutor(JobThreads.executor("simulate-", count))
			.gridSize(count)
			.listener(SimulationContext.partitionTimes(simulationContext))
			.build();
	}

	@Bean
	Step simulateUnattributedStep(JobRepository jobRepository, JdbcTemplate jdbcTemplate, ResultWriter resultWriter,
			SimulationEngine simulationEngine, SimulationContext simulationContext,
			@Value("${credits-recon.simulate.unattributed-rows:50000}") int partRows) {
		return new StepBuilder("simulateUnattributedStep", jobRepository)
			.tasklet(new SimulateUnattributedTasklet(jdbcTemplate, resultWriter, simulationEngine, simulationContext,
					partRows), new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Step checkRollforwardStep(JobRepository jobRepository, JdbcTemplate jdbcTemplate, ResultWriter resultWriter,
			ResultPages resultPages, SimulationContext simulationContext) {
		return new StepBuilder("checkRollforwardStep", jobRepository)
			.tasklet(new RollforwardTasklet(jdbcTemplate, resultWriter, resultPages, simulationContext),
					new ResourcelessTransactionManager())
			.build();
	}

	/** Runs again on a restart: its files are staged afresh. */
	@Bean
	Step writeSimulationFilesStep(JobRepository jobRepository, ResultPages resultPages, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, ImportContext importContext, ProgressSink progressSink) {
		return new StepBuilder("writeSimulationFilesStep", jobRepository)
			.tasklet(new SimulationFilesTasklet(resultPages, jdbcTemplate, simulationContext,
					() -> importContext.options().staging(), () -> importContext.options().csvBom(), progressSink),
					new ResourcelessTransactionManager())
			.allowStartIfComplete(true)
			.build();
	}

}
