package com.creditsrecon.model.world;

import java.util.List;
import java.util.Set;

/**
 * Everything the extracts say about one partner: the engine's whole input for it. No rule
 * crosses partners (rule T7), so partners are simulated apart.
 *
 * @param foreignSubscriptionIds lower-case IDs of subscriptions that this partner's
 * actions name but that belong to another partner (rule T7)
 * @param usage the partner's daily usage sums in effect
 */
public record PartnerWorld(Partner partner, List<BillingProfile> billingProfiles, List<Purchase> purchases,
		List<User> users, List<ProfileRole> profileRoles, List<Subscription> subscriptions, List<Action> actions,
		Set<String> foreignSubscriptionIds, List<UsageSum> usage) {

	public PartnerWorld {
		billingProfiles = List.copyOf(billingProfiles);
		purchases = List.copyOf(purchases);
		users = List.copyOf(users);
		profileRoles = List.copyOf(profileRoles);
		subscriptions = List.copyOf(subscriptions);
		actions = List.copyOf(actions);
		foreignSubscriptionIds = Set.copyOf(foreignSubscriptionIds);
		usage = List.copyOf(usage);
	}

}
