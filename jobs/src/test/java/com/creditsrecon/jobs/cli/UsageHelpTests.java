package com.creditsrecon.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.jobs.RunCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The help texts and the version: on standard output, exit code 0. */
class UsageHelpTests {

	private static final List<String> RUN = List.of("--input", "--out", "--as-of", "--policy", "--rollout", "--db",
			"--fail-on-breaks", "--csv-bom");

	private static final List<String> VALIDATE = List.of("--input", "--out", "--as-of", "--policy", "--rollout");

	private static final List<String> WHATIF = List.of("--input", "--out", "--as-of", "--policy", "--rollout",
			"--scenario", "--db", "--csv-bom");

	private static final List<String> GENERATE = List.of("--out", "--partners", "--months", "--seed", "--usage-rows",
			"--inject-breaks");

	/** An option in the help's list of options: the start of its line. */
	private static final Pattern LISTED = Pattern.compile("(?m)^ +(?:-h, )?(--[a-z-]+)");

	@Test
	@DisplayName("COMMAND --help, -h and help COMMAND show that command's options, and no other command's")
	void eachCommandItsOwnOptions() {
		for (String command : List.of("run", "whatif", "validate", "generate")) {
			// when
			String help = help(command, "--help");
			// then
			assertThat(help(command, "-h")).isEqualTo(help);
			assertThat(help("help", command)).isEqualTo(help);
			assertThat(help).startsWith("usage: credits-recon " + command + " ");
			assertThat(listed(help)).as(command).isEqualTo(options(command));
			List<String> others = new ArrayList<>(RUN);
			others.addAll(GENERATE);
			others.removeAll(options(command));
			assertThat(others).as(command).allSatisfy(option -> assertThat(help).doesNotContain(option));
		}
	}

	@Test
	@DisplayName("a command's synopsis names every option its help lists")
	void synopsisNamesEveryOption() {
		for (String command : List.of("run", "whatif", "validate", "generate")) {
			// given
			String help = help(command, "--help");
			String synopsis = help.substring(0, help.indexOf("\n\n"));
			// when / then
			assertThat(options(command)).as(command)
				.allSatisfy(option -> assertThat(synopsis).containsPattern(option + "[ \\]]"));
		}
	}

	@Test
	@DisplayName("every help text fits 80 columns, the synopses included (a long one wrapped at column 0)")
	void everyHelpFitsEightyColumns() {
		for (List<String> args : List.of(List.of("--help"), List.of("run", "--help"), List.of("whatif", "--help"),
				List.of("validate", "--help"), List.of("generate", "--help"))) {
			assertThat(help(args.toArray(String[]::new)).lines()).as(String.join(" ", args))
				.allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80))
				.noneMatch(line -> line.startsWith("["));
		}
	}

	@Test
	@DisplayName("--help, -h, help and no command show the general help: every command, the exit codes")
	void generalHelp() {
		// when
		String help = help("--help");
		// then
		assertThat(help("-h")).isEqualTo(help);
		assertThat(help("help")).isEqualTo(help);
		assertThat(help("--")).isEqualTo(help);
		assertThat(help).startsWith("usage: credits-recon run --input DIR --out DIR")
			.contains("\n       credits-recon validate --input DIR --out DIR")
			.contains("\n       credits-recon generate --out DIR --partners N")
			.contains("\n  run       ")
			.contains("\n  validate  ")
			.contains("\n  generate  ")
			.contains("\n  help      ")
			.contains("--version")
			.contains("With no arguments: run --input input-samples --out out.")
			.contains("  3   completed with material breaks (only with run --fail-on-breaks)");
	}

	@Test
	@DisplayName("run --help: the environment variables, the exit codes, the documents to read")
	void runHelp() {
		// when
		String help = help("run", "--help");
		// then
		assertThat(help).contains("\n  CREDITS_RECON_DB  the default of --db")
			.contains("\n  PGUSER  ")
			.contains("\n  PGPASSWORD  ")
			.contains("\n  PGPASSFILE  ")
			.contains("\n  0   completed\n")
			.contains("\n  1   failed: run the same command again to restart\n")
			.contains("\n  2   input or command line refused\n")
			.contains("\n  3   completed with material breaks (only with --fail-on-breaks)\n")
			.contains("docs/inputs.md", "docs/outputs.md", "docs/policy.md", "docs/operations.md")
			// lines break at spaces only, not after a dot, a slash or a colon
			.contains("policy.properties", "DIR/.store", "jdbc:postgresql://127.0.0.1:5432/credits?user=recon");
		assertThat(help("generate", "--help")).contains("docs/generate.md", "injected-breaks.csv", "2026-10-31");
	}

	@Test
	@DisplayName("no help names a document the repository does not have; no line is wider than 80")
	void documentsNamedWhole() {
		Pattern missing = Pattern.compile("(?<!docs/)\\b(rules|extracts|outputs)\\.md");
		for (List<String> line : List.of(List.of("--help"), List.of("run", "--help"), List.of("validate", "--help"),
				List.of("generate", "--help"))) {
			// when
			String help = help(line.toArray(String[]::new));
			// then
			assertThat(missing.matcher(help).find()).as("%s:%n%s", line, help).isFalse();
			assertThat(help.lines()).as("%s", line).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
		}
	}

	@Test
	@DisplayName("--version: credits-recon and this build's version")
	void version() {
		// when
		RunCommand run = RunCommand.run("--version");
		// then
		assertThat(run.exitCode).isZero();
		assertThat(run.err).isEmpty();
		assertThat(run.out.strip()).matches("credits-recon [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
	}

	@Test
	@DisplayName("help goes to standard output, exit 0, nothing on standard error")
	void helpOnStandardOutput() {
		for (List<String> line : List.of(List.of("--help"), List.of("run", "--help"), List.of("validate", "-h"),
				List.of("help", "generate"))) {
			// when
			RunCommand run = RunCommand.run(line.toArray(String[]::new));
			// then
			assertThat(run.exitCode).as(run.toString()).isZero();
			assertThat(run.err).isEmpty();
			assertThat(run.out.strip()).isEqualTo(help(line.toArray(String[]::new)));
		}
	}

	private static String help(String... args) {
		return ((Arguments.Help) Arguments.parse(List.of(args), Map.of())).text();
	}

	private static List<String> options(String command) {
		return switch (command) {
			case "run" -> RUN;
			case "validate" -> VALIDATE;
			case "whatif" -> WHATIF;
			default -> GENERATE;
		};
	}

	private static List<String> listed(String help) {
		List<String> options = new ArrayList<>();
		Matcher matcher = LISTED.matcher(help);
		while (matcher.find()) {
			options.add(matcher.group(1));
		}
		return options;
	}

}
