package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of benefits.csv: one benefit at the end of {@code as-of}. Dates are null and
 * texts blank for "none"; amounts are in {@code currency} at its minor-unit scale.
 *
 * @param expiresOn the end of the last lot of the benefit's schedule (rule RC5: Partner
 * Center's expiry date); null until the benefit starts
 */
public record BenefitRow(String benefitId, String purchaseId, String partnerId, String country, String region,
		String benefitType, String experience, String status, LocalDate provisionedOn, LocalDate activateBy,
		LocalDate startedOn, String billingProfileId, String subscriptionId, String assignedUser, int reassignmentsUsed,
		String currency, BigDecimal entitlement, BigDecimal granted, BigDecimal charged, BigDecimal adjusted,
		BigDecimal lapsed, BigDecimal expired, BigDecimal revoked, BigDecimal closedBalance, BigDecimal forfeited,
		LocalDate expiresOn) {

}
