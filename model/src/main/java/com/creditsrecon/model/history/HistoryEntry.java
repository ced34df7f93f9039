package com.creditsrecon.model.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.reconcile.BreakObject;

/**
 * One row of reconciliation/history.csv: where one {@code break_id} stands on a night.
 * Amounts are kept as breaks.csv writes them (at the currency's minor unit, or as exact
 * as a reported amount was), whatever scale they are given at.
 *
 * @param object the break's object, as it was the last night it was present
 * @param key the simulated key, blank when none (as breaks.csv)
 * @param reportedKey the reported key, blank when none
 * @param field the compared field, or {@code MISSING_IN_REPORT} /
 * {@code UNEXPECTED_IN_REPORT}
 * @param currency the amounts' currency, blank when unknown
 * @param partnerId the partner the break is about, blank when none
 * @param firstSeen the first night the break was present
 * @param lastSeen the newest night it was present: tonight unless RESOLVED
 * @param difference tonight's {@code reported − expected}; null when RESOLVED or not an
 * amount
 * @param previousDifference the difference the last night it was present before tonight
 * (for a RESOLVED row, its last night); null when none or not an amount
 */
public record HistoryEntry(String breakId, BreakObject object, String key, String reportedKey, String field,
		String currency, String partnerId, LocalDate firstSeen, LocalDate lastSeen, BreakStatus status,
		BigDecimal difference, BigDecimal previousDifference) {

	public HistoryEntry {
		Objects.requireNonNull(breakId, "breakId is required");
		Objects.requireNonNull(object, "object is required");
		Objects.requireNonNull(key, "key is required");
		Objects.requireNonNull(reportedKey, "reportedKey is required");
		Objects.requireNonNull(field, "field is required");
		Objects.requireNonNull(currency, "currency is required");
		Objects.requireNonNull(partnerId, "partnerId is required");
		Objects.requireNonNull(firstSeen, "firstSeen is required");
		Objects.requireNonNull(lastSeen, "lastSeen is required");
		Objects.requireNonNull(status, "status is required");
		if (breakId.isEmpty()) {
			throw new IllegalArgumentException("breakId must not be blank");
		}
		if (lastSeen.isBefore(firstSeen)) {
			throw new IllegalArgumentException(
					breakId + ": last seen " + lastSeen + " is before first seen " + firstSeen);
		}
		if (status == BreakStatus.RESOLVED && difference != null) {
			throw new IllegalArgumentException(breakId + ": a RESOLVED break has no difference tonight");
		}
		if (status == BreakStatus.NEW && (previousDifference != null || !firstSeen.equals(lastSeen))) {
			throw new IllegalArgumentException(breakId + ": a NEW break has no night before tonight");
		}
		difference = asWritten(difference, currency);
		previousDifference = asWritten(previousDifference, currency);
	}

	/**
	 * Whether the break's amount moved since the last night it was present: OPEN or
	 * REOPENED, with both differences, and not equal by {@code compareTo}. A break
	 * without an amount never moves.
	 */
	public boolean moved() {
		return this.status.isPresent() && this.difference != null && this.previousDifference != null
				&& this.difference.compareTo(this.previousDifference) != 0;
	}

	/**
	 * Whether the break was resolved tonight: RESOLVED, and present on
	 * {@code previousNight}, the newest night before tonight.
	 */
	public boolean resolvedSince(LocalDate previousNight) {
		return this.status == BreakStatus.RESOLVED && this.lastSeen.equals(previousNight);
	}

	private static BigDecimal asWritten(BigDecimal amount, String currency) {
		return amount == null ? null : Currencies.asWritten(amount, currency);
	}

}
