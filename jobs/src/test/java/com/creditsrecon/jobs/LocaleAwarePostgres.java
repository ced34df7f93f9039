package com.creditsrecon.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of its own for a test, whose default collation follows a locale
 * (ICU {@code en-US}: {@code alpha} before {@code Zeta}), so that a test shows the
 * outputs sort by code point all the same. Falls back to the database of
 * {@code CREDITS_RECON_PG_URL} when the server cannot create one.
 */
public final class LocaleAwarePostgres implements AutoCloseable {

	public static final String URL = System.getenv()
		.getOrDefault("CREDITS_RECON_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	private final String database;

	private final String url;

	private LocaleAwarePostgres(String database, String url) {
		this.database = database;
		this.url = url;
	}

	public static LocaleAwarePostgres create() throws SQLException {
		String database = "cr_it_icu_" + Long.toHexString(System.nanoTime());
		try {
			execute(URL, "CREATE DATABASE " + database
					+ " LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			return new LocaleAwarePostgres(null, URL);
		}
		int slash = URL.indexOf('/', "jdbc:postgresql://".length());
		int query = URL.indexOf('?', slash);
		String rest = query < 0 ? "" : URL.substring(query);
		return new LocaleAwarePostgres(database, URL.substring(0, slash + 1) + database + rest);
	}

	/** The JDBC URL of the database. */
	public String url() {
		return this.url;
	}

	/** The URL with a schema created for the test. */
	public String urlWithSchema(String schema) throws SQLException {
		execute(this.url, "CREATE SCHEMA " + schema);
		return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	@Override
	public void close() throws SQLException {
		if (this.database != null) {
			execute(URL, "DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
