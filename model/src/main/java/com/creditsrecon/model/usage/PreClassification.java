package com.creditsrecon.model.usage;

import java.util.List;
import java.util.Locale;

import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.policy.Policy;

/**
 * The part of a usage row's classification that no policy setting changes, decided at
 * import so that daily sums can be stored once and classified again under any policy
 * (what-if runs). {@link #classify} finishes the job with the policy in force (rules
 * C1–C6; C7's CURRENCY_MISMATCH needs the lots and is the engine's).
 */
public enum PreClassification {

	/** C1. */
	OTHER_PROVIDER,
	/** C2. */
	REPORTED_CREDIT,
	/** C3. */
	RESERVED_INSTANCE,
	/** C3. */
	SAVINGS_PLAN,
	/** C6: Usage that Microsoft's own flag does not exclude. */
	USAGE,
	/** C6: Usage with {@code x_SkuIsCreditEligible = false}. */
	NOT_CREDIT_ELIGIBLE,
	/** C6: any other charge category (Tax, Adjustment, other purchases). */
	OTHER,
	/**
	 * C4 candidates: a third-party publisher, then as {@link #USAGE} when a product pays
	 * for it.
	 */
	VENDOR_USAGE,
	/** C4 candidate, else as {@link #NOT_CREDIT_ELIGIBLE}. */
	VENDOR_NOT_CREDIT_ELIGIBLE,
	/** C4 candidate, else as {@link #OTHER}. */
	VENDOR_OTHER;

	/**
	 * Decides the policy-free part from a row's FOCUS values (any case, trimmed, blank
	 * when empty).
	 * @param creditEligible the row's {@code x_SkuIsCreditEligible}, blank when the
	 * export lacks the column or the row has no value
	 */
	public static PreClassification of(String providerName, String chargeCategory, String commitmentDiscountType,
			String publisherCategory, String publisherName, String creditEligible) {
		if (!isMicrosoft(providerName)) {
			return OTHER_PROVIDER; // rule C1
		}
		if (chargeCategory.equalsIgnoreCase("Credit")) {
			return REPORTED_CREDIT; // rule C2
		}
		if (chargeCategory.equalsIgnoreCase("Purchase")) { // rule C3
			if (commitmentDiscountType.equalsIgnoreCase("Reservation")) {
				return RESERVED_INSTANCE;
			}
			if (commitmentDiscountType.equalsIgnoreCase("Savings Plan")) {
				return SAVINGS_PLAN;
			}
		}
		boolean vendor = publisherCategory.equalsIgnoreCase("Vendor")
				|| (!publisherName.isEmpty() && !isMicrosoft(publisherName)); // rule C4
		// rule C6: Microsoft's own flag wins
		if (chargeCategory.equalsIgnoreCase("Usage")) {
			boolean excluded = creditEligible.equalsIgnoreCase("false");
			if (excluded) {
				return vendor ? VENDOR_NOT_CREDIT_ELIGIBLE : NOT_CREDIT_ELIGIBLE;
			}
			return vendor ? VENDOR_USAGE : USAGE;
		}
		return vendor ? VENDOR_OTHER : OTHER;
	}

	/**
	 * "Microsoft" is a value equal to {@code Microsoft} or beginning with
	 * {@code Microsoft } (rules C).
	 */
	public static boolean isMicrosoft(String name) {
		return name.equalsIgnoreCase("Microsoft") || name.regionMatches(true, 0, "Microsoft ", 0, 10);
	}

	/**
	 * The row's classification under a policy (rules C4–C6, in their order).
	 * @param serviceName the row's {@code ServiceName}, any case
	 * @param meterCategory the row's {@code x_SkuMeterCategory}, any case
	 */
	public Classification classify(Policy policy, String serviceName, String meterCategory) {
		switch (this) {
			case OTHER_PROVIDER:
				return Classification.OTHER_PROVIDER;
			case REPORTED_CREDIT:
				return Classification.REPORTED_CREDIT;
			case RESERVED_INSTANCE:
				return Classification.RESERVED_INSTANCE;
			case SAVINGS_PLAN:
				return Classification.SAVINGS_PLAN;
			default:
				break;
		}
		if (isVendor() && !isProductService(policy, serviceName)) {
			return Classification.MARKETPLACE; // rule C4
		}
		for (String marker : policy.supportMarkers()) { // rule C5
			if (containsIgnoringCase(serviceName, marker) || containsIgnoringCase(meterCategory, marker)) {
				return Classification.SUPPORT_PLAN;
			}
		}
		switch (this) { // rule C6
			case USAGE:
			case VENDOR_USAGE:
				return Classification.ELIGIBLE;
			case NOT_CREDIT_ELIGIBLE:
			case VENDOR_NOT_CREDIT_ELIGIBLE:
				return Classification.NOT_CREDIT_ELIGIBLE;
			default:
				return Classification.NOT_COVERED_OTHER;
		}
	}

	private boolean isVendor() {
		return this == VENDOR_USAGE || this == VENDOR_NOT_CREDIT_ELIGIBLE || this == VENDOR_OTHER;
	}

	/**
	 * Whether some product benefit pays for this service (rule C4's exception, C9's
	 * lists).
	 */
	public static boolean isProductService(Policy policy, String serviceName) {
		for (String type : Extracts.BENEFIT_TYPES) {
			List<String> services = policy.productServices(type);
			for (String service : services) {
				if (service.equalsIgnoreCase(serviceName)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean containsIgnoringCase(String text, String part) {
		return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
	}

}
