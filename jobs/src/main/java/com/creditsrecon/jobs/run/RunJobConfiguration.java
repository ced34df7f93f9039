package com.creditsrecon.jobs.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.ImportSteps;

/**
 * The {@code runJob}: the import's steps, then the simulate steps of
 * {@code com.creditsrecon.jobs.simulate}, then the reconcile steps of
 * {@code com.creditsrecon.jobs.reconcile}, each phase's steps defined by its own package.
 * Later issues add report steps after these.
 */
@Configuration(proxyBeanMethods = false)
class RunJobConfiguration {

	@Bean
	RunPhases runPhases(ImportSteps importSteps, Step prepareSimulationStep, Step simulateUnattributedStep,
			Step simulateStep, Step checkRollforwardStep, Step writeSimulationFilesStep, Step prepareReconciliationStep,
			Step reconcileStep, Step writeReconciliationFilesStep) {
		Map<String, List<Step>> phases = new LinkedHashMap<>();
		phases.put("import", importSteps.steps());
		// The unattributed simulation first: its restart deletes by a column without an
		// index, cheap while the partners' rows are not there yet.
		phases.put("simulate", List.of(prepareSimulationStep, simulateUnattributedStep, simulateStep,
				checkRollforwardStep, writeSimulationFilesStep));
		phases.put("reconcile", List.of(prepareReconciliationStep, reconcileStep, writeReconciliationFilesStep));
		return new RunPhases(phases);
	}

	@Bean
	Job runJob(JobRepository jobRepository, ImportLedger importLedger, RunPhases runPhases) {
		List<Step> steps = runPhases.steps();
		SimpleJobBuilder job = new JobBuilder("runJob", jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				if (jobRepository.getJobExecutions(jobExecution.getJobInstance()).size() <= 1) {
					// A run that is not a restart: an earlier run's files must not
					// show in its run.json, even if it stops before them (exit 2).
					importLedger.clear();
				}
			}
		}).start(steps.get(0));
		steps.subList(1, steps.size()).forEach(job::next);
		return job.build();
	}

}
