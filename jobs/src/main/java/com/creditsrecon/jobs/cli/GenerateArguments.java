package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.creditsrecon.generator.FaultRoom;
import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.generator.WorldGenerator;
import com.creditsrecon.jobs.importing.FileProblems;

/**
 * The {@code generate} command's options, taken as text and checked here, so that every
 * refusal is a message of ours.
 */
@Command(name = "generate",
		customSynopsis = { "credits-recon generate --out DIR --partners N [--months M] [--seed S]",
				"                              [--usage-rows R] [--inject-breaks K]" },
		description = { "Writes a synthetic, internally consistent input folder (docs/generate.md).",
				"%nEvery extract of docs/inputs.md, with actions of every kind (some the engine rejects, for every"
						+ " reason code) and FOCUS cost exports in usage/ (one per month, some partitioned, one"
						+ " restating an earlier month). The reported extracts (reported-lots.csv,"
						+ " reported-events.csv, reported-benefits.csv) show what the run command simulates for the"
						+ " folder at 2026-10-31 (it runs in a temporary folder), but for K injected faults spread"
						+ " over every break class; injected-breaks.csv lists every break row they must produce. The"
						+ " folder is built beside --out (OUT.partial-...) and moved into place when complete: a"
						+ " failed or refused command leaves nothing behind." },
		exitCodeList = { "0:written", "1:failed (e.g. the disk)",
				"2:bad command line (or more faults than the world has room for)" })
final class GenerateArguments {

	/**
	 * The most faults {@code --inject-breaks} takes: the answer key is held in memory.
	 */
	private static final int MAX_FAULTS = 1_000_000;

	@Option(names = "--out", paramLabel = "DIR", description = "the folder to write (created; must be empty)")
	private String out;

	@Option(names = "--partners", paramLabel = "N", description = "how many partners (1 or more)")
	private String partners;

	@Option(names = "--months", paramLabel = "M", description = "how many months, ending 2026-10-31 (1 to "
			+ GenerateOptions.MAX_MONTHS + ", default " + GenerateOptions.DEFAULT_MONTHS + ")")
	private String months;

	@Option(names = "--seed", paramLabel = "S",
			description = "the seed: the same arguments always give the same bytes (default "
					+ GenerateOptions.DEFAULT_SEED + ")")
	private String seed;

	@Option(names = "--usage-rows", paramLabel = "R", description = "FOCUS usage rows in all, exactly (default "
			+ GenerateOptions.DEFAULT_USAGE_ROWS_PER_PARTNER + " per partner)")
	private String usageRows;

	@Option(names = "--inject-breaks", paramLabel = "K",
			description = "faults in the reported extracts, each on a lot, benefit or month of its own (default 0:"
					+ " reconciliation reports no break); more than the world has room for is refused")
	private String injectBreaks;

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true)
	private boolean help;

	/**
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	Arguments.Generate request() {
		if (this.out == null) {
			throw new UsageException("generate: --out is required (try generate --help)");
		}
		if (this.partners == null) {
			throw new UsageException("generate: --partners is required (try generate --help)");
		}
		Path out = Path.of(this.out);
		int partners = (int) number("--partners", this.partners, 1, Integer.MAX_VALUE, 0);
		int months = (int) number("--months", this.months, 1, GenerateOptions.MAX_MONTHS,
				GenerateOptions.DEFAULT_MONTHS);
		long seed = number("--seed", this.seed, Long.MIN_VALUE, Long.MAX_VALUE, GenerateOptions.DEFAULT_SEED);
		long rows = number("--usage-rows", this.usageRows, 0, Long.MAX_VALUE,
				(long) partners * GenerateOptions.DEFAULT_USAGE_ROWS_PER_PARTNER);
		int faults = (int) number("--inject-breaks", this.injectBreaks, 0, MAX_FAULTS, 0);
		long room = FaultRoom.atMost(partners, months);
		if (faults > room) {
			throw new UsageException("generate: --inject-breaks " + faults + " is more than a world of " + partners
					+ (partners == 1 ? " partner" : " partners") + " over " + months
					+ (months == 1 ? " month" : " months") + " has room for (at most " + room
					+ ": a fault needs a lot, a benefit or a month of transactions"
					+ " of its own); ask for fewer, or for more partners");
		}
		checkOut(out);
		return new Arguments.Generate(out, new GenerateOptions(partners, months, seed, rows, faults));
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

	private static long number(String option, String text, long min, long max, long fallback) {
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

}
