package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.creditsrecon.jobs.generate.FaultRoom;
import com.creditsrecon.jobs.generate.GenerateOptions;
import com.creditsrecon.jobs.generate.WorldGenerator;
import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RunOptions;

/**
 * Parses the command line. Only the commands that work are known: {@code run} (also what
 * no arguments mean, on the bundled samples), {@code generate} and {@code --help}.
 */
public final class CommandLine {

	public static final String USAGE = """
			usage: credits-recon COMMAND [OPTIONS]

			commands:
			  run      import an input folder, simulate every partner's credits up to as-of, reconcile, write the outputs
			           --input DIR       the input folder (extracts named as in docs/inputs.md)
			           --out DIR         the output folder (created; the embedded store goes to DIR/.store)
			           --as-of DATE      the day to report on, yyyy-MM-dd (default: the latest date in the inputs;
			                             more than ten years after it is refused)
			           --policy FILE     policy settings overriding the input folder's policy.properties
			           --rollout FILE    a rollout.csv to use instead of the input folder's
			           --db JDBC_URL     a shared PostgreSQL store instead of the embedded one,
			                             e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres
			           --fail-on-breaks  exit 3 when the reconciliation's breaks are material (rules.md N3)
			  generate write a synthetic, internally consistent input folder (docs/generate.md)
			           --out DIR         the folder to write (created; must be empty)
			           --partners N      how many partners
			           --months M        how many months, ending 2026-10-31 (default 12)
			           --seed S          the seed: the same arguments always give the same bytes (default 1)
			           --usage-rows R    FOCUS usage rows in all, exactly (default 200 per partner)
			           --inject-breaks K known breaks in the reported extracts, listed in injected-breaks.csv (default 0)
			                             (at most what N partners over M months have room for)
			  --help   this text; COMMAND --help for one command

			With no arguments: run --input input-samples --out out.
			Exit codes: 0 completed, 1 failed (run the same command again to restart), 2 input refused,
			3 completed with material breaks (only with run --fail-on-breaks).
			""";

	public static final String GENERATE_USAGE = """
			usage: credits-recon generate --out DIR --partners N [--months M] [--seed S] [--usage-rows R]
			                              [--inject-breaks K]

			Writes a synthetic, internally consistent input folder: every extract of docs/inputs.md,
			with actions of every kind (some the engine rejects, for every reason code) and FOCUS
			cost exports in usage/ (one per month, some partitioned, one restating an earlier month).
			The reported extracts (reported-lots.csv, reported-events.csv, reported-benefits.csv)
			show what the run command simulates for the folder at 2026-10-31 (it runs in a temporary
			folder), but for K injected faults spread over every break class; injected-breaks.csv
			lists every break row they must produce. Nothing else is needed. The folder is built
			beside --out (OUT.partial-...) and moved into place when complete: a failed or
			refused command leaves nothing behind.

			  --out DIR         the folder to write (created; must be empty)
			  --partners N      how many partners (1 or more)
			  --months M        how many months, ending 2026-10-31 (1 to 240, default 12)
			  --seed S          the seed: the same arguments always give the same bytes (default 1)
			  --usage-rows R    FOCUS usage rows in all, exactly (default 200 per partner)
			  --inject-breaks K faults in the reported extracts, each on a lot, benefit or month of its own
			                    (default 0: reconciliation reports no break); more than the world
			                    has room for is refused

			Exit codes: 0 written, 1 failed (e.g. the disk), 2 bad command line (or more faults
			than the world has room for).
			""";

	private static final Set<String> GENERATE_OPTIONS = Set.of("--out", "--partners", "--months", "--seed",
			"--usage-rows", "--inject-breaks");

	/**
	 * The most faults {@code --inject-breaks} takes: the answer key is held in memory.
	 */
	private static final int MAX_FAULTS = 1_000_000;

	private static final Pattern AS_OF = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final Set<String> RUN_OPTIONS = Set.of("--input", "--out", "--as-of", "--policy", "--rollout",
			"--db");

	private CommandLine() {
	}

	/** What the command line asks for. */
	public sealed interface Request permits Help, Run, Generate {

	}

	/** Print a usage text. */
	public record Help(String text) implements Request {

	}

	/** Write a synthetic input folder. */
	public record Generate(Path out, GenerateOptions options) implements Request {

	}

	/** Run the main job. */
	public record Run(RunOptions options, boolean failOnBreaks) implements Request {

		public Run(RunOptions options) {
			this(options, false);
		}

	}

