package com.creditsrecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.RunCommand;

/**
 * What the command line refuses at once (exit code 2, one line): only what the arguments
 * alone show to be wrong.
 */
class CommandLineTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("outputs.md: --as-of with a sign or a year of more than four digits is refused at once, naming it")
	void asOfNeedsFourDigitYear() {
		for (String asOf : List.of("+12026-10-31", "+999999999-12-31", "12026-10-31", "-2026-10-31", "+2026-10-31",
				"26-10-31", "2026-1-31", "2026-10-31T00:00", " 2026-10-31", "2026-02-30", "2026-10-31 ")) {
			// when / then
			assertThatThrownBy(() -> CommandLine.parse(run("--as-of", asOf))).as(asOf)
				.isInstanceOf(CommandLine.UsageException.class)
				.hasMessage("run: --as-of '" + asOf + "' is not a date yyyy-MM-dd with a four-digit year");
		}
	}

	@Test
	@DisplayName("outputs.md: any yyyy-MM-dd date passes the command line; how far is checked once the inputs are imported")
	void fourDigitYearsPass() {
		for (String asOf : List.of("2026-10-31", "9999-12-31", "0001-01-01", "2028-02-29")) {
			// when
			CommandLine.Run run = (CommandLine.Run) CommandLine.parse(run("--as-of", asOf));
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
	@DisplayName("--db takes a PostgreSQL JDBC URL, in any of the driver's forms")
	void dbTakesPostgresqlUrls() {
		for (String db : List.of("jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
				"jdbc:postgresql://db.example.com/credits?user=recon&password=s3cret&currentSchema=team_a",
				"jdbc:postgresql://db.example.com:6543/credits", "jdbc:postgresql://primary,standby:5433/credits",
				"jdbc:postgresql://[::1]:5432/credits", "jdbc:postgresql://localhost/", "jdbc:postgresql:credits",
				"jdbc:postgresql:credits?user=recon")) {
			// when
			CommandLine.Run run = (CommandLine.Run) CommandLine.parse(run("--db", db));
			// then
			assertThat(run.options().db()).as(db).isEqualTo(db);
		}
	}

	@Test
	@DisplayName("N3: any other --db is a bad command line, naming the expected form, never showing a password")
	void dbRefusesAnythingElse() {
		List<String[]> cases = List.of(new String[] { "jdbc:hsqldb:file:/tmp/store", "jdbc:hsqldb:file:/tmp/store" },
				new String[] { "postgresql://db/credits", "postgresql://db/credits" },
				new String[] { "jdbc:postgres://db/credits", "jdbc:postgres://db/credits" }, new String[] { "", "" },
				new String[] { "jdbc:postgresql://db", "jdbc:postgresql://db" },
				new String[] { "jdbc:postgresql://db:99999/credits", "jdbc:postgresql://db:99999/credits" },
				new String[] { "jdbc:postgresql://db:x/credits", "jdbc:postgresql://db:x/credits" },
				new String[] { "jdbc:postgresql://recon:s3cret@db/credits", "jdbc:postgresql://recon:***@db/credits" },
				new String[] { "jdbc:mysql://recon:s3/c@r@t@db/credits?password=s3cret&user=recon",
						"jdbc:mysql://recon:***@db/credits?password=***&user=recon" },
				new String[] { "jdbc:postgresql://db/credits?password=s3cret&user",
						"jdbc:postgresql://db/credits?password=***&user" },
				new String[] { "jdbc:sqlserver://db;user=recon;Password=s3cret;encrypt=true",
						"jdbc:sqlserver://db;user=recon;Password=***;encrypt=true" });
		for (String[] db : cases) {
			// when / then
			assertThatThrownBy(() -> CommandLine.parse(run("--db", db[0]))).as(db[0])
				.isInstanceOf(CommandLine.UsageException.class)
				.hasMessage("run: --db '" + db[1] + "' is not a PostgreSQL JDBC URL; expected "
						+ "jdbc:postgresql://HOST[:PORT]/DATABASE[?user=U&currentSchema=S]")
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("s3cret").doesNotContain("c@r@t"));
		}
	}

	@Test
	@DisplayName("N3: a bad --db is exit 2 and one line, before the store is opened or anything is written")
	void badDbIsExitTwo() {
		// given
		Path out = this.temp.resolve("out");
		// when
		RunCommand run = RunCommand.run("run", "--input", this.temp.toString(), "--out", out.toString(), "--db",
				"jdbc:mysql://recon:s3cret@db/credits");
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).singleElement()
			.isEqualTo("credits-recon: run: --db 'jdbc:mysql://recon:***@db/credits' is not a PostgreSQL JDBC URL;"
					+ " expected jdbc:postgresql://HOST[:PORT]/DATABASE[?user=U&currentSchema=S]");
		assertThat(run.out + run.err).doesNotContain("s3cret");
		assertThat(out).doesNotExist();
	}

	@Test
	@DisplayName("generate: --inject-breaks up to the world's room passes the command line; one more is refused at once")
	void injectBreaksBoundedByTheWorld() {
		// given: one partner over 12 months has room for at most 204 faults (FaultRoom)
		String out = this.temp.resolve("world").toString();
		// when
		CommandLine.Request atBound = CommandLine
			.parse(List.of("generate", "--out", out, "--partners", "1", "--months", "12", "--inject-breaks", "204"));
		// then
		assertThat(((CommandLine.Generate) atBound).options().faults()).isEqualTo(204);
		assertThatThrownBy(() -> CommandLine
			.parse(List.of("generate", "--out", out, "--partners", "1", "--months", "12", "--inject-breaks", "205")))
			.isInstanceOf(CommandLine.UsageException.class)
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
		assertThatThrownBy(() -> CommandLine.parse(List.of("generate", "--out", out, "--partners", "1")))
			.isInstanceOf(CommandLine.UsageException.class)
			.hasMessage("generate: --out " + out + " cannot be made: " + file + " is a file, not a folder");
	}

	private List<String> run(String... more) {
		List<String> args = new ArrayList<>(
				List.of("run", "--input", this.temp.toString(), "--out", this.temp.resolve("out").toString()));
		args.addAll(List.of(more));
		return args;
	}

}
