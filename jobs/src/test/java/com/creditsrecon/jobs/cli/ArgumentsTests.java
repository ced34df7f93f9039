package com.creditsrecon.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.RunCommand;
import com.creditsrecon.jobs.importing.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the command line takes, and what it refuses at once (exit code 2, one line): only
 * what the arguments alone show to be wrong.
 */
class ArgumentsTests {

	private static final String EXPECTED_URL = "jdbc:postgresql://HOST[:PORT]/DATABASE[?user=U&currentSchema=S]";

	@TempDir
	Path temp;

	@Test
	@DisplayName("--as-of with a sign or a year of more than four digits is refused at once, naming it")
	void asOfNeedsFourDigitYear() {
		for (String asOf : List.of("+12026-10-31", "+999999999-12-31", "12026-10-31", "-2026-10-31", "+2026-10-31",
				"26-10-31", "2026-1-31", "2026-10-31T00:00", " 2026-10-31", "2026-02-30", "2026-10-31 ")) {
			// when / then
			assertThatThrownBy(() -> parse(run("--as-of", asOf))).as(asOf)
				.isInstanceOf(UsageException.class)
				.hasMessage("run: --as-of '" + asOf + "' is not a date yyyy-MM-dd with a four-digit year");
		}
	}

	@Test
	@DisplayName("any yyyy-MM-dd date passes the command line; how far is checked once the inputs are imported")
	void fourDigitYearsPass() {
		for (String asOf : List.of("2026-10-31", "9999-12-31", "0001-01-01", "2028-02-29")) {
			// when
			Arguments.Run run = (Arguments.Run) parse(run("--as-of", asOf));
			// then
			assertThat(run.options().asOf()).isEqualTo(LocalDate.parse(asOf));
		}
	}

