package com.creditsrecon.jobs.nightly;

import static com.creditsrecon.jobs.nightly.HistoryNights.A;
import static com.creditsrecon.jobs.nightly.HistoryNights.A_MOVED;
import static com.creditsrecon.jobs.nightly.HistoryNights.B;
import static com.creditsrecon.jobs.nightly.HistoryNights.C;
import static com.creditsrecon.jobs.nightly.HistoryNights.D;
import static com.creditsrecon.jobs.nightly.HistoryNights.G;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_1;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_2;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_3;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * The history's migration runs on PostgreSQL as on HSQLDB, and the same nights give the
 * same table and the same history.csv on both. Runs only with {@code -Ppostgres}.
 */
@Tag("postgres")
class PostgresBreakHistoryIntegrationTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("Three nights, the second run twice, give the same table and history.csv on PostgreSQL as on HSQLDB")
	void sameHistoryAsHsqldb() throws IOException, SQLException {
		// given
		HistoryNights embedded = new HistoryNights(
				new SimpleDriverDataSource(new JDBCDriver(),
						"jdbc:hsqldb:mem:history-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", ""),
				this.temp.resolve("hsqldb"));
		Path expected = threeNights(embedded);
		try (LocaleAwarePostgres postgres = LocaleAwarePostgres.create()) {
			String url = postgres.urlWithSchema("cr_it_" + Long.toHexString(System.nanoTime()));
			HistoryNights shared = new HistoryNights(new SimpleDriverDataSource(new Driver(), url),
					this.temp.resolve("postgres"));

			// when
			Path night = threeNights(shared);

			// then
			assertThat(shared.table()).isEqualTo(embedded.table());
			assertThat(shared.nights()).isEqualTo(embedded.nights());
			assertThat(HistoryNights.read(night, "reconciliation/history.csv"))
				.isEqualTo(HistoryNights.read(expected, "reconciliation/history.csv"));
		}
	}

	private static Path threeNights(HistoryNights nights) {
		nights.night(NIGHT_1, A, B, C, G);
		nights.night(NIGHT_2, A_MOVED, B, D, G);
		nights.night(NIGHT_2, A, B, C, G);
		return nights.night(NIGHT_3, A_MOVED, D, G);
	}

}
