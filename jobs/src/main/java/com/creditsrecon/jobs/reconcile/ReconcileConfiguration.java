package com.creditsrecon.jobs.reconcile;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultWriter;

/**
 * The reconcile steps of the {@code runJob}, after the simulation's files, in the order
 * the job runs them: {@code prepareReconciliationStep}, {@code reconcileStep} and
 * {@code writeReconciliationFilesStep}. As the simulate steps, they write in transactions
 * of their own, so every step runs with a resourceless transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReconciliationEngine reconciliationEngine() {
		return ReconciliationEngine.standard();
	}

	@Bean
	Step prepareReconciliationStep(JobRepository jobRepository, JdbcTemplate jdbcTemplate,
			SimulationContext simulationContext, ImportContext importContext, ResultRuns resultRuns) {
		return new StepBuilder("prepareReconciliationStep", jobRepository)
			.tasklet(new PrepareReconciliationTasklet(jdbcTemplate, simulationContext, importContext, resultRuns),
					new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	ReconcileTasklet reconcileTasklet(JdbcTemplate jdbcTemplate, ResultRuns resultRuns, ResultWriter resultWriter,
			ReconciliationEngine reconciliationEngine, ImportContext importContext, SimulationContext simulationContext,
			@Value("${credits-recon.reconcile.block-profiles:200}") int blockProfiles) {
		return new ReconcileTasklet(jdbcTemplate, resultRuns, resultWriter, reconciliationEngine, importContext,
				simulationContext, blockProfiles);
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, ReconcileTasklet reconcileTasklet) {
		return new StepBuilder("reconcileStep", jobRepository)
			.tasklet(reconcileTasklet, new ResourcelessTransactionManager())
			.listener(reconcileTasklet)
			.build();
	}

	/** Runs again on a restart: the launcher removes earlier outputs before every run. */
	@Bean
	Step writeReconciliationFilesStep(JobRepository jobRepository, ResultPages resultPages, JdbcTemplate jdbcTemplate,
			ImportContext importContext) {
		return new StepBuilder("writeReconciliationFilesStep", jobRepository)
			.tasklet(new ReconciliationFilesTasklet(resultPages, jdbcTemplate, importContext),
					new ResourcelessTransactionManager())
			.allowStartIfComplete(true)
			.build();
	}

}
