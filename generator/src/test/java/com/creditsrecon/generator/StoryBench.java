package com.creditsrecon.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import com.creditsrecon.generator.GeneratedPartner.Action;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Story;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.engine.Simulation;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.BillingProfile;
import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Offers;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.ProfileRole;
import com.creditsrecon.model.world.Rollout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One drafted partner of a world of {@link #PARTNERS} (its tenant and purchases, nobody
 * having acted yet), the family stories wired as the action script wires them, and the
 * engine's decision on each action they write: what a family's test needs to show that
 * its story gets the decisions it meant. The engine runs on the partner alone (rule T7),
 * with the default policy, the generator's rollout and catalogue, as of the window's last
 * day, without usage.
 */
final class StoryBench {

	static final int PARTNERS = 40;

	private static final int MONTHS = 12;

	private static final Timeframe TIMEFRAME = new Timeframe(MONTHS);

	final Script script;

	final AccountChangeStory accountChanges;

	final MoveStory moves;

	final RevocationStory revocation;

	final RedemptionStory redemption;

	final AssignmentStory assignment;

	private StoryBench(Script script) {
		this.script = script;
		this.revocation = new RevocationStory(script);
		this.accountChanges = new AccountChangeStory(script);
		this.moves = new MoveStory(script);
		this.redemption = new RedemptionStory(script, this.accountChanges, this.moves, this.revocation);
		this.assignment = new AssignmentStory(script, this.moves, this.revocation);
	}

	/** Partner {@code index} of the world of seed {@code seed}, drafted. */
	static StoryBench of(long seed, int index) {
		GenerateOptions options = new GenerateOptions(PARTNERS, MONTHS, seed, 0);
		return new StoryBench(new PartnerGenerator(options, TIMEFRAME, new RolloutSchedule(TIMEFRAME)).draft(index));
	}

	GeneratedPartner partner() {
		return this.script.partner;
	}

	SplittableRandom random() {
		return this.script.random;
	}

	/** The partner's purchases of a story, in date order. */
	List<Purchase> purchases(Story story) {
		return this.script.partner.purchases.stream()
			.filter(p -> p.story == story)
			.sorted(Comparator.comparing((Purchase p) -> p.date))
			.toList();
	}

	/**
	 * The actions written so far, in the order of actions.csv, each with the outcome the
	 * story meant and the engine's decision.
	 */
	List<Decided> decided() {
		GeneratedPartner partner = this.script.partner;
		partner.sortActions();
		Map<String, Action> byId = partner.actionsById();
		Map<String, DecisionRow> decisions = new HashMap<>();
		for (DecisionRow decision : Simulation.run(world(byId), scenario()).decisions()) {
			decisions.put(decision.actionId(), decision);
		}
		List<Decided> decided = new ArrayList<>();
		byId.forEach((id, action) -> decided.add(new Decided(id, action, decisions.get(id))));
		return decided;
	}

	/**
	 * Asserts that the engine decided every action written as its story meant.
	 * @return the outcomes, ACCEPTED or a reason code, by action kind ("REDEEM
	 * NOT_PARTNER_ADMIN")
	 */
	Set<String> assertDecidedAsMeant() {
		List<Decided> decided = decided();
		assertThat(decided).as("actions written").isNotEmpty();
		Set<String> outcomes = new TreeSet<>();
		for (Decided one : decided) {
			assertThat(one.decision()).as("decision on %s", one.action()).isNotNull();
			assertThat(one.engine()).as("%s %s", one.id(), one.action()).isEqualTo(one.action().expected());
			outcomes.add(one.action().type() + " " + one.action().expected());
		}
		return outcomes;
	}

	/** An action, the outcome its story meant, and the engine's decision. */
	record Decided(String id, Action action, DecisionRow decision) {

		/** The engine's outcome: ACCEPTED or its reason code. */
		String engine() {
			return this.decision.accepted() ? "ACCEPTED" : this.decision.reasonCode();
		}

	}

	private PartnerWorld world(Map<String, Action> actions) {
		GeneratedPartner p = this.script.partner;
		List<BillingProfile> profiles = new ArrayList<>();
		List<ProfileRole> roles = new ArrayList<>();
		for (Profile profile : p.profiles) {
			profiles.add(new BillingProfile(profile.id, profile.account, p.partnerId, profile.type, profile.currency,
					profile.paymentInstrument, profile.createdOn));
			profile.roles.forEach((upn, role) -> roles.add(new ProfileRole(profile.id, upn, role)));
		}
		List<com.creditsrecon.model.world.Purchase> purchases = new ArrayList<>();
		for (Purchase purchase : p.purchases) {
			purchases.add(new com.creditsrecon.model.world.Purchase(purchase.id, p.partnerId, purchase.offer.id(),
					p.mainAccount, purchase.date, purchase.membershipEnd, purchase.status, purchase.statusDate));
		}
		List<com.creditsrecon.model.world.User> users = new ArrayList<>();
		for (User user : p.users) {
			users.add(new com.creditsrecon.model.world.User(user.upn, p.partnerId, user.userType(), user.admin));
		}
		List<com.creditsrecon.model.world.Subscription> subscriptions = new ArrayList<>();
		for (Subscription subscription : p.subscriptions) {
			if (subscription.listed) {
				subscriptions.add(new com.creditsrecon.model.world.Subscription(subscription.id,
						subscription.profile().id, subscription.createdOn));
			}
		}
		List<com.creditsrecon.model.world.Action> rows = new ArrayList<>();
		actions.forEach((id,
				a) -> rows.add(new com.creditsrecon.model.world.Action(id, a.at().toInstant(ZoneOffset.UTC),
						a.type().name(), a.actorUpn(), a.benefitId(), a.billingProfileId(), a.subscriptionId(),
						a.userUpn(), a.targetId(), a.value())));
		Partner partner = new Partner(p.partnerId, p.name, p.country.code(), p.region, p.tenantDomains);
		return new PartnerWorld(partner, profiles, purchases, users, roles, subscriptions, rows, foreignSubscriptions(),
				List.of());
	}

	/** Rule T7: the other partner's first subscription, which some stories name. */
	private Set<String> foreignSubscriptions() {
		if (this.script.foreign < 0) {
			return Set.of();
		}
		return Set.of(Ids.subscriptionId(this.script.seed, this.script.foreign, 0).toLowerCase(Locale.ROOT));
	}

	private static Scenario scenario() {
		Map<String, LocalDate> rollout = new LinkedHashMap<>();
		for (List<String> row : new RolloutSchedule(TIMEFRAME).rows()) {
			rollout.put(row.get(0), LocalDate.parse(row.get(1)));
		}
		List<OfferBenefit> offers = new ArrayList<>();
		for (List<String> row : OfferCatalog.rows()) {
			offers.add(new OfferBenefit(row.get(0), row.get(2), BenefitType.valueOf(row.get(3)),
					new BigDecimal(row.get(4)), row.get(5), row.get(6).isEmpty() ? null : Integer.valueOf(row.get(6))));
		}
		return new Scenario(Policy.defaults(), new Rollout(rollout), new Offers(offers), TIMEFRAME.end());
	}

}
