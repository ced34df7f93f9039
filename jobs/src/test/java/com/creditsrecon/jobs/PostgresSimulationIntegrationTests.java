package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T4 across stores: the simulation's and the reconciliation's output files of
 * input-samples are byte for byte the same from the embedded HSQLDB store and from
 * PostgreSQL, in a database whose collation follows a locale. Runs only with
 * {@code -Ppostgres}.
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

	@Test
	@DisplayName("T4: input-samples with hand-made reported extracts reconciled on HSQLDB and on PostgreSQL: the same bytes")
	void sameReconciliationOnBothStores() throws IOException, SQLException {
		// given
		Path baseline = this.temp.resolve("baseline");
		assertThat(RunCommand.run(Path.of("../input-samples"), baseline, "--as-of", HandMadeReports.AS_OF).exitCode)
			.isZero();
		Path input = HandMadeReports.handMade(Path.of("../input-samples"), baseline, this.temp.resolve("hand-made"));
		Path embedded = this.temp.resolve("hsqldb");
		Path shared = this.temp.resolve("postgres");
		try (LocaleAwarePostgres postgres = LocaleAwarePostgres.create()) {
			String db = postgres.urlWithSchema("cr_it_" + Long.toHexString(System.nanoTime()));
			// when
			RunCommand onHsqldb = RunCommand.run(input, embedded, "--as-of", HandMadeReports.AS_OF);
			RunCommand onPostgres = RunCommand.run(input, shared, "--db", db, "--as-of", HandMadeReports.AS_OF);
			// then
			assertThat(onHsqldb.exitCode).as(onHsqldb.toString()).isZero();
			assertThat(onPostgres.exitCode).as(onPostgres.toString()).isZero();
			List<String> files = new ArrayList<>(FILES);
			files.addAll(List.of("reconciliation/breaks.csv", "reconciliation/summary.csv"));
			for (String file : files) {
				assertThat(Files.readAllBytes(shared.resolve(file))).as(file)
					.isEqualTo(Files.readAllBytes(embedded.resolve(file)));
			}
			assertThat(RunCommand.lines(shared.resolve("reconciliation/breaks.csv"))).hasSize(21);
			assertThat(RunCommand.runJson(shared).get("breaks")).isEqualTo(RunCommand.runJson(embedded).get("breaks"));
		}
	}

}
