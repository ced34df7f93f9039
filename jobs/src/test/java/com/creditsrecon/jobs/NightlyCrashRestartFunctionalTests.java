package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules N1 and N2 for a night: the second of two nights, in a process of its own, killed
 * outright (SIGKILL) at one step after another and run again with the same command each
 * time, ends with the outputs of an uninterrupted second night, and what it imported
 * before a kill is not imported again.
 */
class NightlyCrashRestartFunctionalTests {

	/**
	 * Where the kills land, in the order the night reaches them: the run.log line after
	 * which each comes. The last is the job's end, before the night is published: on
	 * PostgreSQL the job is then complete in the store, and the night that follows is a
	 * new run of the same night; on HSQLDB a kill can take the last half second of
	 * commits with it (its write delay), and the night is then a restart. CI's first kill
	 * in breakHistoryStep, on a loaded machine, landed after the end and found the new
	 * run of the same night listing nothing as imported.
	 */
	private static final List<String> KILL_POINTS = List.of("Executing step: [importUsageFileStep",
			"Executing step: [resolveUsageStep", "Executing step: [simulatePartitionStep",
			"Executing step: [reconcileStep", "Executing step: [breakHistoryStep",
			"and the following status: [COMPLETED]");

	/**
	 * The points about a second before the night is published (the last step is short,
	 * the report takes a second): on a loaded machine a kill there can land after it.
	 */
	private static final List<String> NEAR_PUBLICATION = KILL_POINTS.subList(KILL_POINTS.size() - 2,
			KILL_POINTS.size());

	private static final String FIRST = "2026-10-30";

	private static final String SECOND = "2026-10-31";

	@TempDir
	static Path temp;

	private static Path firstInput;

	private static Path secondInput;

	private static Map<String, String> uninterrupted;

	/**
	 * The shared world as two nights: the first without its last usage export, the second
	 * with every file; and the second night's outputs when nothing kills it.
	 */
	@BeforeAll
	static void twoNights() throws IOException {
		Path world = SharedWorld.get().input();
		firstInput = linkedCopy(world, temp.resolve("first"), "usage/" + SECOND + "-export");
		secondInput = linkedCopy(world, temp.resolve("second"), null);
		Path root = temp.resolve("uninterrupted");
		assertThat(nightly(firstInput, root, FIRST).exitCode).isZero();
		// in a process of its own, as the killed night's last attempt: the charts of a
		// JVM that ran the whole test suite before have been seen to differ in their
		// bytes (JIT-compiled floating point), never their data
		ChildRun.Outcome second = ChildRun.run(temp.resolve("logs-uninterrupted"), Map.of(),
				args(secondInput, root, SECOND));
		assertThat(second.exitCode()).as(second.toString()).isZero();
		uninterrupted = PublishedOutputs.of(root.resolve(SECOND));
	}

	@Test
	@DisplayName("rules N1, N2: a night killed (SIGKILL) at six points on the embedded store, each time run again: the same outputs, nothing imported twice")
	void killedNightRestartsToTheSameOutputs() throws IOException {
		Path root = temp.resolve("killed-hsqldb");
		assertThat(nightly(firstInput, root, FIRST).exitCode).isZero();

		killAtEveryPointThenComplete(root);

		assertThat(PublishedOutputs.of(root.resolve(SECOND))).isEqualTo(uninterrupted);
		assertImportedOnce(root);
	}

	@Test
	@Tag("postgres")
	@DisplayName("rules N1, N2: a night killed (SIGKILL) at six points on PostgreSQL, each time run again: the same outputs")
	void killedNightOnPostgresRestartsToTheSameOutputs() throws SQLException, IOException {
		String schema = "cr_night_kill_" + Long.toHexString(System.nanoTime());
		CrashRestartFunctionalTests.Postgres.execute("CREATE SCHEMA " + schema);
		try {
			Path root = temp.resolve("killed-postgres");
			String db = CrashRestartFunctionalTests.Postgres.url(schema);
			assertThat(nightly(firstInput, root, FIRST, "--db", db).exitCode).isZero();

			killAtEveryPointThenComplete(root, "--db", db);

			assertThat(PublishedOutputs.of(root.resolve(SECOND))).isEqualTo(uninterrupted);
		}
		finally {
			CrashRestartFunctionalTests.Postgres.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private static void killAtEveryPointThenComplete(Path root, String... more) throws IOException {
		String[] args = args(secondInput, root, SECOND, more);
		Path night = root.resolve(SECOND);
		int attempt = 0;
		for (String line : KILL_POINTS) {
			Path logs = temp.resolve("logs-" + root.getFileName() + "-" + attempt++);
			ChildRun run = ChildRun.start(logs, Map.of(), args);
			run.awaitLine(night.resolve("run.log"), line);
			run.kill();
			if (Files.exists(night.resolve("_SUCCESS"))) {
				// the kill came after the night was published: the next run repeats a
				// published night, which must give the same outputs too
				assertThat(line).as("killed after the night was published").isIn(NEAR_PUBLICATION);
			}
			Files.move(night.resolve("run.log"), logs.resolve("run.log"));
		}
		ChildRun.Outcome last = ChildRun.run(temp.resolve("logs-" + root.getFileName() + "-last"), Map.of(), args);
		assertThat(last.exitCode()).as(last.toString()).isZero();
		assertThat(night.resolve("_SUCCESS")).exists();
	}

	/**
	 * The night's run.json says it read only its new export, the store holds one record
	 * per file, and the sums in effect are those of the uninterrupted night.
	 */
	private static void assertImportedOnce(Path root) {
		JsonNode nightly = RunCommand.runJson(root.resolve(SECOND)).get("nightly");
		assertThat(nightly.get("imported").toString()).contains(SECOND + "-export").doesNotContain("partners.csv");
		assertThat(StoreQueries.rows(root, "SELECT COUNT(*), COUNT(DISTINCT file_key) FROM cr_stored_input"))
			.allSatisfy(row -> assertThat(row.split("\\|")[0]).isEqualTo(row.split("\\|")[1]));
		assertThat(StoreQueries.usageInEffect(root))
			.isEqualByComparingTo(StoreQueries.usageInEffect(temp.resolve("uninterrupted")));
	}

	private static RunCommand nightly(Path input, Path root, String asOf, String... more) {
		return RunCommand.run(args(input, root, asOf, more));
	}

	private static String[] args(Path input, Path root, String asOf, String... more) {
		List<String> args = new java.util.ArrayList<>(
				List.of("nightly", "--input", input.toString(), "--out", root.toString(), "--as-of", asOf));
		args.addAll(List.of(more));
		return args.toArray(new String[0]);
	}

	/**
	 * A copy of {@code from} made of hard links, without what is under {@code left}
	 * (relative, null for nothing).
	 */
	private static Path linkedCopy(Path from, Path to, String left) throws IOException {
		try (Stream<Path> tree = Files.walk(from)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				String path = from.relativize(file).toString().replace('\\', '/');
				if (left == null || !path.startsWith(left)) {
					Files.createDirectories(to.resolve(path).getParent());
					Files.createLink(to.resolve(path), file);
				}
			}
		}
		return to;
	}

}
