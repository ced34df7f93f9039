package com.creditsrecon.generator;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.commons.csv.CSVRecord;

/**
 * The simulated outputs that the reported extracts are derived from, as the {@code run}
 * command writes them: lots.csv and benefits.csv (sorted by ID, so that a partner's rows
 * are together) and events.csv (sorted by date).
 */
final class Truth {

	static final String LOTS = "lots.csv";

	static final String BENEFITS = "benefits.csv";

	static final String EVENTS = "events.csv";

	static final String[] LOT_COLUMNS = { "lot_id", "benefit_id", "partner_id", "benefit_type", "billing_profile_id",
			"currency", "original_amount", "start_date", "end_date", "lapsed", "expired", "revoked", "closed_balance",
			"status" };

	static final String[] BENEFIT_COLUMNS = { "benefit_id", "partner_id", "status", "started_on", "billing_profile_id",
			"currency", "charged", "adjusted", "expires_on" };

	static final String[] EVENT_COLUMNS = { "date", "lot_id", "event_type", "amount", "closed_balance" };

	private Truth() {
	}

	/** A row of lots.csv. */
	record Lot(String lotId, String benefitId, String partnerId, String benefitType, String billingProfileId,
			String currency, BigDecimal originalAmount, LocalDate startDate, LocalDate endDate, BigDecimal lapsed,
			BigDecimal expired, BigDecimal revoked, BigDecimal closedBalance, String status) {

		static Lot of(CSVRecord row) {
			return new Lot(row.get("lot_id"), row.get("benefit_id"), row.get("partner_id"), row.get("benefit_type"),
					row.get("billing_profile_id"), row.get("currency"), amount(row, "original_amount"),
					date(row, "start_date"), date(row, "end_date"), amount(row, "lapsed"), amount(row, "expired"),
					amount(row, "revoked"), amount(row, "closed_balance"), row.get("status"));
		}

		/**
		 * Azure's lots exist per billing profile (rules.md RC): only these are reported.
		 */
		boolean onProfile() {
			return !this.billingProfileId.isEmpty();
		}

	}

	/** A row of benefits.csv. */
	record Benefit(String benefitId, String partnerId, String status, LocalDate startedOn, String billingProfileId,
			String currency, BigDecimal charged, BigDecimal adjusted, LocalDate expiresOn) {

		static Benefit of(CSVRecord row) {
			return new Benefit(row.get("benefit_id"), row.get("partner_id"), row.get("status"), date(row, "started_on"),
					row.get("billing_profile_id"), row.get("currency"), amount(row, "charged"), amount(row, "adjusted"),
					date(row, "expires_on"));
		}

		/** Rule RC5: credits consumed = charged − adjusted. */
		BigDecimal creditsConsumed() {
			BigDecimal charged = (this.charged == null) ? BigDecimal.ZERO : this.charged;
			return (this.adjusted == null) ? charged : charged.subtract(this.adjusted);
		}

	}

	static BigDecimal amount(CSVRecord row, String column) {
		String text = row.get(column);
		return text.isEmpty() ? null : new BigDecimal(text);
	}

	static LocalDate date(CSVRecord row, String column) {
		String text = row.get(column);
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

}
