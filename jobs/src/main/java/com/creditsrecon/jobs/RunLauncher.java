package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.cli.FileProblems;
import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputCatalog;
import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.jobs.importing.RejectsUnwritableException;
import com.creditsrecon.jobs.reconcile.ReconciliationContext;
import com.creditsrecon.jobs.reconcile.ReconciliationFilesTasklet;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.simulate.SimulationFilesTasklet;
import com.creditsrecon.jobs.store.DefaultAsOf;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.reconcile.BreakSummary;
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

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job runJob;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	private final ImportContext importContext;

	private final SimulationContext simulationContext;

	private final ReconciliationContext reconciliationContext;

	public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job runJob, JdbcTemplate jdbc,
			ImportLedger ledger, ImportContext importContext, SimulationContext simulationContext,
			ReconciliationContext reconciliationContext) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runJob = runJob;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.importContext = importContext;
		this.simulationContext = simulationContext;
		this.reconciliationContext = reconciliationContext;
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
		// Outputs of an earlier run must not pass for this one's (a refused input writes
		// none); a restart writes them all again.
		String notRemoved = removeOutputFiles(options);
		if (notRemoved != null) {
			return finish(options, console, ExitCode.FAILED, notRemoved, Map.of(), null);
		}
		Map<String, String> policy;
		try {
			policy = options.policy().asMap();
			// rule V3: a missing required file refuses the input before anything runs
			InputCatalog.scan(options.input(), options.rolloutFile());
		}
		catch (InputRefusedException ex) {
			return finish(options, console, ExitCode.INPUT_REFUSED, ex.getMessage(), Map.of(), null);
		}
		SqlDialect.of(this.jdbc).storeSettings().forEach(this.jdbc::execute);
		StoreTables.ddl().forEach(this.jdbc::execute);
		this.importContext.reportTo(console::info);
		this.simulationContext.reportTo(console::info);
		JobExecution execution;
		try {
			execution = launch(options);
		}
		catch (Exception ex) {
			return finish(options, console, ExitCode.FAILED, "cannot start the run: " + ex.getMessage(), policy, null);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			boolean material = this.reconciliationContext.summary()
				.map(summary -> summary.exceeds(this.importContext.policy().materiality()))
				.orElse(false);
			ExitCode completed = failOnBreaks && material ? ExitCode.BREAKS : ExitCode.COMPLETED;
			return finish(options, console, completed, null, policy, execution);
		}
		Throwable refused = find(execution, InputRefusedException.class);
		if (refused != null) {
			return finish(options, console, ExitCode.INPUT_REFUSED, refused.getMessage(), policy, execution);
		}
		return finish(options, console, ExitCode.FAILED,
				failure(execution, options) + " (details in " + options.storeDir().resolve("credits-recon.log") + ")",
				policy, execution);
	}

	/**
	 * What made the run fail, in one line: a rejects file that cannot be written (the
	 * environment, exit code 1, rule V1 keeps every rejected row or fails) or another
	 * file problem in words, else the root cause's message.
	 */
	private static String failure(JobExecution execution, RunOptions options) {
		Throwable rejects = find(execution, RejectsUnwritableException.class);
		if (rejects != null) {
			return rejects.getMessage();
		}
		List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
		if (failures.isEmpty()) {
			return "the run ended " + execution.getStatus();
		}
		// a partition's own failure says more than the partitioned step's summary of it
		failures.sort(java.util.Comparator.comparing(f -> rootMessage(f).startsWith("Partition handler returned")));
		Throwable root = root(failures.get(0));
		if (root instanceof IOException io) {
			return fileProblem(io, options);
		}
		return rootMessage(failures.get(0));
	}

	/**
	 * A file problem of the run's own files in words; one in rejects/ is about the
	 * rejects, whatever step wrote them.
	 */
	private static String fileProblem(IOException ex, RunOptions options) {
		Path file = ex instanceof FileSystemException fs && fs.getFile() != null
				? Path.of(fs.getFile()).toAbsolutePath().normalize() : null;
		if (file != null && file.startsWith(options.out().resolve("rejects"))) {
			return "cannot write the rejects file " + file + ": " + FileProblems.describe(ex, file);
		}
		return FileProblems.describe(ex);
	}

	private JobExecution launch(RunOptions options) throws Exception {
		JobParameters fresh = RunParameters.of(options, 0);
		JobInstance last = this.jobRepository.getLastJobInstance(this.runJob.getName());
		long sequence = 1;
		if (last != null) {
			JobExecution lastExecution = this.jobRepository.getLastJobExecution(last);
			JobParameters lastParameters = lastExecution.getJobParameters();
			Long lastSequence = lastParameters.getLong(RunParameters.SEQUENCE);
			sequence = (lastSequence == null ? 0 : lastSequence) + 1;
			boolean sameRun = RunParameters.identity(lastParameters).equals(RunParameters.identity(fresh));
			if (lastExecution.getStatus().isRunning()) {
				// A run killed outright leaves its execution marked running: record it as
				// failed, so that it can be restarted.
				lastExecution.setStatus(BatchStatus.FAILED);
				lastExecution.setEndTime(LocalDateTime.now());
				this.jobRepository.update(lastExecution);
			}
			boolean unfinished = lastExecution.getStatus() == BatchStatus.FAILED
					|| lastExecution.getStatus() == BatchStatus.STOPPED;
			if (sameRun && unfinished) {
				// rule N2: go on where it stopped
				return this.jobOperator.restart(lastExecution);
			}
		}
		return this.jobOperator.start(this.runJob, RunParameters.of(options, sequence));
	}

	private int finish(RunOptions options, Console console, ExitCode exitCode, String error, Map<String, String> policy,
			JobExecution execution) {
		List<RunReport.InputFile> inputs = execution == null ? List.of() : this.ledger.files();
		LocalDate asOf = options.asOf();
		if (asOf == null && execution != null) {
			asOf = DefaultAsOf.of(this.jdbc);
		}
		boolean simulated = execution != null && execution.getStatus() == BatchStatus.COMPLETED;
		List<RunReport.CurrencyTotals> totals = simulated ? this.simulationContext.totals() : List.of();
		RunReport.Breaks breaks = simulated ? breaks() : null;
		Map<String, Long> durations = durations(execution);
		if (simulated) {
			durations.putAll(this.simulationContext.partitionMillis());
		}
		RunReport report = new RunReport("run", asOf, exitCode.code(), error, policy, inputs, totals, breaks,
				outputs(options), durations);
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
	 * What the reconciliation's break rows add up to, and whether they are material (rule
	 * N3).
	 */
	private RunReport.Breaks breaks() {
		BreakSummary summary = this.reconciliationContext.summary().orElseGet(BreakSummary::new);
		return RunReport.Breaks.of(summary, this.importContext.policy().materiality());
	}

	/** Null when done, else what stopped it. */
	private static String removeOutputFiles(RunOptions options) {
		List<String> names = new ArrayList<>(SimulationFilesTasklet.names());
		names.addAll(ReconciliationFilesTasklet.names());
		for (String name : names) {
			Path file = options.out().resolve(name);
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				return "cannot remove the earlier " + file + ": " + FileProblems.describe(ex, file);
			}
		}
		return null;
	}

	/**
	 * Every file the run wrote under the output folder but the store and run.json,
	 * sorted.
	 */
	private static List<RunReport.OutputFile> outputs(RunOptions options) {
		Path out = options.out();
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(out, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return dir.equals(options.storeDir()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					// the run failed over it: run.json is written all the same
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			return List.of();
		}
		List<RunReport.OutputFile> files = new ArrayList<>();
		for (Path file : found.stream().sorted().toList()) {
			String name = out.relativize(file).toString().replace('\\', '/');
			if (name.startsWith(".store/") || name.equals("run.json") || name.contains("/.")) {
				continue;
			}
			try {
				files.add(new RunReport.OutputFile(name, sha256(file)));
			}
			catch (UncheckedIOException ex) {
				// as above: left out rather than no run.json at all
			}
		}
		return files;
	}

	/**
	 * Milliseconds per phase (import, simulate, reconcile, and the later ones that ran),
	 * then per step of this execution (a restarted run counts only what its last
	 * execution did).
	 */
	private static Map<String, Long> durations(JobExecution execution) {
		Map<String, Long> durations = new LinkedHashMap<>();
		if (execution == null) {
			return durations;
		}
		durations.put("import", 0L);
		durations.put("simulate", 0L);
		durations.put("reconcile", 0L);
		Map<String, Long> steps = new LinkedHashMap<>();
		List<StepExecution> executions = new ArrayList<>(execution.getStepExecutions());
		executions.sort(java.util.Comparator.comparing(StepExecution::getId));
		for (StepExecution step : executions) {
			if (step.getStartTime() != null && step.getEndTime() != null && !step.getStepName().contains(":")) {
				long ms = Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
				steps.put(step.getStepName(), ms);
				durations.merge(phaseOf(step.getStepName()), ms, Long::sum);
			}
		}
		durations.putAll(steps);
		return durations;
	}

	/** The phase of outputs.md's {@code durations_ms} that a step belongs to. */
	static String phaseOf(String stepName) {
		String name = stepName.toLowerCase(java.util.Locale.ROOT);
		if (name.contains("simulat") || name.contains("rollforward")) {
			return "simulate";
		}
		if (name.startsWith("import") || name.endsWith("rejectsstep")) {
			return "import";
		}
		if (name.contains("reconcil")) {
			return "reconcile";
		}
		if (name.contains("report")) {
			return "report";
		}
		return "import";
	}

	private static Throwable find(JobExecution execution, Class<? extends Throwable> type) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (type.isInstance(cause)) {
					return cause;
				}
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = root(failure);
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
