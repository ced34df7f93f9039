package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A row of consumption.csv. {@code amount = covered + uncovered - restored - unapplied}
 * for rows that draw credit; the last four are zero for the others (rule C11).
 *
 * @param billingProfileId blank when the usage belongs to no known partner (rule T7)
 */
public record ConsumptionRow(String billingProfileId, YearMonth month, String classification, String currency,
		long rows, BigDecimal amount, BigDecimal covered, BigDecimal uncovered, BigDecimal restored,
		BigDecimal unapplied) {

}
