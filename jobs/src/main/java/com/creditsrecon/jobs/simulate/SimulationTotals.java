package com.creditsrecon.jobs.simulate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.reports.run.RunReport;

/**
 * The totals per currency of the simulated lots, for run.json and the console: granted
 * (original amounts), charged, adjusted, lapsed, expired, revoked and closing balances.
 * Summed as lots.csv is written, so that the lots are read once. Amounts of different
 * currencies are never added.
 */
final class SimulationTotals {

	private final Map<String, Sum> sums = new TreeMap<>();

	void add(LotRow lot) {
		this.sums.computeIfAbsent(lot.currency(), c -> new Sum()).add(lot);
	}

	/** The totals by currency code. */
	List<RunReport.CurrencyTotals> totals() {
		return this.sums.entrySet().stream().map(e -> e.getValue().totals(e.getKey())).toList();
	}

	/** One currency's sums; an amount no lot has stays null, as SQL's SUM leaves it. */
	private static final class Sum {

		private long lots;

		private final BigDecimal[] amounts = new BigDecimal[7];

		void add(LotRow lot) {
			this.lots++;
			BigDecimal[] values = { lot.originalAmount(), lot.charged(), lot.adjusted(), lot.lapsed(), lot.expired(),
					lot.revoked(), lot.closedBalance() };
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					this.amounts[i] = this.amounts[i] == null ? values[i] : this.amounts[i].add(values[i]);
				}
			}
		}

		RunReport.CurrencyTotals totals(String currency) {
			BigDecimal[] a = this.amounts;
			return new RunReport.CurrencyTotals(currency, this.lots, a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
		}

	}

}
