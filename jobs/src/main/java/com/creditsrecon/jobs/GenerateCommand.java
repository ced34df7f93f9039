package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.creditsrecon.jobs.cli.CommandLine;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.generate.GenerateOptions;
import com.creditsrecon.jobs.generate.GenerateSummary;
import com.creditsrecon.jobs.generate.ReportedExtracts;
import com.creditsrecon.jobs.generate.Timeframe;
import com.creditsrecon.jobs.generate.WorldGenerator;

/**
 * The {@code generate} command: the input folder ({@link WorldGenerator}); then the truth
 * it implies, by the real {@code run} command on it, in-process, at the generated
 * timeframe's last day, into a temporary folder deleted afterwards; then, from that
 * truth, the reported extracts and their injected faults ({@link ReportedExtracts}).
 * Spring runs only for the truth: the generator itself knows nothing of it.
 */
final class GenerateCommand {

	private GenerateCommand() {
	}

	static int run(CommandLine.Generate request, Console console) {
		Path out = request.out();
		GenerateOptions options = request.options();
		boolean large = options.partners() >= 10_000 || options.usageRows() >= 1_000_000;
		Path temporary = null;
		boolean keep = false;
		try {
			GenerateSummary summary = WorldGenerator.write(out, options, console::info);
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
			int code = CreditsReconApplication.run(
					List.of("run", "--input", out.toString(), "--out", truth.toString(), "--as-of", asOf.toString()),
					quiet);
			if (code != ExitCode.COMPLETED.code()) {
				String why = errors.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
				console.error("generate: simulating the generated folder failed (run exit code " + code + "): "
						+ why.replaceFirst("^credits-recon: ", "") + "; kept for its log: " + temporary);
				keep = true;
				return ExitCode.FAILED.code();
			}
			if (large) {
				console.info("generate: writing the reported extracts");
			}
			ReportedExtracts.Summary reported = ReportedExtracts.write(out, truth, asOf, options.faults(),
					options.seed());
			summary.withReported(reported).lines().forEach(console::info);
			return ExitCode.COMPLETED.code();
		}
		catch (IOException | RuntimeException ex) {
			console.error("generate failed: " + ex.getMessage());
			return ExitCode.FAILED.code();
		}
		finally {
			if (!keep) {
				deleteQuietly(temporary);
			}
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
