package com.creditsrecon.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;

import com.creditsrecon.jobs.importing.RunOptions;

/**
 * The options {@code run} and {@code validate} share: what to import, where the outputs
 * go, what overrides the input folder's own settings. Taken as text and checked here, so
 * that every refusal is a message of ours.
 */
final class InputArguments {

	private static final Pattern AS_OF = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	@Option(names = "--input", paramLabel = "DIR", description = "the input folder: the extracts of docs/inputs.md")
	private String input;

	@Option(names = "--out", paramLabel = "DIR",
			description = "the output folder (created; the embedded store goes to DIR/.store)")
	private String out;

	@Option(names = "--as-of", paramLabel = "DATE",
			description = "the day to report on, yyyy-MM-dd (default: the latest date in the inputs;"
					+ " more than ten years after it is refused)")
	private String asOf;

	@Option(names = "--policy", paramLabel = "FILE",
			description = "policy settings overriding the input folder's policy.properties (docs/policy.md)")
	private String policy;

	@Option(names = "--rollout", paramLabel = "FILE",
			description = "a rollout.csv to use instead of the input folder's (docs/inputs.md)")
	private String rollout;

	/**
	 * @param command the command, as messages name it
	 * @param db the store URL, already checked, or null for the embedded store
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	RunOptions options(String command, String db) {
		Path input = Path.of(required(command, "--input", this.input));
		if (!Files.isDirectory(input)) {
			throw new UsageException(command + ": --input " + input + " is not a folder");
		}
		Path out = Path.of(required(command, "--out", this.out));
		LocalDate asOf = (this.asOf != null) ? asOf(command, this.asOf) : null;
		Path policy = existingFile(command, "--policy", this.policy);
		Path rollout = existingFile(command, "--rollout", this.rollout);
		return new RunOptions(input, out, asOf, policy, rollout, db);
	}

	static String required(String command, String option, String value) {
		if (value == null) {
			throw new UsageException(command + ": " + option + " is required (try " + command + " --help)");
		}
		return value;
	}

	/**
	 * {@code --as-of}: {@code yyyy-MM-dd}, the year in four digits. ISO dates may also
	 * have a sign and more digits ({@code +12026-10-31}), which only a typing error or a
	 * test of the limits would give: a run to such a day never ends.
	 */
	static LocalDate asOf(String command, String text) {
		if (AS_OF.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// a day the month does not have: said below
			}
		}
		throw new UsageException(command + ": --as-of '" + text + "' is not a date yyyy-MM-dd with a four-digit year");
	}

	static Path existingFile(String command, String option, String value) {
		if (value == null) {
			return null;
		}
		Path file = Path.of(value);
		if (!Files.isRegularFile(file)) {
			throw new UsageException(command + ": " + option + " " + file + " is not a file");
		}
		return file;
	}

}
