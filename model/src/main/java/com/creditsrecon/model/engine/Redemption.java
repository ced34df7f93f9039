package com.creditsrecon.model.engine;

import java.time.LocalDate;

import com.creditsrecon.model.world.Action;

/**
 * Rules M0–M6: the modernized deposit of a benefit onto a billing profile. The checks run
 * in the rules' order and the first that fails decides; a rejected attempt changes
 * nothing.
 */
final class Redemption {

	private Redemption() {
	}

	/**
	 * @return null when accepted, else why not
	 */
	static ReasonCode redeem(PartnerState state, Action action, LocalDate day) {
		BenefitState benefit = state.benefits.get(action.benefitId());
		ReasonCode precondition = preconditions(state, benefit, action);
		if (precondition != null) {
			return precondition;
		}
		ProfileState profile = state.profile(action.billingProfileId());
		ReasonCode blocker = profileCheck(state, benefit, profile, day);
		if (blocker != null) {
			return blocker;
		}
		if (!profile.canDeposit(action.actorUpn())) {
			// rule M5
			return ReasonCode.NO_CONTRIBUTOR_ACCESS;
		}
		// rule M6
		benefit.depositProfile = profile;
		Lots.start(state, benefit, day);
		return null;
	}

	/** Rule M0, in its order. */
	private static ReasonCode preconditions(PartnerState state, BenefitState benefit, Action action) {
		if (benefit == null) {
			// an action naming a benefit of a purchase that has not happened yet
			return ReasonCode.BENEFIT_NOT_PROVISIONED;
		}
		if (!benefit.modernized) {
			return ReasonCode.WRONG_EXPERIENCE;
		}
		switch (benefit.status) {
			case PENDING:
				return ReasonCode.BENEFIT_NOT_PROVISIONED;
			case ACTIVE:
			case COMPLETE:
				return ReasonCode.ALREADY_REDEEMED;
			case EXPIRED:
				return ReasonCode.BENEFIT_EXPIRED;
			case REVOKED:
				return ReasonCode.BENEFIT_REVOKED;
			default:
				break;
		}
		if (!state.isPartnerAdmin(action.actorUpn())) {
			return ReasonCode.NOT_PARTNER_ADMIN;
		}
		if (state.profile(action.billingProfileId()) == null) {
			return ReasonCode.UNKNOWN_BILLING_PROFILE;
		}
		return null;
	}

	/**
	 * Rules M1–M4 for one profile: what a deposit onto it would fail on at the moment,
	 * null when nothing does (M5, the actor's role, is checked apart).
	 */
	static ReasonCode profileCheck(PartnerState state, BenefitState benefit, ProfileState profile, LocalDate day) {
		if (!profile.profile.isEligibleAccountType()) {
			// rule M1
			return ReasonCode.NOT_ELIGIBLE_ACCOUNT_TYPE;
		}
		if (!profile.profile.billingAccountId().equals(benefit.purchase.billingAccountId())) {
			// rule M2
			return ReasonCode.NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT;
		}
		for (LotState lot : state.modernizedLotsOn(profile.id(), day)) {
			// rule M3: an active lot of another purchase
			if (lot.isActiveOn(day) && lot.benefit.purchase != benefit.purchase) {
				return ReasonCode.HAS_ACTIVE_CREDITS;
			}
		}
		if (!profile.hasPaymentInstrument) {
			// rule M4
			return ReasonCode.NO_PAYMENT_INSTRUMENT;
		}
		return null;
	}

}
