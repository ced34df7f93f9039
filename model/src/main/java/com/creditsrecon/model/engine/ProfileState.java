package com.creditsrecon.model.engine;

import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.world.BillingProfile;

/**
 * A billing profile of the partner, with what rule A1's actions change over time: its
 * payment instrument and its users' roles.
 */
final class ProfileState {

	final BillingProfile profile;

	boolean hasPaymentInstrument;

	/** Role by lower-case UPN. */
	final Map<String, String> roles = new TreeMap<>();

	ProfileState(BillingProfile profile) {
		this.profile = profile;
		this.hasPaymentInstrument = profile.hasPaymentInstrument();
	}

	String id() {
		return this.profile.billingProfileId();
	}

	/** Rule M5: OWNER or CONTRIBUTOR. */
	boolean canDeposit(String upn) {
		String role = this.roles.get(Ids.key(upn));
		return "OWNER".equals(role) || "CONTRIBUTOR".equals(role);
	}

}
