package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule N2 as an operator meets it: the run, in a process of its own, killed outright
 * (SIGKILL: a power loss of the process) at one step after another, and run again with
 * the same command each time, ends with outputs byte-identical to an uninterrupted run's.
 * Each restart goes on from the execution that the kill left marked running, and a kill
 * of a restart is recovered as well as the first.
 */
class CrashRestartFunctionalTests {

	/**
	 * Where the kills land, in the order the run reaches them: when the run's log shows
	 * the step starting, the process is killed at once (the step under way).
	 */
	private static final List<String> KILL_POINTS = List.of("importPurchasesStep", "importUsageFileStep",
			"resolveUsageStep", "simulatePartitionStep", "checkRollforwardStep", "writeSimulationFilesStep",
			"reconcileStep", "writeReconciliationFilesStep");

	@TempDir
	static Path temp;

	@Test
	@DisplayName("rule N2: killed (SIGKILL) at eight points of a run on the embedded store, each time run again: the same outputs")
	void killedAtEightPointsRestartsToTheSameOutputs() throws IOException {
		Path out = temp.resolve("killed-hsqldb");
		killAtEveryPointThenComplete(out, SharedWorld.get().run(out));
		assertThat(PublishedOutputs.of(out)).isEqualTo(SharedWorld.get().uninterrupted());
	}

	@Test
	@Tag("postgres")
	@DisplayName("rule N2: killed (SIGKILL) at eight points of a run on PostgreSQL, each time run again: the same outputs")
	void killedAtEightPointsOnPostgresRestartsToTheSameOutputs() throws SQLException, IOException {
		String schema = "cr_kill_" + Long.toHexString(System.nanoTime());
		Postgres.execute("CREATE SCHEMA " + schema);
		try {
			Path out = temp.resolve("killed-postgres");
			killAtEveryPointThenComplete(out, SharedWorld.get().run(out, "--db", Postgres.url(schema)));
			assertThat(PublishedOutputs.of(out)).isEqualTo(SharedWorld.get().uninterrupted());
		}
		finally {
			Postgres.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private static void killAtEveryPointThenComplete(Path out, String... args) throws IOException {
		int attempt = 0;
		for (String step : KILL_POINTS) {
			Path logs = temp.resolve("logs-" + out.getFileName() + "-" + attempt++);
			ChildRun run = ChildRun.start(logs, Map.of(), args);
			run.awaitLine(out.resolve("run.log"), "Executing step: [" + step);
			if (attempt > 1) {
				// the execution the last kill left running, recovered by Spring Batch
				assertThat(out.resolve("run.log")).content().contains("Recovering job execution");
			}
			run.kill();
			assertThat(out.resolve("_SUCCESS")).as("killed in %s", step).doesNotExist();
			// the next run's log, not this one's, tells when to kill it
			Files.move(out.resolve("run.log"), logs.resolve("run.log"));
		}
		ChildRun.Outcome last = ChildRun.run(temp.resolve("logs-" + out.getFileName() + "-last"), Map.of(), args);
		assertThat(last.exitCode()).as(last.toString()).isZero();
		assertThat(out.resolve("_SUCCESS")).exists();
		assertThat(last.err()).isEmpty();
	}

	/** The tests' PostgreSQL, each test in a schema of its own. */
	static final class Postgres {

		static final String URL = System.getenv()
			.getOrDefault("CREDITS_RECON_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

		static String url(String schema) {
			return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}

		static void execute(String statement) throws SQLException {
			try (Connection connection = DriverManager.getConnection(URL);
					Statement sql = connection.createStatement()) {
				sql.execute(statement);
			}
		}

	}

}
