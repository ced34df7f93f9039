package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.world.BillingProfile;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.ProfileRole;
import com.creditsrecon.model.world.Subscription;
import com.creditsrecon.model.world.User;

/**
 * One partner's state while the simulation runs: its profiles, users, subscriptions and
 * benefits, the timeline, and the events and decisions written so far. Maps are sorted so
 * that nothing depends on hash order (rule T4).
 */
final class PartnerState {

	final Partner partner;

	final Scenario scenario;

	final Policy policy;

	final Timeline timeline;

	/** By lower-case ID. */
	final Map<String, ProfileState> profiles = new TreeMap<>();

	/** By lower-case UPN. */
	final Map<String, User> users = new TreeMap<>();

	/** By lower-case ID. */
	final Map<String, SubscriptionState> subscriptions = new TreeMap<>();

	/** Lower-case IDs of other partners' subscriptions (rule T7). */
	final Set<String> foreignSubscriptions;

	/** By benefit ID. */
	final Map<String, BenefitState> benefits = new TreeMap<>();

	/** Every lot opened, in opening order. */
	final List<LotState> lots = new ArrayList<>();

	final List<EventRow> events = new ArrayList<>();

	final List<DecisionRow> decisions = new ArrayList<>();

	final ConsumptionTally consumption = new ConsumptionTally();

	PartnerState(PartnerWorld world, Scenario scenario) {
		this.partner = world.partner();
		this.scenario = scenario;
		this.policy = scenario.policy();
		this.timeline = new Timeline(scenario.asOf());
		for (BillingProfile profile : world.billingProfiles()) {
			this.profiles.put(Ids.key(profile.billingProfileId()), new ProfileState(profile));
		}
		for (ProfileRole role : world.profileRoles()) {
			ProfileState profile = this.profiles.get(Ids.key(role.billingProfileId()));
			if (profile != null) {
				profile.roles.put(Ids.key(role.upn()), role.role());
			}
		}
		for (User user : world.users()) {
			this.users.put(Ids.key(user.upn()), user);
		}
		for (Subscription subscription : world.subscriptions()) {
			ProfileState profile = this.profiles.get(Ids.key(subscription.billingProfileId()));
			this.subscriptions.put(Ids.key(subscription.subscriptionId()), new SubscriptionState(
					subscription.subscriptionId(), profile != null ? profile.id() : subscription.billingProfileId()));
		}
		this.foreignSubscriptions = new HashSet<>(world.foreignSubscriptionIds());
	}

	ProfileState profile(String id) {
		return id == null || id.isEmpty() ? null : this.profiles.get(Ids.key(id));
	}

	SubscriptionState subscription(String id) {
		return id == null || id.isEmpty() ? null : this.subscriptions.get(Ids.key(id));
	}

	User user(String upn) {
		return upn == null || upn.isEmpty() ? null : this.users.get(Ids.key(upn));
	}

	/** Rules M0, L0: the user is a partner admin of this partner. */
	boolean isPartnerAdmin(String upn) {
		User user = user(upn);
		return user != null && user.partnerAdmin();
	}

	/** Writes an event of a lot; never one of amount zero (rule K4). */
	void event(LocalDate day, LotState lot, EventType type, BigDecimal amount, BigDecimal balanceAfter) {
		if (amount.signum() == 0) {
			return;
		}
		String profile = lot.benefit.modernized ? lot.benefit.depositProfile.id() : "";
		this.events.add(new EventRow(day, lot.lotId, lot.benefit.benefitId, type, lot.currency(), amount, balanceAfter,
				this.partner.partnerId(), profile));
	}

	/** The open modernized lots deposited on a profile (rules C8, M3, SM1). */
	List<LotState> modernizedLotsOn(String profileId, LocalDate day) {
		List<LotState> open = new ArrayList<>();
		for (LotState lot : this.lots) {
			if (lot.benefit.modernized && lot.benefit.depositProfile.id().equalsIgnoreCase(profileId)
					&& lot.isOpenOn(day)) {
				open.add(lot);
			}
		}
		return open;
	}

	/** The open lots of legacy benefits whose credits a subscription draws now (C8). */
	List<LotState> legacyLotsOn(SubscriptionState subscription, LocalDate day) {
		List<LotState> open = new ArrayList<>();
		for (LotState lot : this.lots) {
			if (!lot.benefit.modernized && lot.benefit.scope == subscription && lot.isOpenOn(day)) {
				open.add(lot);
			}
		}
		return open;
	}

}
