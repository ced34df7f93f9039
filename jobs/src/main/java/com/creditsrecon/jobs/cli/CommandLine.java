package com.creditsrecon.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.creditsrecon.jobs.RunOptions;

/**
 * Parses the command line. Only the commands that work are known: {@code run} (also what
 * no arguments mean, on the bundled samples) and {@code --help}.
 */
public final class CommandLine {

	public static final String USAGE = """
			usage: credits-recon COMMAND [OPTIONS]

			commands:
			  run      import the extracts of an input folder into the store and report on them
			           --input DIR       the input folder (extracts named as in docs/inputs.md)
			           --out DIR         the output folder (created; the embedded store goes to DIR/.store)
			           --as-of DATE      the day to report on, yyyy-MM-dd (default: the latest date in the inputs)
			           --policy FILE     policy settings overriding the input folder's policy.properties
			           --rollout FILE    a rollout.csv to use instead of the input folder's
			           --db JDBC_URL     a shared PostgreSQL store instead of the embedded one,
			                             e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres
			  --help   this text; COMMAND --help for one command

			With no arguments: run --input input-samples --out out.
			Exit codes: 0 completed, 1 failed (run the same command again to restart), 2 input refused.
			""";

	private static final Set<String> RUN_OPTIONS = Set.of("--input", "--out", "--as-of", "--policy", "--rollout",
			"--db");

	private CommandLine() {
	}

	/** What the command line asks for. */
	public sealed interface Request permits Help, Run {

	}

	/** Print the usage. */
	public record Help() implements Request {

	}

	/** Run the main job. */
	public record Run(RunOptions options) implements Request {

	}

	/**
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	public static Request parse(List<String> args) {
		if (args.isEmpty()) {
			return new Run(new RunOptions(Path.of("input-samples"), Path.of("out"), null, null, null, null));
		}
		if (args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
			return new Help();
		}
		String command = args.get(0);
		if (!command.equals("run")) {
			throw new UsageException("unknown command '" + command + "' (try --help)");
		}
		Map<String, String> values = new HashMap<>();
		for (int i = 1; i < args.size(); i += 2) {
			String option = args.get(i);
			if (!RUN_OPTIONS.contains(option)) {
				throw new UsageException("run: unknown option '" + option + "' (try run --help)");
			}
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new UsageException("run: " + option + " needs a value");
			}
			values.put(option, args.get(i + 1));
		}
		Path input = Path.of(require(values, "--input"));
		if (!Files.isDirectory(input)) {
			throw new UsageException("run: --input " + input + " is not a folder");
		}
		Path out = Path.of(require(values, "--out"));
		LocalDate asOf = null;
		if (values.containsKey("--as-of")) {
			try {
				asOf = LocalDate.parse(values.get("--as-of"));
			}
			catch (DateTimeParseException ex) {
				throw new UsageException("run: --as-of '" + values.get("--as-of") + "' is not a date yyyy-MM-dd");
			}
		}
		Path policy = existingFile(values, "--policy");
		Path rollout = existingFile(values, "--rollout");
		return new Run(new RunOptions(input, out, asOf, policy, rollout, values.get("--db")));
	}

	private static String require(Map<String, String> values, String option) {
		String value = values.get(option);
		if (value == null) {
			throw new UsageException("run: " + option + " is required (try run --help)");
		}
		return value;
	}

	private static Path existingFile(Map<String, String> values, String option) {
		if (!values.containsKey(option)) {
			return null;
		}
		Path file = Path.of(values.get(option));
		if (!Files.isRegularFile(file)) {
			throw new UsageException("run: " + option + " " + file + " is not a file");
		}
		return file;
	}

	/** A command line that cannot be run, exit code 2. */
	public static final class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message, null, false, false);
		}

	}

}
