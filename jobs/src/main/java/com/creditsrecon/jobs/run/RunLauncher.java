package com.creditsrecon.jobs.run;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
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
import com.creditsrecon.jobs.reconcile.ReconciliationOutcome;
import com.creditsrecon.jobs.simulate.SimulationOutcome;
import com.creditsrecon.jobs.store.DefaultAsOf;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.reports.run.RunJsonWriter;
import com.creditsrecon.reports.run.RunReport;

/**
 * Runs the {@code runJob} for a command line and turns its outcome into an exit code
 * (rule N3, with {@code --fail-on-breaks} material breaks too), {@code run.json} and a
 * console summary. Running the same command again restarts the last attempt if it failed,
 * and otherwise runs afresh, rewriting the same outputs.
 */
@Component
public class RunLauncher {

	private final JobStarter starter;

	private final RunPhases phases;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job runJob, RunPhases runPhases,
			JdbcTemplate jdbc, ImportLedger ledger) {
		this.starter = new JobStarter(jobOperator, jobRepository, runJob);
		this.phases = runPhases;
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
		OutputFolder folder = new OutputFolder(options.out(), options.storeDir());
		String notRemoved = folder.removeEarlierResults();
		if (notRemoved != null) {
			return finish(options, console, ExitCode.FAILED, notRemoved, Map.of(), null);
		}
		Policy policy;
		try {
			// resolved here once: the job runs with it (RunParameters) and run.json shows
			// it
			policy = options.policy();
			// rule V3: a missing required file refuses the input before anything runs
			InputCatalog.scan(options.input(), options.rolloutFile());
		}
		catch (InputRefusedException ex) {
			return finish(options, console, ExitCode.INPUT_REFUSED, ex.getMessage(), Map.of(), null);
		}
		SqlDialect.of(this.jdbc).storeSettings().forEach(this.jdbc::execute);
		StoreTables.ddl().forEach(this.jdbc::execute);
		JobExecution execution;
		try {
			execution = this.starter.start(options, policy);
		}
		catch (Exception ex) {
			return finish(options, console, ExitCode.FAILED, "cannot start the run: " + ex.getMessage(), policy.asMap(),
					null);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			boolean material = ReconciliationOutcome.breaks(execution).map(RunReport.Breaks::material).orElse(false);
			ExitCode completed = failOnBreaks && material ? ExitCode.BREAKS : ExitCode.COMPLETED;
			return finish(options, console, completed, null, policy.asMap(), execution);
		}
		Throwable refused = RunFailure.find(execution, InputRefusedException.class);
		if (refused != null) {
			return finish(options, console, ExitCode.INPUT_REFUSED, refused.getMessage(), policy.asMap(), execution);
		}
		return finish(options, console, ExitCode.FAILED, RunFailure.describe(execution, options) + " (details in "
				+ options.storeDir().resolve("credits-recon.log") + ")", policy.asMap(), execution);
	}

	/** Writes run.json and shows the summary; the exit code. */
	private int finish(RunOptions options, Console console, ExitCode exitCode, String error, Map<String, String> policy,
			JobExecution execution) {
		List<RunReport.InputFile> inputs = execution == null ? List.of() : this.ledger.files();
		boolean simulated = execution != null && execution.getStatus() == BatchStatus.COMPLETED;
		List<RunReport.CurrencyTotals> totals = simulated ? SimulationOutcome.totals(execution) : List.of();
		RunReport.Breaks breaks = simulated
				? ReconciliationOutcome.breaks(execution).orElseGet(() -> new RunReport.Breaks(0, List.of(), false))
				: null;
		RunReport report = new RunReport("run", asOf(options, execution), exitCode.code(), error, policy, inputs,
				totals, breaks, new OutputFolder(options.out(), options.storeDir()).written(),
				RunDurations.of(execution, this.phases));
		Path runJson = options.out().resolve("run.json");
		try {
			RunJsonWriter.write(report, runJson);
		}
		catch (UncheckedIOException ex) {
			// whatever the outputs, without their ledger the run did not end well
			if (error != null) {
				console.error(error);
			}
			console.error("cannot write " + runJson + ": " + FileProblems.describe(ex.getCause(), runJson));
			return ExitCode.FAILED.code();
		}
		console.summary(report, options.out());
		return exitCode.code();
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

}
