package com.creditsrecon.jobs;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.cli.UsageException;

/**
 * The command-line entry point: parses the arguments and runs the command, {@code run}
 * and {@code validate} through {@link CreditsRecon} ({@code generate} writes its folder
 * without Spring, then runs it the same way for the reported extracts); the Spring Boot
 * application that a run starts on its store.
 */
@SpringBootApplication
public class CreditsReconApplication {

	public static void main(String[] args) {
		System.exit(run(List.of(args), System.getenv(), Console.system()));
	}

	/**
	 * Runs a command line and returns the exit code.
	 * @param environment the process's environment, where {@code run} finds the default
	 * of {@code --db}
	 */
	public static int run(List<String> args, Map<String, String> environment, Console console) {
		Arguments.Request request;
		try {
			request = Arguments.parse(args, environment);
		}
		catch (UsageException ex) {
			console.error(ex.getMessage());
			return ExitCode.INPUT_REFUSED.code();
		}
		if (request instanceof Arguments.Help help) {
			console.info(help.text());
			return ExitCode.COMPLETED.code();
		}
		if (request instanceof Arguments.Version version) {
			console.info(version.text());
			return ExitCode.COMPLETED.code();
		}
		if (request instanceof Arguments.Generate generate) {
			// no Spring context, no store of its own: only the truth of the reported
			// extracts runs the run command, into a temporary folder
			return GenerateCommand.run(generate, console);
		}
		if (request instanceof Arguments.WhatIf whatIf) {
			return CreditsRecon.whatif(whatIf.options(), whatIf.scenarios(), console).code();
		}
		if (request instanceof Arguments.Nightly nightly) {
			return CreditsRecon.nightly(nightly.options(), nightly.failOnBreaks(), nightly.failOnStaleInputs(), console)
				.code();
		}
		if (request instanceof Arguments.Validate validate) {
			return CreditsRecon.validate(validate.options(), console).code();
		}
		Arguments.Run run = (Arguments.Run) request;
		return CreditsRecon.run(run.options(), run.failOnBreaks(), console).code();
	}

}
