package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of reported-lots.csv: one of Azure's credit lots on a billing profile.
 *
 * @param line the row's line in its file: the last tie-break, so that matching never
 * depends on the order rows are read in
 * @param lotReference blank when Azure shows none
 */
public record ReportedLot(long line, String billingProfileId, String lotReference, String source, String currency,
		BigDecimal originalAmount, BigDecimal closedBalance, LocalDate startDate, LocalDate expirationDate,
		String status, LocalDate asOf) {

	/** Rule RC3: how a reported lot is named in breaks.csv. */
	public String reportedKey() {
		return this.billingProfileId + "|" + Texts.blankIfNull(this.lotReference) + "|" + this.startDate;
	}

}
