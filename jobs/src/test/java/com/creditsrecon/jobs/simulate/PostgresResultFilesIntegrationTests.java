package com.creditsrecon.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.LocaleAwarePostgres;

/**
 * The same hand-made results give the same output bytes from PostgreSQL, in a database
 * whose default collation follows a locale, as from HSQLDB: text sorts by code point on
 * both. Runs only with {@code -Ppostgres}.
 */
@Tag("postgres")
class PostgresResultFilesIntegrationTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("T4: the result files sort by code point on PostgreSQL as on HSQLDB")
	void sameBytesAsHsqldb() throws IOException, SQLException {
		// given
		Path embedded = this.temp.resolve("hsqldb");
		Path shared = this.temp.resolve("postgres");
		HandMadeResults.writeFiles(HandMadeResults.write(
				new SimpleDriverDataSource(new JDBCDriver(),
						"jdbc:hsqldb:mem:results-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", ""),
				this.temp.resolve("hsqldb-store")), embedded);
		try (LocaleAwarePostgres postgres = LocaleAwarePostgres.create()) {
			String url = postgres.urlWithSchema("cr_it_" + Long.toHexString(System.nanoTime()));
			// when
			HandMadeResults.writeFiles(
					HandMadeResults.write(new SimpleDriverDataSource(new Driver(), url), this.temp.resolve("pg-store")),
					shared);
		}
		// then
		for (String file : new String[] { "benefits.csv", "lots.csv", "events.csv", "decisions.csv", "eligibility.csv",
				"consumption.csv", "revocations.csv", "rollforward.csv" }) {
			assertThat(Files.readString(shared.resolve(file))).as(file)
				.isEqualTo(Files.readString(embedded.resolve(file)));
		}
	}

}
