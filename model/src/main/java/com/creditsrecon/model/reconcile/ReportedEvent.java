package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of reported-events.csv: one of Azure's credit transactions. Amount columns are
 * null when blank; whatever their sign, they count as magnitudes (rule RC6).
 */
public record ReportedEvent(long line, String billingProfileId, String lotId, LocalDate transactionDate,
		String eventType, String currency, BigDecimal newCredit, BigDecimal charges, BigDecimal creditExpired,
		BigDecimal canceledCredit, BigDecimal adjustments) {

}
