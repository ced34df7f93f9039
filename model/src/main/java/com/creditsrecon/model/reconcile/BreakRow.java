package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;

/**
 * A row of reconciliation/breaks.csv: one differing field of a matched pair, or one
 * unmatched item.
 *
 * @param key the simulated key (lot ID, benefit ID, or
 * {@code billing_profile_id|yyyy-MM|currency}); blank when the simulated side is missing
 * @param reportedKey the reported key; blank when the reported side is missing
 * @param field a compared field (the reported extract's column name), or
 * {@code MISSING_IN_REPORT} / {@code UNEXPECTED_IN_REPORT}
 * @param expected the simulated value as written, blank for none
 * @param reported the reported value as written, blank for none
 * @param difference reported − expected for amounts; null for other fields
 * @param currency the amounts' currency; blank when unknown (a benefit only Partner
 * Center knows)
 * @param partnerId the partner the break is about: a lot's or benefit's own partner, else
 * the owner of the billing profile of the reported lot or of the transactions key; blank
 * when no known partner is (outputs.md)
 */
public record BreakRow(BreakObject object, String key, String reportedKey, MatchMethod matchMethod, String field,
		String expected, String reported, BigDecimal difference, BreakClass breakClass, String currency,
		String partnerId) {

	public static final String MISSING_IN_REPORT = "MISSING_IN_REPORT";

	public static final String UNEXPECTED_IN_REPORT = "UNEXPECTED_IN_REPORT";

	/**
	 * Whether the break is about an amount (rule N3: breaks without one always count).
	 */
	public boolean hasAmount() {
		return this.difference != null;
	}

	/**
	 * Whether the break's currency is known (rule N3: breaks without one always count).
	 */
	public boolean hasCurrency() {
		return !this.currency.isEmpty();
	}

}
