package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The usage exports' {@code REPORTED_CREDIT} rows of one (billing profile, month,
 * currency), summed as consumption.csv shows them (credits applied are negative).
 */
public record ReportedCredit(String billingProfileId, YearMonth month, String currency, BigDecimal amount) {

}
