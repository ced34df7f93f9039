package com.creditsrecon.model.engine;

/**
 * A subscription of the partner: from subscriptions.csv or created by an accepted ASSIGN
 * (rule L1), with the profile it lives under now (moves, rule SM1; activation, rule L2).
 */
final class SubscriptionState {

	final String subscriptionId;

	/** Null while it lives under no known profile. */
	String billingProfileId;

	SubscriptionState(String subscriptionId, String billingProfileId) {
		this.subscriptionId = subscriptionId;
		this.billingProfileId = billingProfileId;
	}

}
