package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's schema on PostgreSQL: a store of the release before Flyway is migrated, not
 * recreated, and each team ({@code currentSchema}) has a schema of its own, made by its
 * first run, holding its schema history, its tables and its job repository. Runs only
 * with {@code -Ppostgres}, against {@code CREDITS_RECON_PG_URL}.
 */
@Tag("postgres")
class PostgresStoreSchemaIntegrationTests {

	private static final String URL = System.getenv()
		.getOrDefault("CREDITS_RECON_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	private static final Path SAMPLES = Path.of("../input-samples");

	@TempDir
	Path temp;

	private final String suffix = Long.toHexString(System.nanoTime());

	@AfterEach
	void dropSchemas() throws SQLException {
		for (String schema : List.of("cr_old_", "cr_team_a_", "cr_team_b_")) {
			sql("DROP SCHEMA IF EXISTS " + schema + this.suffix + " CASCADE");
		}
	}

	@Test
	@DisplayName("an old-version store is migrated, not recreated: its rows stay, and a run on it imports into the same tables")
	void oldVersionStoreIsMigratedNotRecreated() throws SQLException {
		// given
		String schema = "cr_old_" + this.suffix;
		sql("CREATE SCHEMA " + schema);
		String db = url(schema);
		StoreBeforeFlyway.write(db, null);
		Path out = this.temp.resolve("out");
		Path withoutPartners = this.temp.resolve("in");
		InputFolder.minimal(withoutPartners).delete("partners.csv");
		// when: a command opens the store, then stops before it imports (rule V3)
		RunCommand refused = RunCommand.run(withoutPartners, out, "--db", db);
		// then
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		assertThat(StoreBeforeFlyway.history(db, null)).isEqualTo(StoreBeforeFlyway.MIGRATED_HISTORY);
		assertThat(StoreBeforeFlyway.rows(db, null, "SELECT partner_id, partner_name FROM cr_partners ORDER BY 1"))
			.isEqualTo(StoreBeforeFlyway.PARTNERS);
		assertThat(StoreBeforeFlyway.rows(db, null, "SELECT path, loaded FROM cr_input_file"))
			.containsExactly("partners.csv|2");
		// when: a run imports into it
		RunCommand run = RunCommand.run(SAMPLES, out, "--db", db);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(StoreBeforeFlyway.history(db, null)).isEqualTo(StoreBeforeFlyway.MIGRATED_HISTORY);
		assertThat(StoreBeforeFlyway.mark(db, null)).isEqualTo(StoreBeforeFlyway.MARK);
		assertThat(StoreBeforeFlyway.rows(db, null, "SELECT partner_id FROM cr_partners")).isNotEmpty()
			.doesNotContain("P-OLD-1", "P-OLD-2");
	}

	@Test
	@DisplayName("two teams, two schemas: each made by its first run, each with its own history, tables and job repository")
	void eachTeamHasASchemaOfItsOwn() throws SQLException {
		// given
		String teamA = "cr_team_a_" + this.suffix;
		String teamB = "cr_team_b_" + this.suffix;
		Path minimal = this.temp.resolve("in");
		InputFolder.minimal(minimal);
		// when
		RunCommand a = RunCommand.run(minimal, this.temp.resolve("out-a"), "--db", url(teamA));
		RunCommand b = RunCommand.run(SAMPLES, this.temp.resolve("out-b"), "--db", url(teamB));
		RunCommand again = RunCommand.run(minimal, this.temp.resolve("out-a"), "--db", url(teamA));
		// then
		assertThat(a.exitCode).as(a.toString()).isZero();
		assertThat(b.exitCode).as(b.toString()).isZero();
		assertThat(again.exitCode).as(again.toString()).isZero();
		assertThat(a.out).contains("--db: the schema " + teamA + " did not exist; made it, with the store's tables");
		assertThat(again.out).doesNotContain("did not exist");
		for (String table : List.of("flyway_schema_history", "cr_partners", "cr_input_file", "batch_job_execution")) {
			assertThat(StoreBeforeFlyway.rows(URL, null,
					"SELECT table_schema FROM information_schema.tables WHERE table_name = '" + table
							+ "' AND table_schema IN ('" + teamA + "', '" + teamB + "') ORDER BY 1"))
				.as(table)
				.containsExactly(teamA, teamB);
		}
		assertThat(StoreBeforeFlyway.history(url(teamA), null)).isEqualTo(StoreBeforeFlyway.FRESH_HISTORY);
		assertThat(StoreBeforeFlyway.history(url(teamB), null)).isEqualTo(StoreBeforeFlyway.FRESH_HISTORY);
		assertThat(StoreBeforeFlyway.rows(url(teamA), null, "SELECT partner_id FROM cr_partners ORDER BY 1"))
			.containsExactly("P1", "P2");
		assertThat(StoreBeforeFlyway.rows(url(teamB), null, "SELECT partner_id FROM cr_partners")).isNotEmpty()
			.doesNotContain("P1", "P2");
		assertThat(StoreBeforeFlyway.rows(url(teamA), null, "SELECT COUNT(*) FROM batch_job_execution"))
			.containsExactly("2");
		assertThat(StoreBeforeFlyway.rows(url(teamB), null, "SELECT COUNT(*) FROM batch_job_execution"))
			.containsExactly("1");
	}

	private static String url(String schema) {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void sql(String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL); Statement s = connection.createStatement()) {
			s.execute(statement);
		}
	}

}
