package com.creditsrecon.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One FOCUS cost-export row as a generator means it: the columns the importer reads, in
 * plain values; {@link FocusExportWriter} derives the other columns of a Microsoft export
 * from them.
 *
 * @param billedCost {@code BilledCost}, any sign, any scale
 * @param billingCurrency {@code BillingCurrency}, ISO 4217
 * @param chargeCategory {@code ChargeCategory}: Usage, Purchase, Tax, Credit or
 * Adjustment
 * @param chargeClass {@code ChargeClass}: null, or Correction
 * @param chargePeriodStart the day charged ({@code ChargePeriodStart})
 * @param commitmentDiscountType null, Reservation or Savings Plan
 * @param providerName {@code ProviderName}, e.g. Microsoft or AWS
 * @param publisherName {@code PublisherName}, null when the provider publishes it
 * @param publisherCategory {@code x_PublisherCategory}: Microsoft or Vendor, or null
 * @param serviceName {@code ServiceName}, null for taxes
 * @param subAccountId a subscription GUID or an ARM path {@code /subscriptions/<id>};
 * another provider's account ID as it is
 * @param billingProfileId a billing profile ID or an ARM path, null for none
 * @param billingAccountId the MCA billing account of the profile (for the ARM paths), or
 * another provider's account; may be null
 * @param chargeId {@code x_ChargeId}, unique within one export
 * @param skuMeterCategory {@code x_SkuMeterCategory}, may be null
 * @param skuIsCreditEligible {@code x_SkuIsCreditEligible}; null writes NULL
 * @param billingPeriodStart first day of the billing month; null means the month of the
 * charge
 */
public record FocusRow(BigDecimal billedCost, String billingCurrency, String chargeCategory, String chargeClass,
		LocalDate chargePeriodStart, String commitmentDiscountType, String providerName, String publisherName,
		String publisherCategory, String serviceName, String subAccountId, String billingProfileId,
		String billingAccountId, String chargeId, String skuMeterCategory, Boolean skuIsCreditEligible,
		LocalDate billingPeriodStart) {

	public FocusRow {
		Objects.requireNonNull(billedCost, "billedCost is required");
		Objects.requireNonNull(billingCurrency, "billingCurrency is required");
		Objects.requireNonNull(chargeCategory, "chargeCategory is required");
		Objects.requireNonNull(chargePeriodStart, "chargePeriodStart is required");
		Objects.requireNonNull(providerName, "providerName is required");
		Objects.requireNonNull(subAccountId, "subAccountId is required");
		Objects.requireNonNull(chargeId, "chargeId is required");
		if (billingPeriodStart == null) {
			billingPeriodStart = chargePeriodStart.withDayOfMonth(1);
		}
	}

}
