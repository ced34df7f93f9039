package com.creditsrecon.model.world;

import java.time.LocalDate;

/**
 * A row of billing-profiles.csv, as of the start of the simulation (rule A1 actions
 * change it later).
 *
 * @param profileType one of {@code Extracts.PROFILE_TYPES}, upper case
 * @param createdOn null when blank
 */
public record BillingProfile(String billingProfileId, String billingAccountId, String partnerId, String profileType,
		String currency, boolean hasPaymentInstrument, LocalDate createdOn) {

	/** Rule M1: the only profile types a deposit may target. */
	public boolean isEligibleAccountType() {
		return this.profileType.equals("MCA_STANDARD") || this.profileType.equals("MCA_PREMIER");
	}

}
