package com.creditsrecon.jobs.simulate;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.reports.run.RunReport;

/**
 * The totals per currency of the simulated lots, for run.json and the console: granted
 * (original amounts), charged, adjusted, lapsed, expired, revoked and closing balances.
 */
public final class SimulationTotals {

	private SimulationTotals() {
	}

	public static List<RunReport.CurrencyTotals> of(JdbcTemplate jdbc) {
		return jdbc.query(
				"SELECT currency, COUNT(*), SUM(original_amount), SUM(charged), SUM(adjusted), SUM(lapsed),"
						+ " SUM(expired), SUM(revoked), SUM(closed_balance) FROM " + ResultTables.LOTS.name()
						+ " GROUP BY currency ORDER BY currency",
				(rs, n) -> new RunReport.CurrencyTotals(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
						rs.getBigDecimal(8), rs.getBigDecimal(9)));
	}

}
