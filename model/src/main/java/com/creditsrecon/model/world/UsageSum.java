package com.creditsrecon.model.world;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.usage.PreClassification;

/**
 * The exact (unrounded) sum of one day's usage rows in effect that share a subscription,
 * an export profile, a currency, a sign and the policy-free part of their classification
 * (rules T6, C1–C7).
 *
 * @param exportProfileId the export's {@code x_BillingProfileId}, else its
 * {@code BillingAccountId}, normalised (rule C8's fallback)
 * @param negative the sign of the rows (rule C7)
 */
public record UsageSum(String subscriptionId, String exportProfileId, LocalDate chargeDate, String currency,
		boolean negative, PreClassification preClass, String serviceName, String meterCategory, long rows,
		BigDecimal amount) {

}
