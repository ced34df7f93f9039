package com.creditsrecon.jobs.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.creditsrecon.model.whatif.WhatIfKey;
import com.creditsrecon.model.whatif.WhatIfTally;

/**
 * The store's table of what-if figures: each part of the work (a partition of partners,
 * or what belongs to no partner) replaces its own rows, once, when it is done, so that a
 * part redone after a crash never counts twice. Only the sums are stored, per scenario,
 * scope, currency, month and measure: a few thousand rows per part, whatever the number
 * of partners.
 */
class WhatIfTables {

	static final String FIGURES = "cr_whatif_figures";

	private static final String TEXT = "VARCHAR(4000)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	WhatIfTables(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * An empty table, for a run that is not a restart. Made here rather than by the
	 * store's migrations ({@code db/migration}): it holds only what one run derives.
	 */
	void recreate() {
		this.jdbc.execute("DROP TABLE IF EXISTS " + FIGURES);
		this.jdbc.execute("CREATE TABLE " + FIGURES + " (part " + TEXT + " NOT NULL, scenario " + TEXT
				+ " NOT NULL, scope_type VARCHAR(16) NOT NULL, scope_id " + TEXT + " NOT NULL, currency VARCHAR(3)"
				+ " NOT NULL, month CHAR(7) NOT NULL, measure " + TEXT + " NOT NULL, amount NUMERIC(38,18) NOT NULL)");
	}

	/** Replaces {@code part}'s figures with {@code tallies} (scenario to its tally). */
	void replace(String part, Map<String, WhatIfTally> tallies) {
		List<Object[]> rows = new ArrayList<>();
		tallies.forEach((scenario, tally) -> tally.figures()
			.forEach((key, value) -> rows.add(new Object[] { part, scenario, key.scopeType(), key.scopeId(),
					key.currency(), key.month().toString(), key.measure(), value })));
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.update("DELETE FROM " + FIGURES + " WHERE part = ?", part);
			this.jdbc.batchUpdate("INSERT INTO " + FIGURES
					+ " (part, scenario, scope_type, scope_id, currency, month, measure, amount)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		});
	}

	/** Every part's figures, summed per scenario. */
	Map<String, Map<WhatIfKey, BigDecimal>> figures() {
		Map<String, WhatIfTally> tallies = new HashMap<>();
		this.jdbc.query("SELECT scenario, scope_type, scope_id, currency, month, measure, amount FROM " + FIGURES,
				rs -> {
					WhatIfKey key = new WhatIfKey(rs.getString(2), rs.getString(3), rs.getString(4),
							YearMonth.parse(rs.getString(5)), rs.getString(6));
					tallies.computeIfAbsent(rs.getString(1), scenario -> new WhatIfTally())
						.add(key, rs.getBigDecimal(7));
				});
		Map<String, Map<WhatIfKey, BigDecimal>> figures = new HashMap<>();
		tallies.forEach((scenario, tally) -> figures.put(scenario, tally.figures()));
		return figures;
	}

}
