package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.usage.Classification;

/**
 * consumption.csv's rows of one partner, summed per (billing profile, month,
 * classification, currency) from the day's rounded groups (rules T6, C11).
 */
final class ConsumptionTally {

	private record Key(String billingProfileId, YearMonth month, String classification, String currency) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::billingProfileId)
			.thenComparing(Key::month)
			.thenComparing(Key::classification)
			.thenComparing(Key::currency);

	}

	private static final class Totals {

		long rows;

		BigDecimal amount = BigDecimal.ZERO;

		BigDecimal covered = BigDecimal.ZERO;

		BigDecimal uncovered = BigDecimal.ZERO;

		BigDecimal restored = BigDecimal.ZERO;

		BigDecimal unapplied = BigDecimal.ZERO;

		boolean drawsCredit;

	}

	private final Map<Key, Totals> totals = new TreeMap<>(Key.ORDER);

	/** Per currency, what went in: the sum of the rounded groups (rule C11). */
	private final Map<String, BigDecimal> input = new TreeMap<>();

	/**
	 * Adds one rounded group.
	 * @param drawsCredit whether the group drew credit; the last four amounts are zero
	 * otherwise
	 */
	void add(String billingProfileId, LocalDate day, Classification classification, String currency, long rows,
			BigDecimal amount, boolean drawsCredit, BigDecimal covered, BigDecimal uncovered, BigDecimal restored,
			BigDecimal unapplied) {
		Totals t = this.totals.computeIfAbsent(
				new Key(billingProfileId, YearMonth.from(day), classification.name(), currency), k -> new Totals());
		t.rows += rows;
		t.amount = t.amount.add(amount);
		t.drawsCredit |= drawsCredit;
		t.covered = t.covered.add(covered);
		t.uncovered = t.uncovered.add(uncovered);
		t.restored = t.restored.add(restored);
		t.unapplied = t.unapplied.add(unapplied);
		this.input.merge(currency, amount, BigDecimal::add);
	}

	/**
	 * The rows, checked against rule C11.
	 * @throws ConservationException naming the row's scope when an identity fails
	 */
	List<ConsumptionRow> rows(String partnerId) {
		List<ConsumptionRow> rows = new ArrayList<>();
		Map<String, BigDecimal> output = new TreeMap<>();
		for (Map.Entry<Key, Totals> entry : this.totals.entrySet()) {
			Key key = entry.getKey();
			Totals t = entry.getValue();
			BigDecimal accounted = t.covered.add(t.uncovered).subtract(t.restored).subtract(t.unapplied);
			if (t.drawsCredit && accounted.compareTo(t.amount) != 0) {
				throw new ConservationException(
						"rule C11 fails for partner " + partnerId + ", profile " + key.billingProfileId() + ", "
								+ key.month() + " " + key.classification() + " " + key.currency() + ": amount "
								+ t.amount + " but covered + uncovered - restored - unapplied = " + accounted);
			}
			rows.add(new ConsumptionRow(key.billingProfileId(), key.month(), key.classification(), key.currency(),
					t.rows, t.amount, t.covered, t.uncovered, t.restored, t.unapplied));
			output.merge(key.currency(), t.amount, BigDecimal::add);
		}
		this.input.forEach((currency, amount) -> {
			if (amount.compareTo(output.getOrDefault(currency, BigDecimal.ZERO)) != 0) {
				throw new ConservationException("rule C11 fails for partner " + partnerId + " in " + currency
						+ ": usage in effect " + amount + " but consumption " + output.get(currency));
			}
		});
		return rows;
	}

}
