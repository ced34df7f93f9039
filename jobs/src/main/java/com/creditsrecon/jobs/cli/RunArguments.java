package com.creditsrecon.jobs.cli;

import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code run} command's options. */
@Command(name = "run",
		customSynopsis = { "credits-recon run --input DIR --out DIR [--as-of DATE] [--policy FILE]",
				"                         [--rollout FILE] [--db JDBC_URL] [--fail-on-breaks]",
				"                         [--csv-bom]" },
		description = { "Imports an input folder, simulates its credits, reconciles, writes the outputs.",
				"%nEvery partner's credits are simulated up to the as-of day and reconciled with the reported"
						+ " extracts; docs/outputs.md describes the outputs. A failed run restarts where it stopped"
						+ " when the same command is run again (docs/operations.md)." },
		exitCodeList = { "0:completed", "1:failed: run the same command again to restart",
				"2:input or command line refused", "3:completed with material breaks (only with --fail-on-breaks)" },
		footerHeading = "%nEnvironment:%n",
		footer = { "  CREDITS_RECON_DB  the default of --db",
				"  PGUSER            the store's user, if the --db URL names none",
				"  PGPASSWORD        the store's password (a --db URL with a password is refused)",
				"  PGPASSFILE        a password file in .pgpass form (default: ~/.pgpass)" })
final class RunArguments {

	/** The environment variable whose value is the default of {@code --db}. */
	static final String DB_VARIABLE = "CREDITS_RECON_DB";

	@Mixin
	private InputArguments inputs;

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = { "a shared PostgreSQL store instead of the embedded one, without a password, e.g."
					+ " jdbc:postgresql://127.0.0.1:5432/credits?user=recon (default: $" + DB_VARIABLE + ")" })
	private String db;

	@Option(names = "--fail-on-breaks",
			description = "exit 3 when the reconciliation's breaks are above the policy's materiality (docs/policy.md)")
	private boolean failOnBreaks;

	@Option(names = "--csv-bom",
			description = "write every CSV output (rejects included) with a UTF-8 byte-order mark, for Excel")
	private boolean csvBom;

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true)
	private boolean help;

	/**
	 * @param environment where {@value #DB_VARIABLE} is looked up
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	Arguments.Run request(Map<String, String> environment) {
		return new Arguments.Run(this.inputs.options("run", db(environment)).withCsvBom(this.csvBom),
				this.failOnBreaks);
	}

	private String db(Map<String, String> environment) {
		return db(this.db, environment);
	}

	/** {@code --db}, else a variable that is set and not blank, else none. */
	static String db(String db, Map<String, String> environment) {
		if (db != null) {
			return StoreUrl.checked(db, "--db");
		}
		String variable = environment.get(DB_VARIABLE);
		if (variable == null || variable.isBlank()) {
			return null;
		}
		return StoreUrl.checked(variable, DB_VARIABLE);
	}

}
