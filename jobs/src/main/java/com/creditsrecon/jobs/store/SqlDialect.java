package com.creditsrecon.jobs.store;

import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases the store runs on, and the two things their SQL must say differently:
 * how text sorts, and how a table is emptied at once. Outputs sort text by code point;
 * HSQLDB's default collation does that, PostgreSQL's default follows the locale, so text
 * columns that outputs sort by are declared {@code COLLATE "C"} there.
 */
public enum SqlDialect {

	HSQLDB(""), POSTGRESQL(" COLLATE \"C\"");

	private final String codePointCollation;

	SqlDialect(String codePointCollation) {
		this.codePointCollation = codePointCollation;
	}

	/** The store's dialect, from its driver. */
	public static SqlDialect of(JdbcTemplate jdbc) {
		String product = jdbc
			.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
		return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : HSQLDB;
	}

	/**
	 * What a run sets on the store before it starts. HSQLDB's cache of table rows is 10
	 * MB by default, less than the extracts of 10,000 partners; 64 MB of the heap holds
	 * more of the rows the partitions read partner by partner. On 10,000 partners it
	 * measured no change beyond the noise: it is sized for the larger worlds.
	 */
	public List<String> storeSettings() {
		return this == HSQLDB ? List.of("SET FILES CACHE SIZE 65536", "SET FILES CACHE ROWS 200000") : List.of();
	}

	/**
	 * The statement that removes every row of {@code table}, keeping the table and its
	 * indexes. HSQLDB's {@code TRUNCATE} without {@code AND COMMIT} is transactional and
	 * removes the rows one by one: 12.8 s on the largest extracts of 10,000 partners,
	 * against 0.04 s with it (as fast as dropping the table). PostgreSQL's is quick as it
	 * is, and knows no {@code AND COMMIT}.
	 */
	public String truncate(String table) {
		return "TRUNCATE TABLE " + table + (this == HSQLDB ? " AND COMMIT" : "");
	}

	/** The clause that makes a text column sort by code point (blank when it does). */
	public String codePointCollation() {
		return this.codePointCollation;
	}

}
