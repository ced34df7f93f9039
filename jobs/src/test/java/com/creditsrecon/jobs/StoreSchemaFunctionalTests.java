package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.importing.RunOptions;

/**
 * The embedded store's schema is Flyway's: made by the migrations on a fresh store,
 * migrated on a store an older version wrote (its rows kept, its tables never made anew),
 * and a store of a newer version is refused as it is.
 */
class StoreSchemaFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	@TempDir
	Path temp;

	@Test
	@DisplayName("a fresh store gets its tables from the migrations: V1 in the history, no baseline")
	void freshStoreIsMadeByTheMigrations() throws SQLException {
		// given
		Path out = this.temp.resolve("out");
		// when
		RunCommand run = RunCommand.run(SAMPLES, out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(run.out).doesNotContain("migrated");
		assertThat(StoreBeforeFlyway.history(url(out), "SA")).isEqualTo(StoreBeforeFlyway.FRESH_HISTORY);
		assertThat(StoreQueries.rows(out, "SELECT COUNT(*) FROM cr_partners").get(0)).isNotEqualTo("0");
	}

	@Test
	@DisplayName("an old-version store is migrated, not recreated: its rows stay, and a run on it imports into the same tables")
	void oldVersionStoreIsMigratedNotRecreated() throws SQLException {
		// given
		Path out = this.temp.resolve("out");
		StoreBeforeFlyway.writeEmbedded(out);
		Path withoutPartners = this.temp.resolve("in");
		InputFolder.minimal(withoutPartners).delete("partners.csv");
		// when: a command opens the store, then stops before it imports (rule V3)
		RunCommand refused = RunCommand.run(withoutPartners, out);
		// then
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		assertThat(refused.out).contains("the store " + out.resolve(".store").toAbsolutePath()
				+ ", written before its schema had versions, was migrated to schema version "
				+ StoreBeforeFlyway.LATEST);
		assertThat(StoreBeforeFlyway.history(url(out), "SA")).isEqualTo(StoreBeforeFlyway.MIGRATED_HISTORY);
		assertThat(StoreQueries.rows(out, "SELECT partner_id, partner_name FROM cr_partners ORDER BY partner_id"))
			.isEqualTo(StoreBeforeFlyway.PARTNERS);
		assertThat(StoreQueries.rows(out, "SELECT path, loaded FROM cr_input_file")).containsExactly("partners.csv|2");
		assertThat(StoreQueries.rows(out, "SELECT charge_date FROM cr_usage_last_day")).containsExactly("2026-09-30");
		// when: a run imports into it
		RunCommand run = RunCommand.run(SAMPLES, out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(run.out).doesNotContain("migrated");
		assertThat(StoreBeforeFlyway.history(url(out), "SA")).isEqualTo(StoreBeforeFlyway.MIGRATED_HISTORY);
		assertThat(StoreBeforeFlyway.mark(url(out), "SA")).isEqualTo(StoreBeforeFlyway.MARK);
		assertThat(StoreQueries.rows(out, "SELECT partner_id FROM cr_partners")).doesNotContain("P-OLD-1", "P-OLD-2")
			.isNotEmpty();
	}

	@Test
	@DisplayName("a store a newer version migrated is refused (exit 2) in one line naming its version; it is left as it was")
	void newerStoreIsRefused() throws SQLException {
		// given
		Path out = this.temp.resolve("out");
		assertThat(RunCommand.run(SAMPLES, out).exitCode).isZero();
		String partners = StoreQueries.rows(out, "SELECT COUNT(*) FROM cr_partners").get(0);
		StoreQueries.execute(out,
				"INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
						+ " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
						+ " \"execution_time\", \"success\") VALUES (4, '99', 'from the future', 'SQL',"
						+ " 'V99__from_the_future.sql', 0, 'SA', CURRENT_TIMESTAMP, 1, TRUE)");
		// when
		RunCommand run = RunCommand.run(SAMPLES, out);
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).singleElement()
			.asString()
			.startsWith("credits-recon: the store " + out.resolve(".store").toAbsolutePath()
					+ " is at schema version 99 (from the future), newer than this credits-recon ")
			.endsWith(" knows (up to " + StoreBeforeFlyway.LATEST
					+ "); run a version that knows it, or name another store");
		assertThat(StoreBeforeFlyway.history(url(out), "SA")).containsExactly("1|SQL|true", "2|SQL|true", "3|SQL|true",
				"99|SQL|true");
		assertThat(StoreQueries.rows(out, "SELECT COUNT(*) FROM cr_partners")).containsExactly(partners);
	}

	@Test
	@DisplayName("a store of a development build before the first release, whose table lacks a column, is refused (exit 2) naming it; it is left as it was")
	void storeWithoutAColumnIsRefused() throws SQLException {
		// given: cr_subscriptions as builds made it before subscriptions carried their
		// partner
		Path out = this.temp.resolve("out");
		StoreQueries.execute(out, "CREATE TABLE cr_subscriptions (subscription_id VARCHAR(4000),"
				+ " billing_profile_id VARCHAR(4000), created_on DATE, source_line BIGINT NOT NULL)");
		StoreBeforeFlyway.trust(out);
		// when
		RunCommand run = RunCommand.run(SAMPLES, out);
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).singleElement()
			.asString()
			.isEqualTo("credits-recon: the store " + out.resolve(".store").toAbsolutePath()
					+ " has cr_subscriptions without the column partner_id, as no release of credits-recon made"
					+ " it (a store of a development build); delete it or name another to start afresh");
		assertThat(StoreQueries.rows(out,
				"SELECT COUNT(*) FROM information_schema.tables" + " WHERE table_name = 'flyway_schema_history'"))
			.containsExactly("0");
	}

	private static String url(Path out) {
		return new RunOptions(Path.of("."), out, null, null, null, null).jdbcUrl();
	}

}
