package com.creditsrecon.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code whatif} command's options. */
@Command(name = "whatif",
		customSynopsis = { "credits-recon whatif --input DIR --out DIR --scenario FILE",
				"                            [--scenario FILE ...] [--as-of DATE] [--policy FILE]",
				"                            [--rollout FILE] [--db JDBC_URL] [--csv-bom]" },
		description = {
				"Compares rollout scenarios with the input's own rollout: credits granted, charged,"
						+ " lapsed and expired, purchases by experience and refused actions, per country and region.",
				"%nThe input is imported once and every partner is simulated under the baseline (the input's"
						+ " rollout.csv, or --rollout, and policy) and under each scenario; nothing is reconciled."
						+ " A scenario file is a whole rollout.csv; a NAME.properties beside NAME.csv overrides"
						+ " policy settings for that scenario only. The outputs are whatif.csv, whatif-monthly.csv,"
						+ " charts/ and report.html (docs/whatif.md)." },
		exitCodeList = { "0:completed", "1:failed: run the same command again to restart",
				"2:input, scenario or command line refused" },
		footerHeading = "%nEnvironment:%n",
		footer = { "  CREDITS_RECON_DB  the default of --db", "  PGUSER, PGPASSWORD, PGPASSFILE  as for run" })
final class WhatIfArguments {

	@Mixin
	private InputArguments inputs;

	@Option(names = "--scenario", paramLabel = "FILE",
			description = "a scenario: a rollout.csv, perhaps with NAME.properties beside it; give it once per scenario")
	private List<String> scenarios = new ArrayList<>();

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "a shared PostgreSQL store instead of the embedded one, as for run")
	private String db;

	@Option(names = "--csv-bom", description = "write the CSV outputs with a UTF-8 byte-order mark, for Excel")
	private boolean csvBom;

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true)
	private boolean help;

	/**
	 * @param environment where the default of {@code --db} is looked up
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	Arguments.WhatIf request(Map<String, String> environment) {
		if (this.scenarios.isEmpty()) {
			throw new UsageException("whatif: --scenario is required, once per scenario (try whatif --help)");
		}
		List<Path> files = new ArrayList<>();
		for (String scenario : this.scenarios) {
			Path file = Path.of(scenario);
			if (!Files.isRegularFile(file)) {
				throw new UsageException("whatif: --scenario " + file + " is not a file");
			}
			files.add(file);
		}
		return new Arguments.WhatIf(
				this.inputs.options("whatif", RunArguments.db(this.db, environment)).withCsvBom(this.csvBom), files);
	}

}
