package com.creditsrecon.jobs;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.creditsrecon.jobs.cli.CommandLine;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;

/**
 * The command-line entry point: parses the arguments and runs the command, the
 * {@code run} command through {@link CreditsRecon} ({@code generate} writes its folder
 * without Spring, then runs it the same way for the reported extracts); the Spring Boot
 * application that a run starts on its store.
 */
@SpringBootApplication
public class CreditsReconApplication {

	public static void main(String[] args) {
		System.exit(run(List.of(args), Console.system()));
	}

	/** Runs a command line and returns the exit code. */
	public static int run(List<String> args, Console console) {
		CommandLine.Request request;
		try {
			request = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			console.error(ex.getMessage());
			return ExitCode.INPUT_REFUSED.code();
		}
		if (request instanceof CommandLine.Help help) {
			console.info(help.text());
			return ExitCode.COMPLETED.code();
		}
		if (request instanceof CommandLine.Generate generate) {
			// no Spring context, no store of its own: only the truth of the reported
			// extracts runs the run command, into a temporary folder
			return generate(generate, console);
		}
		CommandLine.Run run = (CommandLine.Run) request;
		return CreditsRecon.run(run.options(), run.failOnBreaks(), console).code();
	}

	private static int generate(CommandLine.Generate request, Console console) {
		return GenerateCommand.run(request, console);
	}

}
