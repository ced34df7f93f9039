package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of reported-benefits.csv: a benefit as Partner Center shows it.
 *
 * @param redeemedOn null when blank
 * @param billingProfileId blank when none
 * @param expiryDate null when blank
 * @param creditsConsumed null when blank, which counts as 0 (rule RC5)
 */
public record ReportedBenefit(long line, String benefitId, String status, LocalDate redeemedOn, String billingProfileId,
		LocalDate expiryDate, BigDecimal creditsConsumed, LocalDate asOf) {

}
