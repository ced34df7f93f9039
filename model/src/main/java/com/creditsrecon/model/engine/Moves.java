package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.List;

import com.creditsrecon.model.world.Action;

/** Rules SM1–SM3: moving subscriptions, legacy credits and billing profiles. */
final class Moves {

	private Moves() {
	}

	/** Rule SM1. @return null when accepted, else why not */
	static ReasonCode moveSubscription(PartnerState state, Action action, LocalDate day) {
		SubscriptionState subscription = state.subscription(action.subscriptionId());
		if (subscription == null) {
			return ReasonCode.UNKNOWN_SUBSCRIPTION;
		}
		ProfileState target = state.profile(action.targetId());
		if (target == null) {
			// rule T7: another partner's profile
			return ReasonCode.UNKNOWN_BILLING_PROFILE;
		}
		if (subscription.billingProfileId != null) {
			for (LotState lot : state.modernizedLotsOn(subscription.billingProfileId, day)) {
				if (lot.isActiveOn(day)) {
					return ReasonCode.SUBSCRIPTION_MOVE_BLOCKED;
				}
			}
		}
		for (LotState lot : state.legacyLotsOn(subscription, day)) {
			if (lot.isActiveOn(day)) {
				return ReasonCode.SUBSCRIPTION_MOVE_BLOCKED;
			}
		}
		subscription.billingProfileId = target.id();
		return null;
	}

	/**
	 * Rule SM2: a legacy benefit's lots move to another subscription under the same
	 * profile.
	 */
	static ReasonCode moveCredits(PartnerState state, Action action, LocalDate day) {
		SubscriptionState from = state.subscription(action.subscriptionId());
		SubscriptionState to = state.subscription(action.targetId());
		if (from == null || to == null) {
			return ReasonCode.UNKNOWN_SUBSCRIPTION;
		}
		List<BenefitState> moving = state.benefits.values().stream().filter(b -> hasCreditsOn(b, from)).toList();
		if (moving.isEmpty()) {
			return ReasonCode.NO_CREDITS_ON_SUBSCRIPTION;
		}
		if (from.billingProfileId == null || to.billingProfileId == null
				|| !from.billingProfileId.equalsIgnoreCase(to.billingProfileId)) {
			return ReasonCode.CREDITS_MOVE_OTHER_PROFILE;
		}
		moving.forEach(benefit -> benefit.scope = to);
		return null;
	}

	/**
	 * Rule SM2: the subscription is the current scope of the legacy benefit, and the
	 * benefit is not revoked (a revoked benefit has no credits left to move).
	 */
	private static boolean hasCreditsOn(BenefitState benefit, SubscriptionState subscription) {
		return !benefit.modernized && benefit.isStarted() && benefit.scope == subscription
				&& benefit.status != BenefitStatus.REVOKED;
	}

	/** Rule SM3: never supported. */
	static ReasonCode moveBillingProfile() {
		return ReasonCode.NOT_SUPPORTED;
	}

}
