package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of revocations.csv (rule RV2):
 * {@code remaining_revoked + clawback + lapsed + expired = granted} and
 * {@code granted + future_cancelled = entitlement}.
 */
public record RevocationRow(String purchaseId, String benefitId, String partnerId, LocalDate revokedOn, String currency,
		BigDecimal granted, BigDecimal remainingRevoked, BigDecimal clawback, BigDecimal lapsed, BigDecimal expired,
		BigDecimal futureCancelled) {

}
