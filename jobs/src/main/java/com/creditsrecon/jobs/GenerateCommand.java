package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.generator.GenerateSummary;
import com.creditsrecon.generator.NoRoomForFaultsException;
import com.creditsrecon.generator.ReportedExtracts;
import com.creditsrecon.generator.StagedFolder;
import com.creditsrecon.generator.Timeframe;
import com.creditsrecon.generator.WorldGenerator;
import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RunOptions;

/**
 * The {@code generate} command: the input folder ({@link WorldGenerator}); then the truth
 * it implies, by the real {@code run} command on it, in-process, at the generated
 * timeframe's last day, into a temporary folder deleted afterwards; then, from that
 * truth, the reported extracts and their injected faults ({@link ReportedExtracts}).
 * Spring runs only for the truth: the generator itself knows nothing of it. All of it is
 * written in a {@link StagedFolder} beside {@code --out} and moved into place only when
 * complete: whatever fails, nothing is left under {@code --out}.
 */
final class GenerateCommand {

	/** What the command is doing, for a message that says what failed. */
	private enum Phase {

		INPUTS("writing the input folder"), TRUTH("simulating the generated folder"),
		REPORTED("writing the reported extracts"), PLACING("moving the folder into place");

		private final String doing;

		Phase(String doing) {
			this.doing = doing;
		}

	}

	private GenerateCommand() {
	}

	static int run(Arguments.Generate request, Console console) {
		Path out = request.out();
		StagedFolder staged;
		try {
			staged = StagedFolder.beside(out);
		}
		catch (IOException ex) {
			console.error("generate: cannot make a folder beside --out " + out + " to build it in: "
					+ FileProblems.describe(ex));
			return ExitCode.FAILED.code();
		}
		int code;
		try {
			code = build(staged, out, request.options(), console);
		}
		finally {
			discard(staged, console);
		}
		return code;
	}

	/** Writes the folder into the staging folder, then moves it into place. */
	private static int build(StagedFolder staged, Path out, GenerateOptions options, Console console) {
		boolean large = options.partners() >= 10_000 || options.usageRows() >= 1_000_000;
		Path folder = staged.path();
		Phase phase = Phase.INPUTS;
		Path temporary = null;
		boolean keep = false;
		try {
			GenerateSummary summary = WorldGenerator.write(folder, options, console::info);
			phase = Phase.TRUTH;
			LocalDate asOf = Timeframe.ANCHOR;
			temporary = Files.createTempDirectory("credits-recon-truth-");
			Path truth = temporary.resolve("out");
			if (large) {
				console.info("generate: simulating the folder to " + asOf + " for the reported extracts (run, in "
						+ temporary + ")");
			}
			ByteArrayOutputStream errors = new ByteArrayOutputStream();
			Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
					new PrintStream(errors, true, StandardCharsets.UTF_8));
			ExitCode code = CreditsRecon.run(new RunOptions(folder, truth, asOf, null, null, null), false, quiet);
			if (code != ExitCode.COMPLETED) {
				String why = errors.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
				console.error("generate: simulating the generated folder failed (run exit code " + code.code() + "): "
						+ why.replaceFirst("^credits-recon: ", "") + "; kept for its log: " + temporary);
				keep = true;
				return ExitCode.FAILED.code();
			}
			phase = Phase.REPORTED;
			if (large) {
				console.info("generate: writing the reported extracts");
			}
			ReportedExtracts.Summary reported = ReportedExtracts.write(folder, truth, asOf, options.faults(),
					options.seed());
			phase = Phase.PLACING;
			staged.moveIntoPlace();
			GenerateSummary written = summary.withReported(reported);
			new GenerateSummary(out, options, written.files(), written.notes()).lines().forEach(console::info);
			return ExitCode.COMPLETED.code();
		}
		catch (NoRoomForFaultsException ex) {
			// a count to lower, not a failure: refused as a bad command line would be
			console.error("generate: " + ex.getMessage());
			return ExitCode.INPUT_REFUSED.code();
		}
		catch (IOException ex) {
			console.error("generate: " + fileProblem(staged, phase, ex));
			return ExitCode.FAILED.code();
		}
		catch (UncheckedIOException ex) {
			console.error("generate: " + fileProblem(staged, phase, ex.getCause()));
			return ExitCode.FAILED.code();
		}
		catch (RuntimeException ex) {
			console.error("generate failed " + phase.doing + ": " + oneLine(ex));
			return ExitCode.FAILED.code();
		}
		catch (OutOfMemoryError ex) {
			console.error("generate: out of memory " + phase.doing
					+ "; give Java a larger heap, e.g. CREDITS_RECON_JAVA_OPTS=-Xmx2g");
			return ExitCode.FAILED.code();
		}
		finally {
			if (!keep) {
				deleteQuietly(temporary);
			}
		}
	}

	/**
	 * "cannot write FILE: PROBLEM", with the file where the user would look for it (under
	 * --out rather than the staging folder), and the verb of what was being done with it.
	 */
	private static String fileProblem(StagedFolder staged, Phase phase, IOException failure) {
		Path file = FileProblems.file(failure);
		String problem = FileProblems.problem(failure);
		if (phase == Phase.PLACING) {
			return "cannot move the generated folder into " + staged.out() + ": "
					+ (file == null ? "" : staged.shown(file) + ": ") + problem;
		}
		if (file == null) {
			return "failed " + phase.doing + ": " + problem;
		}
		boolean ours = file.toAbsolutePath().normalize().startsWith(staged.path());
		String verb = ours ? "write" : (phase == Phase.TRUTH ? "create" : "read");
		return "cannot " + verb + " " + staged.shown(file) + ": " + problem;
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getSimpleName();
		}
		return message.strip().lines().findFirst().orElse(message);
	}

	/** A failed or refused folder goes, and the folders made for it. */
	private static void discard(StagedFolder staged, Console console) {
		try {
			staged.discard();
		}
		catch (IOException ex) {
			console.error("generate: cannot remove the unfinished folder " + staged.path() + " ("
					+ FileProblems.describe(ex) + "): remove it by hand");
		}
	}

	/** The truth is only a means: it goes, unless its log must tell why it failed. */
	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary folder left behind harms nothing
		}
	}

}
