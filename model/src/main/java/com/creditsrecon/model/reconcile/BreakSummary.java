package com.creditsrecon.model.reconcile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.money.Currencies;

/**
 * What reconciliation/summary.csv, run.json and the exit code need of the break rows,
 * added up as they stream past: per (object, class, currency) and per currency, a count
 * and the sum of absolute amount differences. Amounts of different currencies are never
 * added together (outputs.md): breaks without a currency are counted apart, with no
 * amount.
 */
public final class BreakSummary {

	/** summary.csv's order: object, class and currency as written. */
	private static final Comparator<LineKey> ORDER = Comparator.comparing((LineKey k) -> k.object().name())
		.thenComparing(k -> k.breakClass().name())
		.thenComparing(LineKey::currency);

	private final Map<LineKey, Sum> lines = new TreeMap<>(ORDER);

	/** By currency, blank for none. */
	private final Map<String, Sum> currencies = new TreeMap<>();

	private long count;

	private long withoutAmount;

	private long withoutCurrency;

	public void add(BreakRow row) {
		this.count++;
		this.lines.computeIfAbsent(new LineKey(row.object(), row.breakClass(), row.currency()), k -> new Sum())
			.add(row);
		this.currencies.computeIfAbsent(row.currency(), k -> new Sum()).add(row);
		if (!row.hasAmount()) {
			this.withoutAmount++;
		}
		if (!row.hasCurrency()) {
			this.withoutCurrency++;
		}
	}

	public long count() {
		return this.count;
	}

	/**
	 * Rule N3: whether the breaks are material: in some currency the absolute amount
	 * differences add up to more than {@code materiality}, or a break has no amount or no
	 * currency.
	 */
	public boolean exceeds(BigDecimal materiality) {
		if (this.withoutAmount > 0 || this.withoutCurrency > 0) {
			return true;
		}
		return this.currencies.values().stream().anyMatch(sum -> sum.absolute.compareTo(materiality) > 0);
	}

	/** The rows of summary.csv, by object, class and currency. */
	public List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		this.lines.forEach((key, sum) -> lines.add(new Line(key.object(), key.breakClass(), key.currency(), sum.count,
				sum.absDifference(key.currency()))));
		return lines;
	}

	/** Per currency, in code order, the blank currency (breaks without one) first. */
	public List<CurrencyLine> byCurrency() {
		List<CurrencyLine> lines = new ArrayList<>();
		this.currencies
			.forEach((currency, sum) -> lines.add(new CurrencyLine(currency, sum.count, sum.absDifference(currency))));
		return lines;
	}

	/**
	 * One row of summary.csv.
	 *
	 * @param currency blank for breaks whose currency is unknown
	 * @param absDifference the sum of absolute amount differences at the currency's minor
	 * unit; null for the blank currency
	 */
	public record Line(BreakObject object, BreakClass breakClass, String currency, long count,
			BigDecimal absDifference) {
	}

	/**
	 * The breaks of one currency.
	 *
	 * @param currency blank for breaks whose currency is unknown
	 * @param absDifference the sum of absolute amount differences at the currency's minor
	 * unit; null for the blank currency
	 */
	public record CurrencyLine(String currency, long count, BigDecimal absDifference) implements Serializable {
	}

	private record LineKey(BreakObject object, BreakClass breakClass, String currency) {
	}

	/** A count and the exact sum of absolute amount differences. */
	private static final class Sum {

		private long count;

		private BigDecimal absolute = BigDecimal.ZERO;

		void add(BreakRow row) {
			this.count++;
			if (row.hasAmount()) {
				this.absolute = this.absolute.add(row.difference().abs());
			}
		}

		/** Rounded once, at the end; none for the blank currency. */
		BigDecimal absDifference(String currency) {
			return currency.isEmpty() ? null : Currencies.atMinorUnit(this.absolute, currency);
		}

	}

}
