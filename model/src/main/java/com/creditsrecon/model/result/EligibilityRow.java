package com.creditsrecon.model.result;

/**
 * A row of eligibility.csv: what the redemption panel shows for one available modernized
 * benefit and one profile of its partner (rule M7).
 *
 * @param reasonCode blank when eligible
 */
public record EligibilityRow(String benefitId, String partnerId, String billingProfileId, String status,
		String reasonCode) {

}
