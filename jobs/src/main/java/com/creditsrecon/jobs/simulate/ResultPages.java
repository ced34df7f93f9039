package com.creditsrecon.jobs.simulate;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultTables;

/**
 * Streams a result table in the order of its key, a page at a time: each page starts
 * after the last key of the one before, by the key's index, so that neither database
 * sorts or holds a whole table (HSQLDB would sort a large ordered result in memory).
 */
public class ResultPages {

	private static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;

	private final int pageSize;

	public ResultPages(JdbcTemplate jdbc) {
		this(jdbc, PAGE);
	}

	ResultPages(JdbcTemplate jdbc, int pageSize) {
		this.jdbc = jdbc;
		this.pageSize = pageSize;
	}

	/** Every row of the table, in key order. */
	public <R> void forEach(ResultTables.Table<R> table, Consumer<R> action) {
		Object[][] lastKey = { null };
		int[] rows = { 0 };
		do {
			rows[0] = 0;
			String sql = table.page(lastKey[0] != null, this.pageSize);
			Object[] parameters = lastKey[0] == null ? new Object[0] : table.pageParameters(lastKey[0]);
			this.jdbc.query(sql, rs -> {
				action.accept(table.read(rs));
				lastKey[0] = table.keyValues(rs);
				rows[0]++;
			}, parameters);
		}
		while (rows[0] == this.pageSize);
	}

}
