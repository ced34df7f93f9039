package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

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

	/**
	 * Rule RC1's order of reported lots when several could match: profile, start date,
	 * reference, original amount, then the file's line. The reconciliation of a unit and
	 * the run's choice of unit for reported lots that share a reference both sort by it.
	 */
	public static final Comparator<ReportedLot> TIE_ORDER = Comparator.comparing(ReportedLot::billingProfileId)
		.thenComparing(ReportedLot::startDate)
		.thenComparing(r -> Texts.blankIfNull(r.lotReference()))
		.thenComparing(ReportedLot::originalAmount)
		.thenComparingLong(ReportedLot::line);

	/** Rule RC3: how a reported lot is named in breaks.csv. */
	public String reportedKey() {
		return this.billingProfileId + "|" + Texts.blankIfNull(this.lotReference) + "|" + this.startDate;
	}

}
