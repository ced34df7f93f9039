package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.jobs.importing.RunOptions;

/**
 * Parses the command line, with picocli: {@code run} (also what no arguments mean, on the
 * bundled samples), {@code whatif}, {@code validate}, {@code generate}, {@code help} and
 * {@code --version}. Picocli recognizes the commands and options and writes the help; the
 * values are checked by the command's options class ({@link RunArguments},
 * {@link WhatIfArguments}, {@link ValidateArguments}, {@link GenerateArguments}), and
 * every refusal is one line of ours, a {@link UsageException}.
 */
public final class Arguments {

	/** What no arguments mean. */
	private static final List<String> DEFAULT = List.of("run", "--input", "input-samples", "--out", "out");

	private Arguments() {
	}

	/** What the command line asks for. */
	public sealed interface Request permits Help, Version, Run, Validate, WhatIf, Nightly, Generate {

	}

	/** Print a usage text. */
	public record Help(String text) implements Request {

	}

	/** Print the version. */
	public record Version(String text) implements Request {

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
	 * Compare rollout scenarios with the input's own (rule W1).
	 *
	 * @param scenarios the {@code --scenario} files, as given
	 */
	public record WhatIf(RunOptions options, List<Path> scenarios) implements Request {

		public WhatIf {
			scenarios = List.copyOf(scenarios);
		}

	}

	/**
	 * One night of a scheduled job (rules N1–N3).
	 *
	 * @param options the night's: outputs in {@code OUT/<as-of>}, the store in
	 * {@code OUT/.store}
	 */
	public record Nightly(RunOptions options, boolean failOnBreaks, boolean failOnStaleInputs) implements Request {

	}

	/** Import and check an input folder, nothing more. */
	public record Validate(RunOptions options) implements Request {

	}

	/**
	 * @param environment the process's environment ({@link System#getenv()}), where
	 * {@code run} finds the default of {@code --db}
	 * @throws UsageException with a one-line message for anything it cannot take
	 */
	public static Request parse(List<String> args, Map<String, String> environment) {
		return parse(args, environment, Clock.systemUTC());
	}

	/**
	 * As {@link #parse(List, Map)}, with {@code nightly}'s default as-of (yesterday)
	 * taken from {@code clock}.
	 */
	public static Request parse(List<String> args, Map<String, String> environment, Clock clock) {
		List<String> line = args.isEmpty() ? DEFAULT : args;
		CommandLine main = commandLine();
		ParseResult parsed;
		try {
			parsed = main.parseArgs(line.toArray(String[]::new));
		}
		catch (ParameterException ex) {
			throw refusal(ex);
		}
		if (parsed.isVersionHelpRequested()) {
			return new Version("credits-recon " + version());
		}
		if (parsed.isUsageHelpRequested() || !parsed.hasSubcommand()) {
			return new Help(UsageHelp.of(main));
		}
		ParseResult command = parsed.subcommand();
		if (command.isUsageHelpRequested()) {
			return new Help(UsageHelp.of(command.commandSpec().commandLine()));
		}
		checkValues(command.commandSpec().name(), command);
		Object options = command.commandSpec().userObject();
		if (options instanceof RunArguments run) {
			return run.request(environment);
		}
		if (options instanceof WhatIfArguments whatIf) {
			return whatIf.request(environment);
		}
		if (options instanceof NightlyArguments nightly) {
			return nightly.request(environment, clock);
		}
		if (options instanceof ValidateArguments validate) {
			return validate.request();
		}
		if (options instanceof GenerateArguments generate) {
			return generate.request();
		}
		return new Help(UsageHelp.of(((HelpCommand) options).of(main)));
	}

	/** The commands and their options; no @files, our help. */
	private static CommandLine commandLine() {
		CommandLine main = new CommandLine(new MainCommand());
		main.setExpandAtFiles(false);
		UsageHelp.apply(main);
		return main;
	}

	/**
	 * A value that is empty or an option's name ({@code --input --out x}) is a missing
	 * value: picocli would take it, and an empty path is the current folder.
	 */
	private static void checkValues(String name, ParseResult command) {
		for (OptionSpec option : command.matchedOptions()) {
			if (option.getValue() instanceof String value && (value.isBlank() || value.startsWith("--"))) {
				throw new UsageException(
						name + ": " + option.longestName() + " needs a value (try " + name + " --help)");
			}
		}
	}

	/** Picocli's refusal in a line of ours, naming the command and its help. */
	private static UsageException refusal(ParameterException ex) {
		CommandLine command = ex.getCommandLine();
		boolean main = command.getParent() == null;
		String prefix = main ? "" : command.getCommandName() + ": ";
		String help = main ? " (try --help)" : " (try " + command.getCommandName() + " --help)";
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String argument = unmatched.getUnmatched().get(0);
			if (argument.startsWith("-")) {
				// the name only: a value given with = may hold a password
				return new UsageException(prefix + "unknown option '" + argument.split("=", 2)[0] + "'" + help);
			}
			return new UsageException(prefix + (main ? "unknown command '" : "unexpected argument '")
					+ StoreUrl.masked(argument) + "'" + help);
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			return new UsageException(prefix + option.longestName() + " needs a value" + help);
		}
		if (ex instanceof OverwrittenOptionException overwritten
				&& overwritten.getOverwritten() instanceof OptionSpec option) {
			return new UsageException(prefix + option.longestName() + " is given more than once" + help);
		}
		// picocli's own words, but as ours start: in lower case
		String message = ex.getMessage().lines().findFirst().orElse("");
		if (!message.isEmpty()) {
			message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
		}
		return new UsageException(prefix + message + help);
	}

	/** This build's version, from the resource the build fills in. */
	public static String version() {
		Properties properties = new Properties();
		try (InputStream in = Arguments.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String version = properties.getProperty("version");
		if (version == null || version.startsWith("@")) {
			// not filtered: a build other than Maven's
			version = Arguments.class.getPackage().getImplementationVersion();
		}
		return (version != null) ? version : "unknown";
	}

	/** The command line without a command: help and version only. */
	@Command(name = "credits-recon",
			subcommands = { RunArguments.class, WhatIfArguments.class, NightlyArguments.class, ValidateArguments.class,
					GenerateArguments.class, HelpCommand.class },
			description = { "Simulates and reconciles Microsoft Partner Center Azure credits.",
					"With no arguments: run --input input-samples --out out." },
			exitCodeList = { "0:completed", "1:failed: run the same command again to restart",
					"2:input or command line refused",
					"3:completed with material breaks (only with run --fail-on-breaks)" })
	private static final class MainCommand {

		@Option(names = { "-h", "--help" }, usageHelp = true,
				description = "this text; COMMAND --help for one command's options")
		private boolean help;

		@Option(names = "--version", versionHelp = true, description = "the version")
		private boolean version;

	}

	/** {@code help [COMMAND]}. */
	@Command(name = "help", customSynopsis = "credits-recon help [COMMAND] | --help | --version",
			description = "Shows this text, or one command's: help COMMAND.")
	private static final class HelpCommand {

		@Parameters(arity = "0..1", paramLabel = "COMMAND")
		private String command;

		CommandLine of(CommandLine main) {
			if (this.command == null) {
				return main;
			}
			CommandLine command = main.getSubcommands().get(this.command);
			if (command == null) {
				throw new UsageException("help: unknown command '" + this.command + "' (try --help)");
			}
			return command;
		}

	}

}
