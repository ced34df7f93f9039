package com.creditsrecon.jobs.importing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.creditsrecon.jobs.importing.usage.ResolveUsageTasklet;
import com.creditsrecon.jobs.importing.usage.UsageFileImport;
import com.creditsrecon.jobs.importing.usage.UsageOutcome;
import com.creditsrecon.jobs.importing.usage.UsagePartitioner;
import com.creditsrecon.jobs.store.JobThreads;
import com.creditsrecon.jobs.store.KillSafeSplitter;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.RowOutcome;

/**
 * The import steps of the {@code runJob}, in the order the job runs them
 * ({@link ImportSteps}): one step per CSV extract in load order, rule V4's check of
 * those, the partitioned usage import and its resolution, the reported extracts, and the
 * check that closes the import.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	/** Rows per transaction of the CSV extracts. */
	private static final int EXTRACT_CHUNK = 1_000;

	/**
	 * Blocks of a thousand rows per chunk of a usage file: a small chunk keeps little
	 * alive for the collector to copy.
	 */
	private static final int USAGE_CHUNK = 5;

	/** A run without a console (a test's own context) shows no progress. */
	@Bean
	@ConditionalOnMissingBean
	ProgressSink progressSink() {
		return ProgressSink.NONE;
	}

	/** Each job execution's own, from its parameters. */
	@Bean
	@JobScope
	ImportContext importContext(@Value("#{jobExecution}") JobExecution execution, ProgressSink progressSink,
			StoredInputs storedInputs) {
		return new ImportContext(RunParameters.options(execution.getJobParameters()),
				RunParameters.policy(execution.getJobParameters()), progressSink, storedInputs,
				execution.getJobInstance().getInstanceId(), RunParameters.repeated(execution));
	}

	@Bean
	StoredInputs storedInputs(JdbcTemplate jdbcTemplate) {
		return new StoredInputs(jdbcTemplate);
	}

	@Bean
	ImportLedger importLedger(JdbcTemplate jdbcTemplate) {
		return new ImportLedger(jdbcTemplate);
	}

	/**
	 * Each partition's own, bound to its file; the step closes it (no destroy method
	 * inferred from its {@code close}).
	 */
	@Bean(destroyMethod = "")
	@StepScope
	UsageFileImport usageFileImport(ImportContext importContext, ImportLedger importLedger,
			@Value("#{stepExecutionContext['" + UsagePartitioner.FILE_ID + "']}") int fileId) {
		return new UsageFileImport(importContext, importLedger, fileId);
	}

	@Bean
	Step importUsageFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UsageFileImport usageFileImport) {
		return new StepBuilder("importUsageFileStep", jobRepository)
			.<List<UsageOutcome>, List<UsageOutcome>>chunk(USAGE_CHUNK)
			.transactionManager(transactionManager)
			.reader(usageFileImport)
			.writer(usageFileImport)
			.listener(usageFileImport)
			.build();
	}

	@Bean
	Step importUsageStep(JobRepository jobRepository, Step importUsageFileStep, ImportContext importContext) {
		// Files are parsed in parallel, one per core (the import's only CPU-bound work).
		int cores = Runtime.getRuntime().availableProcessors();
		return new StepBuilder("importUsageStep", jobRepository).partitioner(importUsageFileStep)
			.splitter(new KillSafeSplitter(jobRepository, "importUsageFileStep", new UsagePartitioner(importContext)))
			.taskExecutor(JobThreads.executor("usage-", cores))
			.gridSize(cores)
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
	ImportSteps importSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportContext importContext, JdbcTemplate jdbcTemplate, ImportLedger importLedger, Step importUsageStep,
			Step resolveUsageStep) {
		List<Step> beforeUsage = new ArrayList<>();
		List<Step> afterUsage = new ArrayList<>();
		List<String> checkedBeforeUsage = new ArrayList<>();
		List<String> checkedAfterUsage = new ArrayList<>(List.of(InputCatalog.USAGE));
		for (ExtractSpec spec : Extracts.ALL) {
			boolean reported = spec.name().startsWith("reported-");
			(reported ? afterUsage : beforeUsage)
				.add(extractStep(spec, jobRepository, transactionManager, importContext, jdbcTemplate, importLedger));
			(reported ? checkedAfterUsage : checkedBeforeUsage).add(spec.name());
		}
		List<Step> steps = new ArrayList<>(beforeUsage);
		steps.add(rejectCheckStep("checkExtractRejectsStep", checkedBeforeUsage, jobRepository, transactionManager,
				importContext, importLedger, importContext::referencesImported));
		steps.add(importUsageStep);
		steps.add(resolveUsageStep);
		steps.addAll(afterUsage);
		// the last step of the import: nothing after it reads the reference index
		steps.add(rejectCheckStep("checkUsageRejectsStep", checkedAfterUsage, jobRepository, transactionManager,
				importContext, importLedger, importContext::releaseReferences));
		return new ImportSteps(steps);
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
