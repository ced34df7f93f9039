package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of lots.csv: one opened lot at the end of {@code as-of} (rule K7). */
public record LotRow(String lotId, String benefitId, String purchaseId, String partnerId, String benefitType,
		String experience, String scopeType, String billingProfileId, String subscriptionId, String currency,
		BigDecimal originalAmount, LocalDate startDate, LocalDate endDate, BigDecimal charged, BigDecimal adjusted,
		BigDecimal lapsed, BigDecimal expired, BigDecimal revoked, BigDecimal closedBalance, String status) {

}
