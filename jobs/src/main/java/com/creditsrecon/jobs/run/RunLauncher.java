package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputCatalog;
import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.nightly.Nights;
import com.creditsrecon.jobs.reconcile.ReconciliationOutcome;
import com.creditsrecon.jobs.simulate.SimulationOutcome;
import com.creditsrecon.jobs.store.DefaultAsOf;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.jobs.store.StoredRollout;
import com.creditsrecon.jobs.whatif.WhatIfInputs;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.reports.page.ReportPage;
import com.creditsrecon.reports.page.WhatIfPage;
import com.creditsrecon.reports.run.NightReport;
import com.creditsrecon.reports.run.RunJsonWriter;
import com.creditsrecon.reports.run.RunReport;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * Runs a job for a command line ({@code run}: the {@code runJob}; {@code whatif}: the
 * {@code whatifJob}; {@code validate}: the {@code validateJob}) and turns its outcome
 * into an exit code (rule N3, with {@code --fail-on-breaks} material breaks too), the
 * published outputs with run.json, and a console summary. Running the same command again
 * restarts the last attempt if it did not complete, and otherwise runs afresh, rewriting
 * the same outputs.
 */
@Component
public class RunLauncher {

	private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);

	private static final String RUN = "run";

	private static final String VALIDATE = "validate";

	private static final String WHATIF = "whatif";

	private static final String NIGHTLY = "nightly";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobStarter starter;

	private final Job runJob;

	private final Job validateJob;

	private final Job whatifJob;

	private final Job nightlyJob;

	private final RunPhases phases;

	private final RunPhases whatIfPhases;

	private final RunPhases nightlyPhases;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job runJob, Job validateJob, Job whatifJob,
			Job nightlyJob, RunPhases runPhases, RunPhases whatIfPhases, RunPhases nightlyPhases, JdbcTemplate jdbc,
			ImportLedger ledger) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.starter = new JobStarter(jobOperator, jobRepository);
		this.runJob = runJob;
		this.validateJob = validateJob;
		this.whatifJob = whatifJob;
		this.nightlyJob = nightlyJob;
		this.phases = runPhases;
		this.whatIfPhases = whatIfPhases;
		this.nightlyPhases = nightlyPhases;
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/** Runs and reports, breaks never changing the exit code. */
	public int run(RunOptions options, Console console) {
		return run(options, false, console);
	}

	/**
	 * Runs and reports; never throws for a problem of the input.
	 * @param failOnBreaks {@code --fail-on-breaks}: a completed run whose breaks are
	 * material exits with 3 (rule N3)
	 */
	public int run(RunOptions options, boolean failOnBreaks, Console console) {
		return launch(this.runJob, new Report(RUN, options, console, this.phases, null, null), failOnBreaks, false);
	}

	/**
	 * Imports what the store does not hold yet (rule N1), then simulates and reconciles
	 * as a run, and follows the night's breaks from the night before; nights go forward.
	 * @param options the night's: its outputs in {@code OUT/<as-of>}, its store in
	 * {@code OUT/.store}, as-of given
	 * @param failOnStaleInputs {@code --fail-on-stale-inputs}: a completed night whose
	 * usage is stale exits with 4, unless its breaks give 3 (rule N3)
	 */
	public int nightly(RunOptions options, boolean failOnBreaks, boolean failOnStaleInputs, Console console) {
		return launch(this.nightlyJob, new Report(NIGHTLY, options, console, this.nightlyPhases, null, null),
				failOnBreaks, failOnStaleInputs);
	}

	/** Imports and checks only: exit code 0, 2 for a refused input, 1 for a failure. */
	public int validate(RunOptions options, Console console) {
		return launch(this.validateJob, new Report(VALIDATE, options, console, this.phases, null, null), false, false);
	}

	/**
	 * Imports, then simulates the baseline and every scenario (rule W1): exit code 0, 2
	 * for a refused input or scenario, 1 for a failure.
	 * @param scenarioFiles the {@code --scenario} files, in any order
	 */
	public int whatif(RunOptions options, List<Path> scenarioFiles, Console console) {
		return launch(this.whatifJob, new Report(WHATIF, options, console, this.whatIfPhases, scenarioFiles, null),
				false, false);
	}

	private int launch(Job job, Report report, boolean failOnBreaks, boolean failOnStaleInputs) {
		RunOptions options = report.options;
		Policy policy;
		JobParameters more = new JobParameters();
		try {
			// resolved here once: the job runs with it (RunParameters) and run.json shows
			// it
			policy = options.policy();
			// rule V3: a missing required file refuses the input before anything runs
			report = report.with(InputCatalog.scan(options.input(), options.rolloutFile(), options.storeDir()));
			if (report.scenarioFiles != null) {
				WhatIfInputs whatIf = WhatIfInputs.read(report.scenarioFiles, policy);
				more = whatIf.parameters();
				report = report.with(whatIf);
			}
		}
		catch (InputRefusedException ex) {
			return finish(report, ExitCode.INPUT_REFUSED, ex.getMessage(), Map.of(), null);
		}
		LOG.info("Policy in force: {}", policy.asMap());
		SqlDialect.of(this.jdbc).storeSettings().forEach(this.jdbc::execute);
		if (report.isNightly()) {
			Optional<LocalDate> newest = Nights.newest(this.jdbc);
			if (newest.isPresent() && options.asOf().isBefore(newest.get())) {
				// nothing is written into that earlier night's folder: its outputs stand
				String refused = "nights go forward: the store holds the night of " + newest.get() + ", and --as-of "
						+ options.asOf() + " is before it";
				LOG.error(refused);
				report.console.error(refused);
				return ExitCode.INPUT_REFUSED.code();
			}
		}
		try (StopOnSignal signal = StopOnSignal.install(this.jobOperator, this.jobRepository, job.getName())) {
			int code = launch(job, report, failOnBreaks, failOnStaleInputs, policy, more, signal);
			signal.reported(code);
			return code;
		}
	}

	private int launch(Job job, Report report, boolean failOnBreaks, boolean failOnStaleInputs, Policy policy,
			JobParameters more, StopOnSignal signal) {
		RunOptions options = report.options;
		JobExecution execution;
		try {
			if (signal.signalled()) {
				return finish(report, ExitCode.FAILED, interrupted(null), policy.asMap(), null);
			}
			execution = this.starter.start(job, options, policy, more);
		}
		catch (Exception ex) {
			LOG.error("Cannot start the run", ex);
			return finish(report, ExitCode.FAILED, "cannot start the run: " + ex.getMessage(), policy.asMap(), null);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			boolean material = ReconciliationOutcome.breaks(execution).map(RunReport.Breaks::material).orElse(false);
			Report completedReport = report.isNightly() ? report.with(night(options, policy)) : report;
			boolean stale = completedReport.night != null && completedReport.night.staleInputs();
			// rule N3: 3 wins over 4
			ExitCode completed = failOnBreaks && material ? ExitCode.BREAKS
					: failOnStaleInputs && stale ? ExitCode.STALE_INPUTS : ExitCode.COMPLETED;
			return finish(completedReport, completed, null, policy.asMap(), execution);
		}
		Throwable refused = RunFailure.find(execution, InputRefusedException.class);
		if (refused != null) {
			return finish(report, ExitCode.INPUT_REFUSED, refused.getMessage(), policy.asMap(), execution);
		}
		if (execution.getStatus() == BatchStatus.STOPPED || signal.signalled()) {
			return finish(report, ExitCode.FAILED, interrupted(execution), policy.asMap(), execution);
		}
		if (execution.getAllFailureExceptions().stream().anyMatch(FileProblems::diskFull)) {
			EmbeddedStoreTrust.lose(options);
		}
		return finish(report, ExitCode.FAILED,
				RunFailure.describe(execution, options) + " (details in " + options.out().resolve(RunLog.FILE) + ")",
				policy.asMap(), execution);
	}

	private static String interrupted(JobExecution execution) {
		String where = execution == null ? "before it started"
				: RunFailure.lastStep(execution).map(step -> "in " + step).orElse("");
		return "interrupted by a signal, stopped " + where + "; run the same command again to go on from there";
	}

	/** Writes run.json, publishes the outputs and shows the summary; the exit code. */
	private int finish(Report report, ExitCode exitCode, String error, Map<String, String> policy,
			JobExecution execution) {
		RunOptions options = report.options;
		OutputFolder folder = new OutputFolder(options);
		OutputFolder.Outcome outcome = switch (exitCode) {
			case COMPLETED, BREAKS, STALE_INPUTS -> OutputFolder.Outcome.COMPLETED;
			case INPUT_REFUSED -> OutputFolder.Outcome.REFUSED;
			case FAILED -> OutputFolder.Outcome.FAILED;
		};
		List<RunReport.InputFile> inputs = execution == null ? List.of() : this.ledger.files();
		boolean simulated = execution != null && execution.getStatus() == BatchStatus.COMPLETED
				&& SimulationOutcome.asOf(execution).isPresent();
		List<RunReport.CurrencyTotals> totals = simulated ? SimulationOutcome.totals(execution) : List.of();
		RunReport.Breaks breaks = simulated && report.reconciles()
				? ReconciliationOutcome.breaks(execution).orElseGet(() -> new RunReport.Breaks(0, List.of(), false))
				: null;
		RunPhases phases = report.phases;
		RunReport run;
		try {
			LocalDate asOf = asOf(options, execution);
			Long reportMillis = null;
			if (outcome == OutputFolder.Outcome.COMPLETED && !report.command.equals(VALIDATE)) {
				// the page shows the run as run.json does, but its outputs and the
				// report's own time
				long start = System.nanoTime();
				report.writePage(new RunReport(report.command, asOf, exitCode.code(), error, policy, inputs, totals,
						breaks, List.of(), RunDurations.of(execution, phases), report.warnings(), report.night));
				reportMillis = (System.nanoTime() - start) / 1_000_000;
			}
			run = new RunReport(report.command, asOf, exitCode.code(), error, policy, inputs, totals, breaks,
					folder.published(outcome), RunDurations.of(execution, phases, reportMillis), report.warnings(),
					report.night);
			RunJsonWriter.write(run, report.scenarios(), folder.stagedRunJson());
			folder.publish(outcome);
		}
		catch (IOException | UncheckedIOException ex) {
			// whatever the outputs, without their ledger the run did not end well
			IOException cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex;
			LOG.error("Cannot publish the outputs", ex);
			if (FileProblems.diskFull(ex)) {
				EmbeddedStoreTrust.lose(options);
			}
			// one line: what failed the run, if anything, then why run.json is missing
			String cannot = "cannot write the outputs into " + options.out() + ": " + FileProblems.describe(cause);
			report.console.error(error == null ? cannot : error + "; " + cannot);
			return ExitCode.FAILED.code();
		}
		LOG.info("Exit code {}{}", exitCode.code(), error == null ? "" : ": " + error);
		if (execution != null && execution.getStatus() == BatchStatus.STOPPED) {
			// a signal: one line, the process is ending
			report.console.error(error + " (run.json: " + options.out().resolve(OutputFolder.RUN_JSON) + ")");
		}
		else {
			if (outcome == OutputFolder.Outcome.COMPLETED && report.whatIf != null) {
				report.whatIf.gaps(StoredRollout.read(this.jdbc), StoredRollout.places(this.jdbc))
					.forEach(report.console::info);
			}
			report.console.summary(run, options.out());
		}
		return exitCode.code();
	}

	/**
	 * What a completed night says beyond a run: the night before it, how fresh its usage
	 * is (rule N3), which inputs it read and which the store held (rule N1).
	 */
	private NightReport night(RunOptions options, Policy policy) {
		LocalDate lastDay = this.jdbc.queryForObject("SELECT MAX(charge_date) FROM " + StoreTables.USAGE_LAST_DAY,
				LocalDate.class);
		int staleAfter = policy.staleAfterDays();
		boolean stale = lastDay == null || lastDay.plusDays(staleAfter).isBefore(options.asOf());
		List<String> imported = new ArrayList<>();
		List<String> held = new ArrayList<>();
		this.ledger.held().forEach((path, wasHeld) -> (wasHeld ? held : imported).add(path));
		return new NightReport(new Nights(this.jdbc).before(options.asOf()).orElse(null), lastDay, staleAfter, stale,
				imported, held);
	}

	/**
	 * The as-of day the simulation resolved (rule T1); for a run that stopped before it,
	 * {@code --as-of} or the default of the inputs imported so far, if any.
	 */
	private LocalDate asOf(RunOptions options, JobExecution execution) {
		if (execution == null) {
			return options.asOf();
		}
		return SimulationOutcome.asOf(execution)
			.orElseGet(() -> options.asOf() != null ? options.asOf() : DefaultAsOf.of(this.jdbc));
	}

	/**
	 * A command's options, where its summary goes and the phases its durations add up to;
	 * for a what-if, its scenario files (null for another command) and, once read, its
	 * scenarios. What sets the commands apart when they end is here.
	 */
	private record Report(String command, RunOptions options, Console console, RunPhases phases,
			List<Path> scenarioFiles, WhatIfInputs whatIf, NightReport night, InputCatalog catalog) {

		Report(String command, RunOptions options, Console console, RunPhases phases, List<Path> scenarioFiles,
				WhatIfInputs whatIf) {
			this(command, options, console, phases, scenarioFiles, whatIf, null, null);
		}

		Report with(WhatIfInputs whatIf) {
			return new Report(this.command, this.options, this.console, this.phases, this.scenarioFiles, whatIf,
					this.night, this.catalog);
		}

		Report with(NightReport night) {
			return new Report(this.command, this.options, this.console, this.phases, this.scenarioFiles, this.whatIf,
					night, this.catalog);
		}

		Report with(InputCatalog catalog) {
			return new Report(this.command, this.options, this.console, this.phases, this.scenarioFiles, this.whatIf,
					this.night, catalog);
		}

		boolean isNightly() {
			return this.command.equals(NIGHTLY);
		}

		/**
		 * What the command completed in spite of, one line each: usage export runs left
		 * out (a partial delivery), files not yet delivered, stale usage.
		 */
		List<String> warnings() {
			List<String> warnings = new ArrayList<>();
			if (this.catalog != null) {
				this.catalog.skippedExports().forEach(skipped -> warnings.add(skipped.message()));
				this.catalog.undelivered()
					.forEach(file -> warnings.add(file + ": outside any export run's folder under usage/,"
							+ " ignored as not yet delivered"));
			}
			if (this.night != null) {
				if (this.night.staleInputs()) {
					warnings.add(this.night.usageLastDay() == null ? "stale inputs: no usage is in effect"
							: "stale inputs: the usage in effect ends on " + this.night.usageLastDay() + ", "
									+ ChronoUnit.DAYS.between(this.night.usageLastDay(), this.options.asOf())
									+ " days before as-of " + this.options.asOf() + " (stale-after-days "
									+ this.night.staleAfterDays() + ")");
				}
			}
			return warnings;
		}

		/** As run.json and the page show them; none before they are read. */
		List<WhatIfScenario> scenarios() {
			return this.whatIf == null ? List.of() : this.whatIf.reports();
		}

		boolean isWhatIf() {
			return this.command.equals(WHATIF);
		}

		/** Only {@code run} and {@code nightly} compare with the reported extracts. */
		boolean reconciles() {
			return this.command.equals(RUN) || isNightly();
		}

		/**
		 * The page of a completed run or what-if, and its charts, into the staging
		 * folder.
		 */
		void writePage(RunReport run) {
			if (isWhatIf()) {
				WhatIfPage.write(this.options.staging(), run, scenarios());
			}
			else {
				ReportPage.write(this.options.staging(), run);
			}
		}

	}

}
