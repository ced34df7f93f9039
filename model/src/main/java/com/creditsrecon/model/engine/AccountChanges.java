package com.creditsrecon.model.engine;

import java.util.Locale;

import com.creditsrecon.model.world.Action;

/**
 * Rule A1: payment instruments and roles change from the action's moment on, so that a
 * scenario can fix a blocker and retry. Always accepted.
 */
final class AccountChanges {

	private AccountChanges() {
	}

	static ReasonCode apply(PartnerState state, Action action) {
		ProfileState profile = state.profile(action.billingProfileId());
		if (profile == null) {
			return null;
		}
		switch (action.action()) {
			case "SET_PAYMENT_INSTRUMENT":
				profile.hasPaymentInstrument = Boolean.parseBoolean(action.value().trim().toLowerCase(Locale.ROOT));
				break;
			case "GRANT_ROLE":
				profile.roles.put(Ids.key(action.userUpn()), action.value().trim().toUpperCase(Locale.ROOT));
				break;
			case "REVOKE_ROLE":
				profile.roles.remove(Ids.key(action.userUpn()));
				break;
			default:
				throw new IllegalArgumentException("not an account change: " + action.action());
		}
		return null;
	}

}
