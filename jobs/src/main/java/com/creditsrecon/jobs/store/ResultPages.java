package com.creditsrecon.jobs.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams a result table in the order of its key. A database table is read a page at a
 * time: each page starts after the last key of the one before, by the key's index, so
 * that neither database sorts or holds a whole table (HSQLDB would sort a large ordered
 * result in memory). A page stays within the rows that share the first key column with
 * the last row read; when that group ends, the next page starts at the next groups.
 */
public class ResultPages {

	private static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;

	private final ResultRuns runs;

	private final int pageSize;

	public ResultPages(JdbcTemplate jdbc, ResultRuns runs) {
		this(jdbc, runs, PAGE);
	}

	/**
	 * @param pageSize rows per page of a table read from the store (small in tests)
	 */
	public ResultPages(JdbcTemplate jdbc, ResultRuns runs, int pageSize) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.pageSize = pageSize;
	}

	/**
	 * Every row of the table, in key order: merged from its runs for a table
	 * {@link ResultTables.Table#inRuns in runs}.
	 */
	public <R> void forEach(ResultTables.Table<R> table, Consumer<R> action) {
		if (table.inRuns()) {
			this.runs.forEach(table, action);
			return;
		}
		Object[] lastKey = null;
		ResultTables.Page page = ResultTables.Page.FIRST;
		while (true) {
			Object[] parameters = switch (page) {
				case FIRST -> new Object[0];
				case SAME_GROUP -> table.pageParameters(lastKey);
				case NEXT_GROUPS -> new Object[] { lastKey[0] };
			};
			List<Object[]> keys = new ArrayList<>(1);
			int[] rows = { 0 };
			this.jdbc.query(table.page(page, this.pageSize), rs -> {
				action.accept(table.read(rs));
				if (keys.isEmpty()) {
					keys.add(null);
				}
				keys.set(0, table.keyValues(rs));
				rows[0]++;
			}, parameters);
			if (rows[0] == this.pageSize) {
				lastKey = keys.get(0);
				page = table.hasGroups() ? ResultTables.Page.SAME_GROUP : ResultTables.Page.NEXT_GROUPS;
			}
			else if (page == ResultTables.Page.SAME_GROUP) {
				// the group ended within this page: the next groups follow
				lastKey = rows[0] > 0 ? keys.get(0) : lastKey;
				page = ResultTables.Page.NEXT_GROUPS;
			}
			else {
				return;
			}
		}
	}

}