	@Test
	@DisplayName("N3: a run with an --as-of of a five-digit year is exit 2, one line, before anything is written")
	void asOfRefusedBeforeAnythingIsWritten() {
		// given
		Path out = this.temp.resolve("out");
		// when
		RunCommand run = RunCommand.run("run", "--input", this.temp.toString(), "--out", out.toString(), "--as-of",
				"+12026-10-31");
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).containsExactly(
				"credits-recon: run: --as-of '+12026-10-31' is not a date yyyy-MM-dd with a four-digit year");
		assertThat(out).doesNotExist();
	}

	@Test
	@DisplayName("run: --input must be a folder, --policy and --rollout files, --input and --out are required")
	void runChecksItsPaths() throws Exception {
		// given
		Path file = Files.writeString(this.temp.resolve("policy.properties"), "");
		String out = this.temp.resolve("out").toString();
		// when / then
		assertThatThrownBy(() -> parse(List.of("run", "--input", file.toString(), "--out", out)))
			.hasMessage("run: --input " + file + " is not a folder");
		assertThatThrownBy(() -> parse(run("--policy", this.temp.toString())))
			.hasMessage("run: --policy " + this.temp + " is not a file");
		assertThatThrownBy(() -> parse(run("--rollout", this.temp.resolve("none.csv").toString())))
			.hasMessage("run: --rollout " + this.temp.resolve("none.csv") + " is not a file");
		assertThatThrownBy(() -> parse(List.of("run", "--out", out)))
			.hasMessage("run: --input is required (try run --help)");
		assertThatThrownBy(() -> parse(List.of("run", "--input", this.temp.toString())))
			.hasMessage("run: --out is required (try run --help)");
		assertThat(parse(run("--policy", file.toString(), "--rollout", file.toString())))
			.isEqualTo(new Arguments.Run(new RunOptions(this.temp, Path.of(out), null, file, file, null)));
	}

	@Test
	@DisplayName("--opt=value is --opt value, for every option of every command")
	void equalsFormIsSpaceForm() throws Exception {
		// given
		Path file = Files.writeString(this.temp.resolve("policy.properties"), "");
		String input = this.temp.toString();
		String out = this.temp.resolve("out").toString();
		String db = "jdbc:postgresql://db/credits?user=recon&currentSchema=team_a";
		String world = this.temp.resolve("world").toString();
		// when / then
		assertThat(parse(List.of("run", "--input=" + input, "--out=" + out, "--as-of=2026-10-31", "--policy=" + file,
				"--rollout=" + file, "--db=" + db, "--fail-on-breaks")))
			.isEqualTo(parse(List.of("run", "--input", input, "--out", out, "--as-of", "2026-10-31", "--policy",
					file.toString(), "--rollout", file.toString(), "--db", db, "--fail-on-breaks")))
			.isEqualTo(new Arguments.Run(
					new RunOptions(this.temp, Path.of(out), LocalDate.of(2026, 10, 31), file, file, db), true));
		assertThat(parse(List.of("validate", "--input=" + input, "--out=" + out, "--as-of=2026-10-31")))
			.isEqualTo(parse(List.of("validate", "--input", input, "--out", out, "--as-of", "2026-10-31")));
		assertThat(parse(List.of("generate", "--out=" + world, "--partners=3", "--months=2", "--seed=-7",
				"--usage-rows=1_000", "--inject-breaks=2")))
			.isEqualTo(parse(List.of("generate", "--out", world, "--partners", "3", "--months", "2", "--seed", "-7",
					"--usage-rows", "1_000", "--inject-breaks", "2")));
	}

	@Test
	@DisplayName("no arguments: run --input input-samples --out out")
	void noArgumentsRunTheSamples() {
		// when / then: the same outcome, whether the samples are here or not
		assertThat(outcome(List.of())).isEqualTo(outcome(List.of("run", "--input", "input-samples", "--out", "out")));
	}

	@Test
	@DisplayName("--db takes a PostgreSQL JDBC URL, in any of the driver's forms")
	void dbTakesPostgresqlUrls() {
		for (String db : List.of("jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
				"jdbc:postgresql://db.example.com/credits?user=recon&sslmode=require&currentSchema=team_a",
				"jdbc:postgresql://db.example.com:6543/credits", "jdbc:postgresql://primary,standby:5433/credits",
				"jdbc:postgresql://[::1]:5432/credits", "jdbc:postgresql://localhost/", "jdbc:postgresql:credits",
				"jdbc:postgresql:credits?user=recon",
				"jdbc:postgresql://srv.postgres.database.azure.com:5432/credits?user=recon@srv&sslmode=require")) {
			// when
			Arguments.Run run = (Arguments.Run) parse(run("--db", db));
			// then
			assertThat(run.options().db()).as(db).isEqualTo(db);
		}
	}

	@Test
	@DisplayName("N3: any other --db is a bad command line, naming the expected form, never showing a password")
	void dbRefusesAnythingElse() {
		List<String[]> cases = List.of(new String[] { "jdbc:hsqldb:file:/tmp/store", "jdbc:hsqldb:file:/tmp/store" },
				new String[] { "postgresql://db/credits", "postgresql://db/credits" },
				new String[] { "jdbc:postgres://db/credits", "jdbc:postgres://db/credits" },
				new String[] { "jdbc:postgresql://db", "jdbc:postgresql://db" },
				new String[] { "jdbc:postgresql://db:99999/credits", "jdbc:postgresql://db:99999/credits" },
				new String[] { "jdbc:postgresql://db:x/credits", "jdbc:postgresql://db:x/credits" },
				// a password with a slash is not seen as one, but masked all the same
				new String[] { "jdbc:postgresql://recon:s3/cret@db/credits",
						"jdbc:postgresql://recon:***@db/credits" });
		for (String[] db : cases) {
			// when / then
			assertThatThrownBy(() -> parse(run("--db", db[0]))).as(db[0])
				.isInstanceOf(UsageException.class)
				.hasMessage("run: --db '" + db[1] + "' is not a PostgreSQL JDBC URL; expected " + EXPECTED_URL)
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("s3/cret"));
		}
		assertThatThrownBy(() -> parse(run("--db", ""))).hasMessage("run: --db needs a value (try run --help)");
	}

	@Test
	@DisplayName("N3: a --db with a password, in any form, is refused naming the part, never the password or the URL")
	void dbWithPasswordRefused() {
		List<String[]> cases = List.of(
				new String[] { "jdbc:postgresql://db/credits?user=recon&password=s3cret", "password=" },
				new String[] { "jdbc:postgresql://db/credits?password=s3cret&user=recon", "password=" },
				new String[] { "jdbc:postgresql://db/credits?password=s3cret&user", "password=" },
				new String[] { "jdbc:postgresql://db/credits?sslmode=verify-full&sslpassword=s3cret", "sslpassword=" },
				new String[] { "jdbc:postgresql://db/credits?PassWord=s3cret", "PassWord=" },
				new String[] { "jdbc:postgresql://db/credits?pwd=s3cret", "pwd=" },
				new String[] { "jdbc:postgresql:credits?user=recon&passwd=s3cret", "passwd=" },
				new String[] { "jdbc:postgresql://db/credits?sslkeypassword=s3cret", "sslkeypassword=" },
				new String[] { "jdbc:postgresql://db/credits?password=", "password=" },
				new String[] { "jdbc:sqlserver://db;user=recon;Password=s3cret;encrypt=true", "Password=" },
				new String[] { "jdbc:postgresql://recon:s3cret@db/credits", "user:password@" },
				new String[] { "jdbc:postgresql://recon:s3cret@db:5432/credits?user=recon", "user:password@" },
				new String[] { "jdbc:mysql://recon:s3@c:r@t@db/credits?password=s3cret&user=recon", "user:password@" });
		for (String[] db : cases) {
			// when / then
			String part = db[1].endsWith("=") ? "the " + db[1] + " parameter" : "the " + db[1] + " part";
			assertThatThrownBy(() -> parse(run("--db", db[0]))).as(db[0])
				.isInstanceOf(UsageException.class)
				.hasMessage("run: --db must not carry a password (" + part + "); give it in PGPASSWORD or a PGPASSFILE")
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("s3cret")
					.doesNotContain("s3@c:r@t")
					.doesNotContain(db[0]));
		}
	}

	@Test
	@DisplayName("N3: a bad --db is exit 2 and one line, before the store is opened or anything is written")
	void badDbIsExitTwo() {
		// given
		Path out = this.temp.resolve("out");
		// when
		RunCommand refused = RunCommand.run("run", "--input", this.temp.toString(), "--out", out.toString(), "--db",
				"jdbc:mysql://db/credits");
		RunCommand password = RunCommand.run("run", "--input", this.temp.toString(), "--out", out.toString(),
				"--db=jdbc:postgresql://recon:s3cret@db/credits");
		// then
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err.lines()).singleElement()
			.isEqualTo("credits-recon: run: --db 'jdbc:mysql://db/credits' is not a PostgreSQL JDBC URL;" + " expected "
					+ EXPECTED_URL);
		assertThat(password.exitCode).as(password.toString()).isEqualTo(2);
		assertThat(password.err.lines()).singleElement()
			.isEqualTo("credits-recon: run: --db must not carry a password (the user:password@ part);"
					+ " give it in PGPASSWORD or a PGPASSFILE");
		assertThat(password.out + password.err).doesNotContain("s3cret");
		assertThat(out).doesNotExist();
	}

	@Test
	@DisplayName("CREDITS_RECON_DB is the default of --db; an explicit --db wins; a blank one is none")
	void dbFromTheEnvironment() {
		// given
		String shared = "jdbc:postgresql://db/credits?user=recon";
		String mine = "jdbc:postgresql://localhost/mine";
		// when
		Arguments.Run fromVariable = (Arguments.Run) parse(run(), Map.of("CREDITS_RECON_DB", shared));
		Arguments.Run explicit = (Arguments.Run) parse(run("--db", mine), Map.of("CREDITS_RECON_DB", shared));
		Arguments.Run blank = (Arguments.Run) parse(run(), Map.of("CREDITS_RECON_DB", " "));
		Arguments.Run none = (Arguments.Run) parse(run(), Map.of());
		// then
		assertThat(fromVariable.options().db()).isEqualTo(shared);
		assertThat(explicit.options().db()).isEqualTo(mine);
		assertThat(blank.options().db()).isNull();
		assertThat(none.options().db()).isNull();
	}

	@Test
	@DisplayName("N3: a CREDITS_RECON_DB with a password, or not a PostgreSQL URL, is refused naming the variable")
	void dbVariableChecked() {
		// given
		Map<String, String> password = Map.of("CREDITS_RECON_DB",
				"jdbc:postgresql://db/credits?user=recon&password=s3cret");
		Map<String, String> mysql = Map.of("CREDITS_RECON_DB", "jdbc:mysql://db/credits");
		// when / then
		assertThatThrownBy(() -> parse(run(), password))
			.hasMessage("run: CREDITS_RECON_DB must not carry a password (the password= parameter);"
					+ " give it in PGPASSWORD or a PGPASSFILE")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("s3cret"));
		assertThatThrownBy(() -> parse(run(), mysql))
			.hasMessage("run: CREDITS_RECON_DB 'jdbc:mysql://db/credits' is not a PostgreSQL JDBC URL; expected "
					+ EXPECTED_URL);
		// an explicit --db wins: the variable is not even read
		assertThat(((Arguments.Run) parse(run("--db", "jdbc:postgresql:credits"), password)).options().db())
			.isEqualTo("jdbc:postgresql:credits");
	}

	@Test
	@DisplayName("validate takes run's options but --db and --fail-on-breaks, and never the store's variable")
	void validateOptions() throws Exception {
		// given
		Path file = Files.writeString(this.temp.resolve("policy.properties"), "");
		String input = this.temp.toString();
		String out = this.temp.resolve("out").toString();
		Map<String, String> shared = Map.of("CREDITS_RECON_DB", "jdbc:postgresql://db/credits");
		// when
		Arguments.Request validate = parse(List.of("validate", "--input", input, "--out", out, "--as-of", "2026-10-31",
				"--policy", file.toString(), "--rollout", file.toString()), shared);
		// then
		assertThat(validate).isEqualTo(new Arguments.Validate(
				new RunOptions(this.temp, Path.of(out), LocalDate.of(2026, 10, 31), file, file, null)));
		assertThatThrownBy(() -> parse(
				List.of("validate", "--input", input, "--out", out, "--db", "jdbc:postgresql://db/credits")))
			.hasMessage("validate: unknown option '--db' (try validate --help)");
		assertThatThrownBy(() -> parse(List.of("validate", "--input", input, "--out", out, "--fail-on-breaks")))
			.hasMessage("validate: unknown option '--fail-on-breaks' (try validate --help)");
		assertThatThrownBy(() -> parse(List.of("validate", "--out", out)))
			.hasMessage("validate: --input is required (try validate --help)");
		assertThatThrownBy(() -> parse(List.of("validate", "--input", input, "--out", out, "--as-of", "2026-1-31")))
			.hasMessage("validate: --as-of '2026-1-31' is not a date yyyy-MM-dd with a four-digit year");
	}

	@Test
	@DisplayName("an unknown command or option, a missing value: one line, exit 2, naming the help to read")
	void unknownOrMissingIsOneLine() {
		// given
		String input = this.temp.toString();
		String out = this.temp.resolve("out").toString();
		List<List<String>> lines = List.of(List.of("frobnicate"), List.of("--colour"),
				List.of("run", "--input", input, "--out", out, "--colour", "red"),
				List.of("run", "--input", input, "--out", out, "--colour=red"),
				List.of("validate", "--input", input, "--out", out, "--partners", "2"),
				List.of("generate", "--out", out, "--partners", "2", "--input", input), List.of("run", "--input"),
				List.of("run", "--input", "--out", out), List.of("run", "--input=", "--out", out),
				List.of("validate", "--input", input, "--out"), List.of("generate", "--out", out, "--partners"),
				List.of("run", "--input", input, "--out", out, "extra"),
				List.of("run", "--input", input, "--out", out, "--out", out), List.of("help", "frobnicate"));
		List<String> expected = List.of("unknown command 'frobnicate' (try --help)",
				"unknown option '--colour' (try --help)", "run: unknown option '--colour' (try run --help)",
				"run: unknown option '--colour' (try run --help)",
				"validate: unknown option '--partners' (try validate --help)",
				"generate: unknown option '--input' (try generate --help)",
				"run: --input needs a value (try run --help)", "run: --input needs a value (try run --help)",
				"run: --input needs a value (try run --help)", "validate: --out needs a value (try validate --help)",
				"generate: --partners needs a value (try generate --help)",
				"run: unexpected argument 'extra' (try run --help)",
				"run: --out is given more than once (try run --help)",
				"help: unknown command 'frobnicate' (try --help)");
		for (int i = 0; i < lines.size(); i++) {
			// when
			RunCommand run = RunCommand.run(lines.get(i).toArray(String[]::new));
			// then
			assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
			assertThat(run.err.lines()).as(lines.get(i).toString())
				.containsExactly("credits-recon: " + expected.get(i));
			assertThat(run.out).isEmpty();
		}
		assertThat(Path.of(out)).doesNotExist();
	}

	@Test
	@DisplayName("an argument beginning with @ is a path, not a file of arguments to read")
	void noArgumentFiles() throws Exception {
		// given
		Path arguments = Files.writeString(this.temp.resolve("arguments.txt"), "--help\n");
		String out = this.temp.resolve("out").toString();
		// when / then
		assertThatThrownBy(() -> parse(List.of("run", "--input", "@" + arguments, "--out", out)))
			.hasMessage("run: --input @" + arguments + " is not a folder");
	}

	@Test
	@DisplayName("generate: --inject-breaks up to the world's room passes the command line; one more is refused at once")
	void injectBreaksBoundedByTheWorld() {
		// given: one partner over 12 months has room for at most 204 faults (FaultRoom)
		String out = this.temp.resolve("world").toString();
		// when
		Arguments.Request atBound = parse(
				List.of("generate", "--out", out, "--partners", "1", "--months", "12", "--inject-breaks", "204"));
		// then
		assertThat(((Arguments.Generate) atBound).options().faults()).isEqualTo(204);
		assertThatThrownBy(() -> parse(
				List.of("generate", "--out", out, "--partners", "1", "--months", "12", "--inject-breaks", "205")))
			.isInstanceOf(UsageException.class)
			.hasMessage("generate: --inject-breaks 205 is more than a world of 1 partner over 12 months has room for"
					+ " (at most 204: a fault needs a lot, a benefit or a month of transactions of its own);"
					+ " ask for fewer, or for more partners");
	}

	@Test
	@DisplayName("generate: an --out under a file, not a folder, is refused at once")
	void outUnderAFile() throws Exception {
		// given
		Path file = Files.writeString(this.temp.resolve("notes.txt"), "x");
		String out = file.resolve("world").toString();
		// when / then
		assertThatThrownBy(() -> parse(List.of("generate", "--out", out, "--partners", "1")))
			.isInstanceOf(UsageException.class)
			.hasMessage("generate: --out " + out + " cannot be made: " + file + " is a file, not a folder");
	}

	private static Arguments.Request parse(List<String> args) {
		return parse(args, Map.of());
	}

	private static Arguments.Request parse(List<String> args, Map<String, String> environment) {
		return Arguments.parse(args, environment);
	}

	/** What a command line gives: its request, or its refusal's message. */
	private static Object outcome(List<String> args) {
		try {
			return parse(args);
		}
		catch (UsageException ex) {
			return ex.getMessage();
		}
	}

	private List<String> run(String... more) {
		List<String> args = new ArrayList<>(
				List.of("run", "--input", this.temp.toString(), "--out", this.temp.resolve("out").toString()));
		args.addAll(List.of(more));
		return args;
	}

}
