package com.creditsrecon.model.usage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a day's usage is summed by at import: everything the engine needs to resolve a
 * scope and classify under any policy, and nothing that a policy setting changes. IDs and
 * names are lower case (they compare ignoring case); blank, never null, when the export
 * has no value.
 *
 * @param billingPeriod first day of the FOCUS billing period (the supersession key of
 * rule N1)
 * @param billingProfile {@code x_BillingProfileId}, else {@code BillingAccountId}, last
 * ARM segment
 * @param subscription {@code SubAccountId}, last ARM segment
 * @param chargeDate UTC date of {@code ChargePeriodStart} (rule C7)
 * @param negative the sign of {@code BilledCost}: adjustments are summed apart from
 * charges (C10)
 */
public record UsageKey(LocalDate billingPeriod, String billingProfile, String subscription, LocalDate chargeDate,
		String currency, boolean negative, PreClassification preClassification, String serviceName,
		String meterCategory) {

	/**
	 * A total order on keys: sorted runs of sums can then be merged in a stream, and sums
	 * are stored in the same order whatever the order of the rows. Billing period,
	 * profile, subscription, charge date, currency, sign, pre-classification, service,
	 * meter category; spelled out rather than chained, as every sort and merge of the
	 * import's sums runs on it.
	 */
	public static final Comparator<UsageKey> ORDER = UsageKey::compare;

	private static int compare(UsageKey a, UsageKey b) {
		int order = a.billingPeriod.compareTo(b.billingPeriod);
		if (order == 0) {
			order = a.billingProfile.compareTo(b.billingProfile);
		}
		if (order == 0) {
			order = a.subscription.compareTo(b.subscription);
		}
		if (order == 0) {
			order = a.chargeDate.compareTo(b.chargeDate);
		}
		if (order == 0) {
			order = a.currency.compareTo(b.currency);
		}
		if (order == 0) {
			order = Boolean.compare(a.negative, b.negative);
		}
		if (order == 0) {
			order = a.preClassification.compareTo(b.preClassification);
		}
		if (order == 0) {
			order = a.serviceName.compareTo(b.serviceName);
		}
		return order != 0 ? order : a.meterCategory.compareTo(b.meterCategory);
	}

	public UsageKey {
		Objects.requireNonNull(billingPeriod, "billingPeriod is required");
		Objects.requireNonNull(billingProfile, "billingProfile is required");
		Objects.requireNonNull(subscription, "subscription is required");
		Objects.requireNonNull(chargeDate, "chargeDate is required");
		Objects.requireNonNull(currency, "currency is required");
		Objects.requireNonNull(preClassification, "preClassification is required");
		Objects.requireNonNull(serviceName, "serviceName is required");
		Objects.requireNonNull(meterCategory, "meterCategory is required");
	}

}
