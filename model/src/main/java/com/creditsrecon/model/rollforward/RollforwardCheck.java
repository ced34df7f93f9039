package com.creditsrecon.model.rollforward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import com.creditsrecon.model.engine.ConservationException;
import com.creditsrecon.model.result.RollforwardRow;

/**
 * Rule RC7 on the roll-forward as written, fed one row at a time in (scope type, scope
 * ID, currency, month) order: every row's identity
 * {@code opening + new_credit - charges + adjustments - lapsed - expired - revoked = closing},
 * every series from an opening of zero through each month, quiet ones included, to the
 * as-of month with each closing the next opening, and the REGION, COUNTRY and PARTNER
 * levels each adding up to GLOBAL per (currency, month). A violation is a bug: it throws
 * {@link ConservationException} naming the scope.
 */
public final class RollforwardCheck {

	/** The levels that each add up to GLOBAL (BILLING_PROFILE omits legacy lots). */
	private static final List<String> SUMMED_LEVELS = List.of("REGION", "COUNTRY", "PARTNER");

	private final YearMonth lastMonth;

	private final Map<String, Map<String, BigDecimal[]>> totalsByLevel = new TreeMap<>();

	private RollforwardRow previous;

	private long rows;

	/**
	 * @param asOf the run's as-of day: every series runs to its month
	 */
	public RollforwardCheck(LocalDate asOf) {
		this.lastMonth = YearMonth.from(Objects.requireNonNull(asOf, "asOf"));
	}

	/**
	 * Checks one row against its identity and the row before it.
	 * @throws ConservationException when it does not hold
	 */
	public void accept(RollforwardRow row) {
		checkIdentity(row);
		BigDecimal[] m = RollforwardMeasures.of(row);
		if (this.previous != null && sameSeries(this.previous, row)) {
			if (!row.month().equals(this.previous.month().plusMonths(1))) {
				throw violation(row, "follows " + this.previous.month() + " (every month of a scope is a row)");
			}
			if (row.opening().compareTo(this.previous.closing()) != 0) {
				throw violation(row, "opening " + row.opening().toPlainString() + " is not the closing "
						+ this.previous.closing().toPlainString() + " of " + this.previous.month());
			}
		}
		else {
			endSeries();
			if (row.opening().signum() != 0) {
				throw violation(row,
						"opening " + row.opening().toPlainString() + " in the first month of the scope, not 0");
			}
		}
		if (!row.scopeType().equals("BILLING_PROFILE")) {
			RollforwardMeasures.add(this.totalsByLevel.computeIfAbsent(row.scopeType(), k -> new TreeMap<>())
				.computeIfAbsent(row.currency() + " " + row.month(), k -> RollforwardMeasures.zero()), m);
		}
		this.previous = row;
		this.rows++;
	}

	/**
	 * Checks one row's identity
	 * {@code opening + new_credit - charges + adjustments - lapsed - expired - revoked = closing}.
	 * @throws ConservationException when it does not hold
	 */
	public static void checkIdentity(RollforwardRow row) {
		BigDecimal[] m = RollforwardMeasures.of(row);
		BigDecimal expected = m[0].add(m[1]).subtract(m[2]).add(m[3]).subtract(m[4]).subtract(m[5]).subtract(m[6]);
		if (expected.compareTo(m[7]) != 0) {
			throw violation(row, "opening " + plain(m[0]) + " + new_credit " + plain(m[1]) + " - charges " + plain(m[2])
					+ " + adjustments " + plain(m[3]) + " - lapsed " + plain(m[4]) + " - expired " + plain(m[5])
					+ " - revoked " + plain(m[6]) + " = " + plain(expected) + ", not the closing " + plain(m[7]));
		}
	}

	/**
	 * Checks the last series and that the levels add up to GLOBAL.
	 * @return the number of rows checked
	 * @throws ConservationException when they do not
	 */
	public long finish() {
		endSeries();
		this.previous = null;
		Map<String, BigDecimal[]> global = this.totalsByLevel.getOrDefault("GLOBAL", Map.of());
		for (String level : SUMMED_LEVELS) {
			Map<String, BigDecimal[]> totals = this.totalsByLevel.getOrDefault(level, Map.of());
			TreeSet<String> keys = new TreeSet<>(global.keySet());
			keys.addAll(totals.keySet());
			for (String key : keys) {
				BigDecimal[] levelSum = totals.getOrDefault(key, RollforwardMeasures.zero());
				BigDecimal[] globalSum = global.getOrDefault(key, RollforwardMeasures.zero());
				int differs = RollforwardMeasures.firstDifference(levelSum, globalSum);
				if (differs >= 0) {
					String measure = RollforwardMeasures.NAMES.get(differs);
					throw new ConservationException("RC7: the " + level + " rows of " + key + " add up to " + measure
							+ " " + levelSum[differs].toPlainString() + ", GLOBAL has "
							+ globalSum[differs].toPlainString());
				}
			}
		}
		return this.rows;
	}

	private void endSeries() {
		if (this.previous != null && !this.previous.month().equals(this.lastMonth)) {
			throw violation(this.previous, "is the last month of the scope, not the as-of month " + this.lastMonth);
		}
	}

	private static boolean sameSeries(RollforwardRow a, RollforwardRow b) {
		return a.scopeType().equals(b.scopeType()) && a.scopeId().equals(b.scopeId())
				&& a.currency().equals(b.currency());
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

	private static ConservationException violation(RollforwardRow row, String problem) {
		return new ConservationException("RC7: roll-forward of " + describe(row) + ": " + problem);
	}

	private static String describe(RollforwardRow row) {
		return row.scopeType() + " '" + row.scopeId() + "' " + row.currency() + " " + row.month();
	}

}
