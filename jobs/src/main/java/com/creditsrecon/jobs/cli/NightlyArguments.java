package com.creditsrecon.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.creditsrecon.jobs.importing.RunOptions;

/** The {@code nightly} command's options. */
@Command(name = "nightly",
		customSynopsis = { "credits-recon nightly --input DIR --out DIR [--as-of DATE]",
				"                             [--policy FILE] [--db JDBC_URL] [--fail-on-breaks]",
				"                             [--fail-on-stale-inputs]" },
		description = {
				"Imports what is new in an input folder into a persistent store, then simulates, reconciles"
						+ " and reports as run does, into DIR/<as-of>/.",
				"%nAn extract imported before is not loaded again; usage export runs accumulate from night to"
						+ " night, and Cost Management's export layout (manifest.json) is read as it lands. Breaks"
						+ " are followed from one night to the next (reconciliation/history.csv). Nights go"
						+ " forward; the same night again replaces it (docs/operations.md)." },
		exitCodeList = { "0:completed", "1:failed: run the same command again to restart",
				"2:input or command line refused, or --as-of before the store's newest night",
				"3:completed with material breaks (only with --fail-on-breaks)",
				"4:completed on stale usage (only with --fail-on-stale-inputs; 3 wins)" },
		footerHeading = "%nEnvironment:%n",
		footer = { "  CREDITS_RECON_DB  the default of --db", "  PGUSER, PGPASSWORD, PGPASSFILE  as for run" })
final class NightlyArguments {

	/** Where the nights' outputs go beside each other, and the store. */
	private static final String STORE = ".store";

	@Option(names = "--input", paramLabel = "DIR",
			description = "the input folder as extracts land in it (docs/inputs.md)")
	private String input;

	@Option(names = "--out", paramLabel = "DIR",
			description = "the nights' folder: each night in DIR/<as-of>/, the embedded store in DIR/.store")
	private String out;

	@Option(names = "--as-of", paramLabel = "DATE",
			description = "the night's day, yyyy-MM-dd (default: yesterday, UTC)")
	private String asOf;

	@Option(names = "--policy", paramLabel = "FILE",
			description = "policy settings overriding the input folder's policy.properties (docs/policy.md)")
	private String policy;

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "a shared PostgreSQL store instead of the embedded one, as for run")
	private String db;

	@Option(names = "--fail-on-breaks",
			description = "exit 3 when the reconciliation's breaks are above the policy's materiality")
	private boolean failOnBreaks;

	@Option(names = "--fail-on-stale-inputs",
			description = "exit 4 when the usage in effect ends more than stale-after-days before as-of")
	private boolean failOnStaleInputs;

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true)
	private boolean help;

	/**
	 * @param environment where the default of {@code --db} is looked up
	 * @param clock what "yesterday" is measured from
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	Arguments.Nightly request(Map<String, String> environment, Clock clock) {
		Path input = Path.of(InputArguments.required("nightly", "--input", this.input));
		if (!Files.isDirectory(input)) {
			throw new UsageException("nightly: --input " + input + " is not a folder");
		}
		Path root = Path.of(InputArguments.required("nightly", "--out", this.out));
		LocalDate night = this.asOf != null ? InputArguments.asOf("nightly", this.asOf)
				: LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1);
		Path policyFile = InputArguments.existingFile("nightly", "--policy", this.policy);
		RunOptions options = new RunOptions(input, root.resolve(night.toString()), night, policyFile, null,
				RunArguments.db(this.db, environment), root.resolve(STORE));
		return new Arguments.Nightly(options, this.failOnBreaks, this.failOnStaleInputs);
	}

}
