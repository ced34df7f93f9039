package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's password stays secret: it comes from the environment only, and shows in no
 * message, log line, output or job parameter; a store that cannot be used as named says
 * so in one line.
 */
class StoreSecretsFunctionalTests {

	/** A password no output could hold by chance. */
	private static final String CANARY = "Canary-7f3a9c";

	@TempDir
	Path temp;

	@Test
	@DisplayName("a --db URL carrying a password is refused (exit 2) naming the parameter, never its value; nothing is written")
	void passwordInTheUrlIsRefused() {
		Path out = this.temp.resolve("out");
		RunCommand run = RunCommand.run("run", "--input", "../input-samples", "--out", out.toString(), "--db",
				"jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=" + CANARY);
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).singleElement().asString().contains("password").doesNotContain(CANARY);
		assertThat(run.out).doesNotContain(CANARY);
		assertThat(out).doesNotExist();
	}

	@Test
	@Tag("postgres")
	@DisplayName("PGPASSWORD is the password: the run completes, and the password is in no output, log, message or job parameter")
	void passwordFromTheEnvironmentShowsNowhere() throws SQLException {
		String schema = "cr_secret_" + Long.toHexString(System.nanoTime());
		CrashRestartFunctionalTests.Postgres.execute("CREATE SCHEMA " + schema);
		try {
			Path out = this.temp.resolve("out");
			ChildRun.Outcome run = ChildRun.run(this.temp.resolve("logs"), Map.of("PGPASSWORD", CANARY), "run",
					"--input", Path.of("../input-samples").toAbsolutePath().toString(), "--out", out.toString(), "--db",
					CrashRestartFunctionalTests.Postgres.url(schema));
			assertThat(run.exitCode()).as(run.toString()).isZero();
			assertThat(run.out() + run.err()).doesNotContain(CANARY);
			assertThat(filesContaining(out, CANARY)).isEmpty();
			assertThat(storeTextContaining(schema, CANARY)).isEmpty();
			assertThat(storeText(schema, "SELECT parameter_name FROM batch_job_execution_params")).doesNotContain("db");
		}
		finally {
			CrashRestartFunctionalTests.Postgres.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	@Test
	@DisplayName("a store that cannot be reached fails in one line (exit 1) that holds neither the password nor a stack trace")
	void unreachableStoreSaysSoInOneLine() {
		Path out = this.temp.resolve("out");
		ChildRun.Outcome run = ChildRun.run(this.temp.resolve("logs"), Map.of("PGPASSWORD", CANARY), "run", "--input",
				Path.of("../input-samples").toAbsolutePath().toString(), "--out", out.toString(), "--db",
				"jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=5");
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.startsWith("credits-recon: cannot connect to the store jdbc:postgresql://127.0.0.1:1/test");
		assertThat(run.out() + run.err()).doesNotContain(CANARY).doesNotContain("\tat ");
		assertThat(filesContaining(out, CANARY)).isEmpty();
		assertThat(out.resolve("run.log")).content().contains("Cannot connect to the store");
	}

	@Test
	@Tag("postgres")
	@DisplayName("a PostgreSQL schema that does not exist and that the user may not make fails the run (exit 1) in one line saying why; the database is left alone")
	void schemaTheUserMayNotMakeSaysSoInOneLine() throws SQLException {
		String schema = "cr_missing_" + Long.toHexString(System.nanoTime());
		String role = "cr_no_create_" + Long.toHexString(System.nanoTime());
		CrashRestartFunctionalTests.Postgres.execute("CREATE ROLE " + role + " LOGIN");
		try {
			Path out = this.temp.resolve("out");
			String url = CrashRestartFunctionalTests.Postgres.url(schema).replaceFirst("user=[^&]*", "user=" + role);
			RunCommand run = RunCommand.run("run", "--input", "../input-samples", "--out", out.toString(), "--db",
					url.contains("user=") ? url : url + "&user=" + role);
			assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
			assertThat(run.err.lines()).singleElement()
				.asString()
				.startsWith("credits-recon: cannot migrate the store jdbc:postgresql:")
				.contains("permission denied for database");
			assertThat(storeText("public", "SELECT nspname FROM pg_namespace WHERE nspname = '" + schema + "'"))
				.isEmpty();
		}
		finally {
			CrashRestartFunctionalTests.Postgres.execute("DROP ROLE " + role);
		}
	}

	/** The files under {@code folder} that hold {@code text}. */
	private static List<Path> filesContaining(Path folder, String text) {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> found = new ArrayList<>();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
					found.add(file);
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every text value of the job repository's tables that holds {@code text}. */
	private static List<String> storeTextContaining(String schema, String text) throws SQLException {
		List<String> found = new ArrayList<>();
		for (String table : List.of("batch_job_execution_params", "batch_job_execution_context",
				"batch_step_execution_context", "batch_job_execution", "batch_step_execution")) {
			found.addAll(storeText(schema, "SELECT t::text FROM " + table + " t").stream()
				.filter(row -> row.contains(text))
				.toList());
		}
		return found;
	}

	private static List<String> storeText(String schema, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(CrashRestartFunctionalTests.Postgres.url(schema));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

}
