package com.creditsrecon.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code validate} command's options: those of {@code run} that say what to import.
 */
@Command(name = "validate",
		customSynopsis = { "credits-recon validate --input DIR --out DIR [--as-of DATE]",
				"                              [--policy FILE] [--rollout FILE]" },
		description = { "Imports an input folder and checks it, nothing more.",
				"%nNo simulation, no reconciliation: the rejected rows go to DIR/rejects/, the counts to DIR/run.json"
						+ " and the log under DIR (docs/outputs.md), never into the input folder. The store is the"
						+ " embedded one, in DIR/.store." },
		exitCodeList = { "0:input accepted", "1:failed: run the same command again",
				"2:input or command line refused" })
final class ValidateArguments {

	@Mixin
	private InputArguments inputs;

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true)
	private boolean help;

	/**
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	Arguments.Validate request() {
		return new Arguments.Validate(this.inputs.options("validate", null));
	}

}
