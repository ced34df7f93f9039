package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reconciliation/summary.csv and the exit code need of the break rows, added up as
 * they stream past: per (object, class) a count and the sum of absolute amount
 * differences, and the same sum per currency (rule N3).
 */
public final class BreakSummary {

	/** By object then class, as written (alphabetical, as every file is sorted). */
	private final Map<String, Line> lines = new TreeMap<>();

	private final Map<String, BigDecimal> absoluteByCurrency = new TreeMap<>();

	private long count;

	private long withoutAmount;

	public void add(BreakRow row) {
		this.count++;
		Line line = this.lines.computeIfAbsent(row.object() + "," + row.breakClass(),
				k -> new Line(row.object(), row.breakClass()));
		line.count++;
		if (row.hasAmount()) {
			BigDecimal absolute = row.difference().abs();
			line.absDifference = line.absDifference.add(absolute);
			this.absoluteByCurrency.merge(row.currency(), absolute, BigDecimal::add);
		}
		else {
			this.withoutAmount++;
		}
	}

	public long count() {
		return this.count;
	}

	/** The absolute amount differences of all break rows, two decimals. */
	public BigDecimal absDifference() {
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal amount : this.absoluteByCurrency.values()) {
			total = total.add(amount);
		}
		return twoDecimals(total);
	}

	/** Per currency (blank when unknown), the absolute amount differences. */
	public Map<String, BigDecimal> absDifferenceByCurrency() {
		return new TreeMap<>(this.absoluteByCurrency);
	}

	/**
	 * Rule N3: whether the breaks are material: in some currency the absolute amount
	 * differences add up to more than {@code materiality}, or a break has no amount.
	 */
	public boolean exceeds(BigDecimal materiality) {
		return this.withoutAmount > 0
				|| this.absoluteByCurrency.values().stream().anyMatch(total -> total.compareTo(materiality) > 0);
	}

	/** The rows of summary.csv, by object then class. */
	public List<Line> lines() {
		return new ArrayList<>(this.lines.values());
	}

	static BigDecimal twoDecimals(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** One row of summary.csv. */
	public static final class Line {

		private final BreakObject object;

		private final BreakClass breakClass;

		private long count;

		private BigDecimal absDifference = BigDecimal.ZERO;

		Line(BreakObject object, BreakClass breakClass) {
			this.object = object;
			this.breakClass = breakClass;
		}

		public BreakObject object() {
			return this.object;
		}

		public BreakClass breakClass() {
			return this.breakClass;
		}

		public long count() {
			return this.count;
		}

		/** Sum of absolute amount differences, two decimals. */
		public BigDecimal absDifference() {
			return twoDecimals(this.absDifference);
		}

	}

}