	/**
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	public static Request parse(List<String> args) {
		if (args.isEmpty()) {
			return new Run(new RunOptions(Path.of("input-samples"), Path.of("out"), null, null, null, null));
		}
		boolean help = args.contains("--help") || args.contains("-h");
		if (help && args.get(0).equals("generate")) {
			return new Help(GENERATE_USAGE);
		}
		if (help || args.get(0).equals("help")) {
			return new Help(USAGE);
		}
		String command = args.get(0);
		if (command.equals("generate")) {
			return parseGenerate(args);
		}
		if (!command.equals("run")) {
			throw new UsageException("unknown command '" + command + "' (try --help)");
		}
		Map<String, String> values = new HashMap<>();
		boolean failOnBreaks = false;
		for (int i = 1; i < args.size(); i += 2) {
			String option = args.get(i);
			if (option.equals("--fail-on-breaks")) {
				// a flag: no value follows
				failOnBreaks = true;
				i--;
				continue;
			}
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
		LocalDate asOf = values.containsKey("--as-of") ? asOf(values.get("--as-of")) : null;
		Path policy = existingFile(values, "--policy");
		Path rollout = existingFile(values, "--rollout");
		String db = values.containsKey("--db") ? StoreUrl.checked(values.get("--db")) : null;
		return new Run(new RunOptions(input, out, asOf, policy, rollout, db), failOnBreaks);
	}

	/**
	 * {@code --as-of}: {@code yyyy-MM-dd}, the year in four digits. ISO dates may also
	 * have a sign and more digits ({@code +12026-10-31}), which only a typing error or a
	 * test of the limits would give: a run to such a day never ends.
	 */
	private static LocalDate asOf(String text) {
		if (AS_OF.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// a day the month does not have: said below
			}
		}
		throw new UsageException("run: --as-of '" + text + "' is not a date yyyy-MM-dd with a four-digit year");
	}

	private static Generate parseGenerate(List<String> args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 1; i < args.size(); i += 2) {
			String option = args.get(i);
			if (!GENERATE_OPTIONS.contains(option)) {
				throw new UsageException("generate: unknown option '" + option + "' (try generate --help)");
			}
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new UsageException("generate: " + option + " needs a value");
			}
			values.put(option, args.get(i + 1));
		}
		if (!values.containsKey("--out")) {
			throw new UsageException("generate: --out is required (try generate --help)");
		}
		if (!values.containsKey("--partners")) {
			throw new UsageException("generate: --partners is required (try generate --help)");
		}
		Path out = Path.of(values.get("--out"));
		int partners = (int) number(values, "--partners", 1, Integer.MAX_VALUE, 0);
		int months = (int) number(values, "--months", 1, GenerateOptions.MAX_MONTHS, GenerateOptions.DEFAULT_MONTHS);
		long seed = number(values, "--seed", Long.MIN_VALUE, Long.MAX_VALUE, GenerateOptions.DEFAULT_SEED);
		long rows = number(values, "--usage-rows", 0, Long.MAX_VALUE,
				(long) partners * GenerateOptions.DEFAULT_USAGE_ROWS_PER_PARTNER);
		int faults = (int) number(values, "--inject-breaks", 0, MAX_FAULTS, 0);
		long room = FaultRoom.atMost(partners, months);
		if (faults > room) {
			throw new UsageException("generate: --inject-breaks " + faults + " is more than a world of " + partners
					+ (partners == 1 ? " partner" : " partners") + " over " + months
					+ (months == 1 ? " month" : " months") + " has room for (at most " + room
					+ ": a fault needs a lot, a benefit or a month of transactions"
					+ " of its own); ask for fewer, or for more partners");
		}
		checkOut(out);
		return new Generate(out, new GenerateOptions(partners, months, seed, rows, faults));
	}

	/**
	 * {@code --out} must be missing or an empty folder, under a folder (not a file): what
	 * the command can fill and move into place.
	 */
	private static void checkOut(Path out) {
		try {
			if (!WorldGenerator.isEmptyOrMissing(out)) {
				throw new UsageException("generate: --out " + out + " is not an empty folder");
			}
		}
		catch (IOException ex) {
			throw new UsageException("generate: cannot read --out " + out + ": " + FileProblems.problem(ex));
		}
		Path existing = out.toAbsolutePath().normalize().getParent();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing != null && !Files.isDirectory(existing)) {
			throw new UsageException(
					"generate: --out " + out + " cannot be made: " + existing + " is a file, not a folder");
		}
	}

	private static long number(Map<String, String> values, String option, long min, long max, long fallback) {
		String text = values.get(option);
		if (text == null) {
			return fallback;
		}
		long value;
		try {
			value = Long.parseLong(text.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("generate: " + option + " '" + text + "' is not a whole number");
		}
		if (value < min || value > max) {
			throw new UsageException(
					"generate: " + option + " must be between " + min + " and " + max + ", not " + value);
		}
		return value;
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
