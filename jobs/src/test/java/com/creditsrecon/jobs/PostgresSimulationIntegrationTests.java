package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T4 across stores: the simulation's output files of input-samples are byte for byte the
 * same from the embedded HSQLDB store and from PostgreSQL, in a database whose collation
 * follows a locale. Runs only with {@code -Ppostgres}.
 */
@Tag("postgres")
class PostgresSimulationIntegrationTests {

	private static final List<String> FILES = List.of("benefits.csv", "lots.csv", "events.csv", "decisions.csv",
			"eligibility.csv", "consumption.csv", "revocations.csv", "rollforward.csv");

	@TempDir
	Path temp;

	@Test
	@DisplayName("T4: input-samples simulated on HSQLDB and on PostgreSQL give the same bytes")
	void sameBytesOnBothStores() throws IOException, SQLException {
		// given
		Path input = Path.of("../input-samples");
		Path embedded = this.temp.resolve("hsqldb");
		Path shared = this.temp.resolve("postgres");
		try (LocaleAwarePostgres postgres = LocaleAwarePostgres.create()) {
			String db = postgres.urlWithSchema("cr_it_" + Long.toHexString(System.nanoTime()));
			// when
			RunCommand onHsqldb = RunCommand.run(input, embedded);
			RunCommand onPostgres = RunCommand.run(input, shared, "--db", db);
			// then
			assertThat(onHsqldb.exitCode).as(onHsqldb.toString()).isZero();
			assertThat(onPostgres.exitCode).as(onPostgres.toString()).isZero();
			for (String file : FILES) {
				assertThat(Files.readAllBytes(shared.resolve(file))).as(file)
					.isEqualTo(Files.readAllBytes(embedded.resolve(file)));
			}
			assertThat(RunCommand.runJson(shared).get("totals")).isEqualTo(RunCommand.runJson(embedded).get("totals"));
		}
	}

}
