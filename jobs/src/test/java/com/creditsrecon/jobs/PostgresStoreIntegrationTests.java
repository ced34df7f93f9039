package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * {@code --db} against a real PostgreSQL: the store's schema and the job repository are
 * plain SQL that PostgreSQL accepts. Runs only with {@code -Ppostgres} (as .ci/run does),
 * against {@code CREDITS_RECON_PG_URL}, each test in a schema of its own.
 */
@Tag("postgres")
class PostgresStoreIntegrationTests {

	private static final String URL = System.getenv()
		.getOrDefault("CREDITS_RECON_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	@TempDir
	Path temp;

	private String schema;

	@BeforeEach
	void createSchema() throws SQLException {
		this.schema = "cr_it_" + Long.toHexString(System.nanoTime());
		sql("CREATE SCHEMA " + this.schema);
	}

	@AfterEach
	void dropSchema() throws SQLException {
		sql("DROP SCHEMA " + this.schema + " CASCADE");
	}

	@Test
	@DisplayName("--db: the run imports into PostgreSQL, and the same command twice gives the same ledger")
	void runImportsIntoPostgres() throws SQLException {
		// given
		Path input = this.temp.resolve("in");
		InputFolder.minimal(input)
			.file("usage/2026-10-05-export/part_1.csv", InputFolder.FOCUS_HEADER + "\n"
					+ "1.25,USD,2026-10-01,Usage,2026-10-02,Microsoft,/subscriptions/S1,BP1,c1,Virtual Machines\n"
					+ "2.50,USD,2026-10-01,Usage,2026-10-02,Microsoft,/subscriptions/S1,BP1,c2,Virtual Machines\n")
			.file("usage/2026-10-05-export/part_2.csv",
					InputFolder.FOCUS_HEADER + "\n" + "4.00,USD,2026-10-01,Usage,2026-10-03,AWS,S9,BP2,c3,EC2\n");
		String db = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
		Path out = this.temp.resolve("out");
		// when
		RunCommand first = RunCommand.run(input, out, "--db", db);
		JsonNode firstInputs = RunCommand.runJson(out).get("inputs");
		RunCommand second = RunCommand.run(input, out, "--db", db);
		// then
		assertThat(first.exitCode).as(first.toString()).isZero();
		assertThat(second.exitCode).as(second.toString()).isZero();
		assertThat(RunCommand.runJson(out).get("inputs")).isEqualTo(firstInputs);
		assertThat(query("SELECT COUNT(*) FROM " + this.schema + ".cr_partners")).isEqualTo("2");
		assertThat(StoreQueries.usageInEffect(out)).isEqualByComparingTo("7.75");
		assertThat(query("SELECT COUNT(*) FROM " + this.schema + ".batch_job_execution WHERE status = 'COMPLETED'"))
			.isEqualTo("2");
		assertThat(out.resolve(".store/store.script")).doesNotExist();
	}

	private void sql(String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL); Statement s = connection.createStatement()) {
			s.execute(statement);
		}
	}

	private String query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL);
				Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
