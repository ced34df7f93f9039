package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.BillingProfile;
import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Offers;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.ProfileRole;
import com.creditsrecon.model.world.Purchase;
import com.creditsrecon.model.world.Rollout;
import com.creditsrecon.model.world.Subscription;
import com.creditsrecon.model.world.UsageSum;
import com.creditsrecon.model.world.User;

/**
 * Builds one partner's world for engine tests, with a default partner ({@code P1}, US,
 * region NA, domain contoso.com), billing account {@code BA1} and profile {@code BP1}
 * (MCA_STANDARD, USD, payment instrument) unless told otherwise.
 */
final class WorldBuilder {

	static final String ADMIN = "admin@contoso.com";

	private Partner partner = new Partner("P1", "Contoso", "US", "NA", List.of("contoso.com"));

	private final List<BillingProfile> profiles = new ArrayList<>();

	private final List<Purchase> purchases = new ArrayList<>();

	private final List<OfferBenefit> offers = new ArrayList<>();

	private final List<User> users = new ArrayList<>();

	private final List<ProfileRole> roles = new ArrayList<>();

	private final List<Subscription> subscriptions = new ArrayList<>();

	private final List<Action> actions = new ArrayList<>();

	private final List<UsageSum> usage = new ArrayList<>();

	private final Set<String> foreign = new HashSet<>();

	private final Map<String, LocalDate> rollout = new TreeMap<>();

	private final Properties policy = new Properties();

	private int actionCount;

	/** A modernized partner (rollout in its country since 2020) with admin and BP1. */
	static WorldBuilder modernized() {
		return new WorldBuilder().rollout("US", "2020-01-01").standardProfile();
	}

	/** A legacy partner (no rollout) with admin and BP1. */
	static WorldBuilder legacy() {
		return new WorldBuilder().standardProfile();
	}

	private WorldBuilder standardProfile() {
		profile("BP1", "BA1", "MCA_STANDARD", "USD", true);
		user(ADMIN, "MEMBER", true);
		role("BP1", ADMIN, "OWNER");
		return this;
	}

	WorldBuilder partner(Partner partner) {
		this.partner = partner;
		return this;
	}

	WorldBuilder rollout(String scope, String day) {
		this.rollout.put(scope, LocalDate.parse(day));
		return this;
	}

	WorldBuilder policy(String key, String value) {
		this.policy.setProperty(key, value);
		return this;
	}

	WorldBuilder profile(String id, String account, String type, String currency, boolean paymentInstrument) {
		this.profiles
			.add(new BillingProfile(id, account, this.partner.partnerId(), type, currency, paymentInstrument, null));
		return this;
	}

	WorldBuilder offer(String offerId, String code, BenefitType type, String amount, String currency,
			Integer activateWithinDays) {
		this.offers.add(new OfferBenefit(offerId, code, type, new BigDecimal(amount), currency, activateWithinDays));
		return this;
	}

	/** An ACTIVE purchase on billing account BA1. */
	WorldBuilder purchase(String id, String offerId, String day, String membershipEnd) {
		return purchase(id, offerId, "BA1", day, membershipEnd, "ACTIVE", null);
	}

	WorldBuilder purchase(String id, String offerId, String account, String day, String membershipEnd, String status,
			String statusDate) {
		this.purchases.add(new Purchase(id, this.partner.partnerId(), offerId, account, LocalDate.parse(day),
				LocalDate.parse(membershipEnd), status, statusDate == null ? null : LocalDate.parse(statusDate)));
		return this;
	}

	WorldBuilder user(String upn, String type, boolean admin) {
		this.users.add(new User(upn, this.partner.partnerId(), type, admin));
		return this;
	}

	WorldBuilder role(String profile, String upn, String role) {
		this.roles.add(new ProfileRole(profile, upn, role));
		return this;
	}

	WorldBuilder subscription(String id, String profile) {
		this.subscriptions.add(new Subscription(id, profile, null));
		return this;
	}

	WorldBuilder foreignSubscription(String id) {
		this.foreign.add(id.toLowerCase());
		return this;
	}

	/**
	 * An action; {@code at} is an instant or a day (taken at 12:00Z). Columns: actor,
	 * benefit, profile, subscription, user, target, value.
	 */
	WorldBuilder action(String at, String action, String actor, String benefit, String profile, String subscription,
			String user, String target, String value) {
		this.actionCount++;
		Instant instant = at.length() == 10 ? Instant.parse(at + "T12:00:00Z") : Instant.parse(at);
		this.actions.add(new Action(String.format("A%04d", this.actionCount), instant, action, nz(actor), nz(benefit),
				nz(profile), nz(subscription), nz(user), nz(target), nz(value)));
		return this;
	}

	WorldBuilder redeem(String at, String benefit, String profile) {
		return action(at, "REDEEM", ADMIN, benefit, profile, null, null, null, null);
	}

	WorldBuilder assign(String at, String benefit, String user) {
		return action(at, "ASSIGN", ADMIN, benefit, null, null, user, null, null);
	}

	WorldBuilder activate(String at, String benefit, String user, String profile) {
		return action(at, "ACTIVATE", null, benefit, profile, null, user, null, null);
	}

	/** Eligible first-party usage (C6) on a subscription whose export names a profile. */
	WorldBuilder usage(String subscription, String exportProfile, String day, String currency, String amount) {
		return usage(subscription, exportProfile, day, currency, amount, PreClassification.USAGE, "Virtual Machines");
	}

	WorldBuilder usage(String subscription, String exportProfile, String day, String currency, String amount,
			PreClassification preClass, String serviceName) {
		BigDecimal value = new BigDecimal(amount);
		this.usage.add(new UsageSum(subscription, exportProfile, LocalDate.parse(day), currency, value.signum() < 0,
				preClass, serviceName, "", 1, value));
		return this;
	}

	PartnerWorld world() {
		return new PartnerWorld(this.partner, this.profiles, this.purchases, this.users, this.roles, this.subscriptions,
				this.actions, this.foreign, this.usage);
	}

	Scenario scenario(String asOf) {
		return new Scenario(Policy.defaults().with(this.policy, "test"), new Rollout(this.rollout),
				new Offers(this.offers), LocalDate.parse(asOf));
	}

	PartnerResult run(String asOf) {
		return Simulation.run(world(), scenario(asOf));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
