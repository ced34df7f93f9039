package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.creditsrecon.jobs.importing.RunOptions;

/**
 * A store as the release before Flyway left it ({@code store-before-flyway.sql}): that
 * release's tables and indexes, two partners, a ledger row and a last day of usage, no
 * schema history; and what the tests read of a store once a run migrated it.
 */
final class StoreBeforeFlyway {

	/** The rows of cr_partners the fixture holds. */
	static final List<String> PARTNERS = List.of("P-OLD-1|Kept Partner One", "P-OLD-2|Kept Partner Two");

	/** The mark on cr_partners, which a table dropped and made anew would lose. */
	static final String MARK = "written by the release before Flyway";

	/**
	 * The history of a store this release made (version, type, success): every migration,
	 * V1 the release before Flyway's tables, V2 the nightly import's record, V3 the break
	 * history.
	 */
	static final List<String> FRESH_HISTORY = List.of("1|SQL|true", "2|SQL|true", "3|SQL|true");

	/** This release's schema version. */
	static final String LATEST = "3";

	/**
	 * The history of a store of the release before Flyway, once migrated: the baseline
	 * below V1, then every migration.
	 */
	static final List<String> MIGRATED_HISTORY = List.of("0|BASELINE|true", "1|SQL|true", "2|SQL|true", "3|SQL|true");

	private StoreBeforeFlyway() {
	}

	/** Writes the store on the database of {@code url}, in its current schema. */
	static void write(String url, String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements()) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Writes the store as the embedded one of {@code out}, with the mark every run of
	 * that release left on it (a store without it is taken for one a full disk spoiled).
	 */
	static void writeEmbedded(Path out) throws SQLException {
		write(new RunOptions(Path.of("."), out, null, null, null, null).jdbcUrl(), "SA");
		trust(out);
	}

	/** The mark that a run of any release leaves on an embedded store it opened. */
	static void trust(Path out) {
		try {
			Files.createDirectories(out.resolve(".store"));
			Files.write(out.resolve(".store/trusted"), new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The schema history of the store of {@code url}, but the mark of a schema Flyway
	 * made: version, type, success.
	 */
	static List<String> history(String url, String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT \"version\", \"type\", \"success\""
						+ " FROM \"flyway_schema_history\" WHERE \"type\" <> 'SCHEMA' ORDER BY \"installed_rank\"")) {
			List<String> rows = new ArrayList<>();
			while (rs.next()) {
				// HSQLDB keeps success as a number, PostgreSQL as a boolean
				rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3));
			}
			return rows;
		}
	}

	/** Every row of a query, each row's columns joined with {@code |}. */
	static List<String> rows(String url, String user, String sql) throws SQLException {
		return StoreQueries.rows(url, user, sql);
	}

	/** The comment on cr_partners, as the driver's metadata gives it (null for none). */
	static String mark(String url, String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			String schema = connection.getSchema();
			for (String table : new String[] { "cr_partners", "CR_PARTNERS" }) {
				try (ResultSet rs = connection.getMetaData().getTables(null, schema, table, null)) {
					if (rs.next()) {
						return rs.getString("REMARKS");
					}
				}
			}
			return null;
		}
	}

	private static List<String> statements() {
		try (InputStream in = StoreBeforeFlyway.class.getResourceAsStream("store-before-flyway.sql")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String sql = String.join("\n", text.lines().filter(line -> !line.startsWith("--")).toList());
			return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
