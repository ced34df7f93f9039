package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A row of rollforward.csv (rule RC7):
 * {@code opening + new_credit - charges + adjustments - lapsed - expired - revoked = closing}.
 *
 * @param scopeType GLOBAL, REGION, COUNTRY, PARTNER or BILLING_PROFILE
 */
public record RollforwardRow(String scopeType, String scopeId, String currency, YearMonth month, BigDecimal opening,
		BigDecimal newCredit, BigDecimal charges, BigDecimal adjustments, BigDecimal lapsed, BigDecimal expired,
		BigDecimal revoked, BigDecimal closing) {

}
