package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import com.creditsrecon.jobs.importing.RunParameters;
import com.creditsrecon.jobs.importing.StoredInputs;

/**
 * The jobs: {@code runJob}, the import's steps, then the simulate steps of
 * {@code com.creditsrecon.jobs.simulate}, then the reconcile steps of
 * {@code com.creditsrecon.jobs.reconcile}, each phase's steps defined by its own package;
 * {@code whatifJob}, the import, then the steps of {@code com.creditsrecon.jobs.whatif};
 * and {@code validateJob}, the import's steps alone. The report page is not a step: the
 * launcher writes it once the job completed, with the exit code it ends with.
 */
@Configuration(proxyBeanMethods = false)
class RunJobConfiguration {

	static final String RUN_JOB = "runJob";

	static final String VALIDATE_JOB = "validateJob";

	static final String WHATIF_JOB = "whatifJob";

	static final String NIGHTLY_JOB = "nightlyJob";

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

	/**
	 * The what-if's phases: the import without the reported extracts, then every scenario
	 * simulated from one read of each partner (rule W1); nothing reconciled.
	 */
	@Bean
	RunPhases whatIfPhases(ImportSteps importSteps, Step prepareSimulationStep, Step prepareWhatIfStep,
			Step whatIfUnattributedStep, Step whatIfStep, Step writeWhatIfFilesStep) {
		Map<String, List<Step>> phases = new LinkedHashMap<>();
		phases.put("import", importSteps.steps());
		phases.put("simulate", List.of(prepareSimulationStep, prepareWhatIfStep, whatIfUnattributedStep, whatIfStep,
				writeWhatIfFilesStep));
		return new RunPhases(phases);
	}

	/**
	 * A nightly run's phases: a run's, with the import keeping what the store holds (rule
	 * N1), and the night's breaks followed from the night before.
	 */
	@Bean
	RunPhases nightlyPhases(RunPhases runPhases, Step breakHistoryStep) {
		Map<String, List<Step>> phases = new LinkedHashMap<>(runPhases.phases());
		phases.put("history", List.of(breakHistoryStep));
		return new RunPhases(phases);
	}

	/**
	 * The nightly job: never forgets the store's inputs, so that what an earlier night
	 * imported is not imported again.
	 */
	@Bean
	Job nightlyJob(JobRepository jobRepository, ImportLedger importLedger, RunPhases nightlyPhases) {
		return job(NIGHTLY_JOB, jobRepository, importLedger, null, nightlyPhases.steps());
	}

	@Bean
	Job whatifJob(JobRepository jobRepository, ImportLedger importLedger, StoredInputs storedInputs,
			RunPhases whatIfPhases) {
		return job(WHATIF_JOB, jobRepository, importLedger, storedInputs, whatIfPhases.steps());
	}

	@Bean
	Job runJob(JobRepository jobRepository, ImportLedger importLedger, StoredInputs storedInputs, RunPhases runPhases) {
		return job(RUN_JOB, jobRepository, importLedger, storedInputs, runPhases.steps());
	}

	@Bean
	Job validateJob(JobRepository jobRepository, ImportLedger importLedger, StoredInputs storedInputs,
			ImportSteps importSteps) {
		return job(VALIDATE_JOB, jobRepository, importLedger, storedInputs, importSteps.steps());
	}

	/**
	 * @param storedInputs the store's record of earlier imports: forgotten when the job
	 * starts afresh, so that it imports its whole input; null for a job that keeps them
	 * (nightly, rule N1)
	 */
	static Job job(String name, JobRepository jobRepository, ImportLedger importLedger, StoredInputs storedInputs,
			List<Step> steps) {
		SimpleJobBuilder job = new JobBuilder(name, jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				if (jobRepository.getJobExecutions(jobExecution.getJobInstance()).size() <= 1) {
					// A run that is not a restart: an earlier run's files must not
					// show in its run.json, even if it stops before them (exit 2).
					importLedger.clear();
					if (storedInputs != null) {
						storedInputs.clear();
					}
					clearStaging(jobExecution);
				}
				// so that recover() takes this execution too, should its process die
				jobExecution.getExecutionContext().remove(JobStarter.RECOVERED);
			}
		}).start(steps.get(0));
		steps.subList(1, steps.size()).forEach(job::next);
		return job.build();
	}

	private static void clearStaging(JobExecution jobExecution) {
		try {
			new OutputFolder(RunParameters.options(jobExecution.getJobParameters())).clearStaging();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
