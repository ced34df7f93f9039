package com.creditsrecon.jobs.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows inserted in JDBC batches as they come, {@value #SIZE} at a time, so that a work
 * table of any size fills in bounded memory. Each batch is a statement of its own: use it
 * outside chunk transactions.
 */
public final class BatchInsert {

	private static final int SIZE = 5_000;

	private final JdbcTemplate jdbc;

	private final String insert;

	private final List<Object[]> rows = new ArrayList<>();

	private long count;

	/**
	 * @param insert an {@code INSERT} with one parameter per value of a row
	 */
	public BatchInsert(JdbcTemplate jdbc, String insert) {
		this.jdbc = jdbc;
		this.insert = insert;
	}

	public void add(Object... values) {
		this.rows.add(values);
		if (this.rows.size() == SIZE) {
			flush();
		}
	}

	/** Writes what is left; the rows added in all. */
	public long flush() {
		if (!this.rows.isEmpty()) {
			this.jdbc.batchUpdate(this.insert, this.rows);
			this.count += this.rows.size();
			this.rows.clear();
		}
		return this.count;
	}

}
