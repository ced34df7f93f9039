package com.creditsrecon.jobs.importing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.creditsrecon.jobs.RunParameters;
import com.creditsrecon.jobs.importing.usage.ResolveUsageTasklet;
import com.creditsrecon.jobs.importing.usage.UsagePartitionWorker;
import com.creditsrecon.jobs.importing.usage.UsageOutcome;
import com.creditsrecon.jobs.importing.usage.UsagePartitioner;
import com.creditsrecon.jobs.reconcile.ReconciliationContext;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.RowOutcome;

/**
 * The {@code runJob}: one import step per CSV extract in load order, the partitioned
 * usage import, and the checks that close the import; then the simulate steps of
 * {@code com.creditsrecon.jobs.simulate} and the reconcile steps of
 * {@code com.creditsrecon.jobs.reconcile}. Later issues add report steps after these.
 */
@Configuration(proxyBeanMethods = false)
class RunJobConfiguration {

	/** Rows per transaction of the CSV extracts. */
	private static final int EXTRACT_CHUNK = 1_000;

	/**
	 * Blocks of a thousand rows per chunk of a usage file: a small chunk keeps little
	 * alive for the collector to copy.
	 */
	private static final int USAGE_CHUNK = 5;

	@Bean
	ImportContext importContext() {
		return new ImportContext();
	}

	@Bean
	ImportLedger importLedger(JdbcTemplate jdbcTemplate) {
		return new ImportLedger(jdbcTemplate);
	}

	@Bean
	UsagePartitionWorker usagePartitionWorker(ImportContext importContext, ImportLedger importLedger) {
		return new UsagePartitionWorker(importContext, importLedger);
	}

	@Bean
	Step importUsageFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UsagePartitionWorker usagePartitionWorker) {
		return new StepBuilder("importUsageFileStep", jobRepository)
			.<List<UsageOutcome>, List<UsageOutcome>>chunk(USAGE_CHUNK)
			.transactionManager(transactionManager)
			.reader(usagePartitionWorker)
			.writer(usagePartitionWorker)
			.listener(usagePartitionWorker)
			.build();
	}

	@Bean
	Step importUsageStep(JobRepository jobRepository, Step importUsageFileStep, ImportContext importContext) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("usage-");
		// Files are parsed in parallel, one per core (the import's only CPU-bound work).
		executor.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
		return new StepBuilder("importUsageStep", jobRepository)
			.partitioner("importUsageFileStep", new UsagePartitioner(importContext))
			.step(importUsageFileStep)
			.taskExecutor(executor)
			.gridSize(Runtime.getRuntime().availableProcessors())
			.build();
	}

	/**
	 * Loads a million sums in batches that commit as they go: one transaction around it
	 * all would hold every row in memory. The step redoes its work whole when restarted,
	 * so it needs none.
	 */
	@Bean
	Step resolveUsageStep(JobRepository jobRepository, ImportContext importContext, JdbcTemplate jdbcTemplate,
			ImportLedger importLedger) {
		return new StepBuilder("resolveUsageStep", jobRepository)
			.tasklet(new ResolveUsageTasklet(importContext, jdbcTemplate, importLedger),
					new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Job runJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportContext importContext,
			JdbcTemplate jdbcTemplate, ImportLedger importLedger, Step importUsageStep, Step resolveUsageStep,
			SimulationContext simulationContext, Step prepareSimulationStep, Step simulateStep,
			Step simulateUnattributedStep, Step checkRollforwardStep, Step writeSimulationFilesStep,
			ReconciliationContext reconciliationContext, Step prepareReconciliationStep, Step reconcileStep,
			Step writeReconciliationFilesStep) {
		List<Step> beforeUsage = new ArrayList<>();
		List<Step> afterUsage = new ArrayList<>();
		List<String> checkedBeforeUsage = new ArrayList<>();
		for (ExtractSpec spec : Extracts.ALL) {
			boolean reported = spec.name().startsWith("reported-");
			(reported ? afterUsage : beforeUsage)
				.add(extractStep(spec, jobRepository, transactionManager, importContext, jdbcTemplate, importLedger));
			if (!reported) {
				checkedBeforeUsage.add(spec.name());
			}
		}
		List<String> checkedAfterUsage = new ArrayList<>(List.of(InputCatalog.USAGE));
		Extracts.ALL.stream()
			.filter(s -> s.name().startsWith("reported-"))
			.forEach(s -> checkedAfterUsage.add(s.name()));

		SimpleJobBuilder job = new JobBuilder("runJob", jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				if (jobRepository.getJobExecutions(jobExecution.getJobInstance()).size() <= 1) {
					// A run that is not a restart: an earlier run's files must not
					// show in its run.json, even if it stops before them (exit 2).
					importLedger.clear();
				}
				importContext.prepare(RunParameters.options(jobExecution.getJobParameters()));
				simulationContext.reset();
				reconciliationContext.reset();
			}
		}).start(beforeUsage.get(0));
		beforeUsage.subList(1, beforeUsage.size()).forEach(job::next);
		job.next(rejectCheckStep("checkExtractRejectsStep", checkedBeforeUsage, jobRepository, transactionManager,
				importContext, importLedger, () -> {
				}));
		job.next(importUsageStep).next(resolveUsageStep);
		afterUsage.forEach(job::next);
		// the last step of the import: nothing after it reads the reference index
		job.next(rejectCheckStep("checkUsageRejectsStep", checkedAfterUsage, jobRepository, transactionManager,
				importContext, importLedger, importContext::releaseReferences));
		// The unattributed simulation first: its restart deletes by a column without an
		// index, cheap while the partners' rows are not there yet.
		job.next(prepareSimulationStep)
			.next(simulateUnattributedStep)
			.next(simulateStep)
			.next(checkRollforwardStep)
			.next(writeSimulationFilesStep)
			.next(prepareReconciliationStep)
			.next(reconcileStep)
			.next(writeReconciliationFilesStep);
		return job.build();
	}

	/**
	 * {@code importPartnersStep}, {@code importBillingProfilesStep}, ...: rerun on a
	 * restart.
	 */
	private static Step extractStep(ExtractSpec spec, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ImportContext importContext, JdbcTemplate jdbcTemplate,
			ImportLedger importLedger) {
		ExtractFileImport fileImport = new ExtractFileImport(spec, importContext, jdbcTemplate, importLedger);
		return new StepBuilder("import" + camelCase(spec.name()) + "Step", jobRepository)
			.<RowOutcome, RowOutcome>chunk(EXTRACT_CHUNK)
			.transactionManager(transactionManager)
			.reader(fileImport)
			.writer(fileImport)
			.listener(fileImport)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * A step of rule V4's check, rerun on a restart.
	 * @param whenPassed what to do once the extracts passed the check
	 */
	private static Step rejectCheckStep(String name, List<String> extracts, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ImportContext importContext, ImportLedger importLedger,
			Runnable whenPassed) {
		Tasklet check = new RejectRatioCheck(importContext, importLedger, extracts);
		return new StepBuilder(name, jobRepository).tasklet((contribution, chunkContext) -> {
			RepeatStatus status = check.execute(contribution, chunkContext);
			whenPassed.run();
			return status;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	private static String camelCase(String name) {
		StringBuilder camel = new StringBuilder();
		for (String part : name.split("-")) {
			camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return camel.toString();
	}

}
