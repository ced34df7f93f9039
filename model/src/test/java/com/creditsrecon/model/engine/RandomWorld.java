package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.policy.Policy;
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
 * A random partner world and scenario from a seed, dense in the situations the rules care
 * about: blockers and retries, reassignments, moves, refunds, revocations, several
 * currencies and every usage pre-classification.
 */
record RandomWorld(long seed, PartnerWorld world, Scenario scenario) {

	private static final LocalDate FIRST = LocalDate.parse("2025-01-01");

	private static final List<OfferBenefit> OFFERS = List.of(
			new OfferBenefit("MONTHLY", "AZMONTHLY", BenefitType.AZURE_MONTHLY, new BigDecimal("100.00"), "USD", 60),
			new OfferBenefit("BUNDLE", "AZBULK", BenefitType.AZURE_BULK, new BigDecimal("600.00"), "USD", null),
			new OfferBenefit("BUNDLE", "CPSEC", BenefitType.COPILOT_SECURITY, new BigDecimal("120.00"), "USD", 90),
			new OfferBenefit("BUNDLE", "GHCOPILOT", BenefitType.GITHUB_COPILOT_ENTERPRISE, new BigDecimal("45.50"),
					"USD", null),
			new OfferBenefit("BUNDLE", "GHMETER", BenefitType.GITHUB_ENTERPRISE_METERED, new BigDecimal("80.00"), "USD",
					30),
			new OfferBenefit("EURO", "AZMONTHLY", BenefitType.AZURE_MONTHLY, new BigDecimal("95.00"), "EUR", null),
			new OfferBenefit("EURO", "AZBULK", BenefitType.AZURE_BULK, new BigDecimal("500.00"), "EUR", 400),
			new OfferBenefit("YEN", "AZBULK", BenefitType.AZURE_BULK, new BigDecimal("90000"), "JPY", null));

	private static final String[] OFFER_IDS = { "MONTHLY", "BUNDLE", "EURO", "YEN" };

	private static final String[] SERVICES = { "Virtual Machines", "Storage", "GitHub Copilot", "GitHub",
			"Security Copilot", "Azure Support", "Savings Plan", "SaaS" };

	static RandomWorld of(long seed) {
		Random random = new Random(seed);
		Partner partner = new Partner("P" + seed, "Partner " + seed, pick(random, "US", "DE", "JP"),
				pick(random, "NA", "EMEA", ""), List.of("contoso.com"));
		List<BillingProfile> profiles = new ArrayList<>();
		List<String> currencies = List.of("USD", "USD", "EUR", "JPY");
		int profileCount = 1 + random.nextInt(4);
		for (int i = 1; i <= profileCount; i++) {
			String type = random.nextInt(6) == 0 ? pick(random, "MOSP", "MPA", "MCA_E")
					: pick(random, "MCA_STANDARD", "MCA_PREMIER");
			// BP1 takes deposits; the others may block them
			boolean good = i == 1;
			profiles
				.add(new BillingProfile("BP" + i, !good && random.nextInt(5) == 0 ? "BA2" : "BA1", partner.partnerId(),
						good ? "MCA_STANDARD" : type, good ? "USD" : currencies.get(random.nextInt(currencies.size())),
						good || random.nextInt(4) != 0, null));
		}
		List<User> users = new ArrayList<>(List.of(new User("admin@contoso.com", partner.partnerId(), "MEMBER", true),
				new User("ann@contoso.com", partner.partnerId(), "MEMBER", random.nextBoolean()),
				new User("bo@contoso.com", partner.partnerId(), "MEMBER", false),
				new User("gus@contoso.com", partner.partnerId(), "GUEST", false),
				new User("fan@gmail.com", partner.partnerId(), "MEMBER", false)));
		List<String> upns = new ArrayList<>(users.stream().map(User::upn).toList());
		upns.add("nobody@contoso.com");
		List<ProfileRole> roles = new ArrayList<>(List.of(new ProfileRole("BP1", "admin@contoso.com", "OWNER")));
		for (BillingProfile profile : profiles) {
			for (String upn : List.of("admin@contoso.com", "ann@contoso.com")) {
				if (random.nextInt(3) != 0 && !profile.billingProfileId().equals("BP1")) {
					roles.add(new ProfileRole(profile.billingProfileId(), upn,
							Extracts.ROLES.get(random.nextInt(Extracts.ROLES.size()))));
				}
			}
		}
		List<Subscription> subscriptions = new ArrayList<>();
		List<String> subscriptionIds = new ArrayList<>(List.of("sub-unknown"));
		for (int i = 1; i <= random.nextInt(4); i++) {
			String profile = profiles.get(random.nextInt(profiles.size())).billingProfileId();
			subscriptions.add(new Subscription("sub-" + i, profile, null));
			subscriptionIds.add("sub-" + i);
		}
		List<Purchase> purchases = new ArrayList<>();
		List<String> benefitIds = new ArrayList<>();
		for (int i = 1; i <= 1 + random.nextInt(5); i++) {
			String offer = OFFER_IDS[random.nextInt(OFFER_IDS.length)];
			LocalDate day = FIRST.plusDays(random.nextInt(400));
			String status = random.nextInt(5) == 0 ? pick(random, "CANCELLED", "FRAUD") : "ACTIVE";
			purchases.add(new Purchase("PU" + i, partner.partnerId(), offer, random.nextInt(6) == 0 ? "BA2" : "BA1",
					day, day.plusDays(200 + random.nextInt(300)), status,
					status.equals("ACTIVE") ? null : day.plusDays(random.nextInt(300) - 5)));
			for (OfferBenefit benefit : OFFERS) {
				if (benefit.offerId().equals(offer)) {
					benefitIds.add("PU" + i + "-" + benefit.benefitCode());
					subscriptionIds.add("sub-PU" + i + "-" + benefit.benefitCode() + "-1");
				}
			}
		}
		List<Action> actions = new ArrayList<>();
		int actionCount = random.nextInt(40);
		for (int i = 1; i <= actionCount; i++) {
			actions.add(action(random, i, benefitIds, profiles, upns, subscriptionIds));
		}
		for (Purchase purchase : purchases) {
			for (String benefit : benefitIds) {
				if (benefit.startsWith(purchase.purchaseId() + "-") && random.nextInt(10) < 8) {
					happyPath(random, actions, benefit, purchase.purchaseDate());
				}
			}
		}
		List<UsageSum> usage = new ArrayList<>();
		int usageCount = random.nextInt(150);
		for (int i = 0; i < usageCount; i++) {
			String subscription = subscriptionIds.get(random.nextInt(subscriptionIds.size()));
			String profile = random.nextBoolean() ? "BP1"
					: profiles.get(random.nextInt(profiles.size())).billingProfileId();
			boolean negative = random.nextInt(6) == 0;
			BigDecimal amount = BigDecimal.valueOf(random.nextInt(90_000), 3);
			PreClassification preClass = random.nextInt(3) == 0
					? PreClassification.values()[random.nextInt(PreClassification.values().length)]
					: PreClassification.USAGE;
			usage.add(new UsageSum(subscription, random.nextBoolean() ? profile : profile.toLowerCase(),
					FIRST.plusDays(random.nextInt(700)),
					random.nextInt(4) != 0 ? "USD" : currencies.get(random.nextInt(currencies.size())), negative,
					preClass, SERVICES[random.nextInt(SERVICES.length)], "", 1 + random.nextInt(5),
					negative ? amount.negate() : amount));
		}
		Properties overrides = new Properties();
		overrides.setProperty("monthly-period", pick(random, "ANNIVERSARY", "CALENDAR"));
		overrides.setProperty("first-period", pick(random, "FULL", "PRORATED"));
		overrides.setProperty("application-order", pick(random, "EXPIRY_FIRST", "OLDEST_FIRST"));
		overrides.setProperty("savings-plans-covered", pick(random, "true", "false"));
		Policy policy = Policy.defaults().with(overrides, "seed " + seed);
		Rollout rollout = new Rollout(Map.of(partner.country(), FIRST.plusDays(random.nextInt(500))));
		LocalDate asOf = FIRST.plusDays(200 + random.nextInt(700));
		PartnerWorld world = new PartnerWorld(partner, profiles, purchases, users, roles, subscriptions, actions,
				random.nextInt(4) == 0 ? Set.of("sub-1") : Set.of(), usage);
		return new RandomWorld(seed, world, new Scenario(policy, rollout, new Offers(OFFERS), asOf));
	}

	/**
	 * The actions that start a benefit in either experience, soon after provisioning:
	 * whichever does not apply is rejected WRONG_EXPERIENCE.
	 */
	private static void happyPath(Random random, List<Action> actions, String benefit, LocalDate purchased) {
		Instant at = purchased.plusDays(4 + random.nextInt(30))
			.atStartOfDay()
			.toInstant(java.time.ZoneOffset.UTC)
			.plusSeconds(random.nextInt(80_000));
		String user = random.nextBoolean() ? "admin@contoso.com" : "bo@contoso.com";
		String id = "H" + benefit;
		actions.add(new Action(id + "-1", at, "REDEEM", "admin@contoso.com", benefit, "BP1", "", "", "", ""));
		actions.add(new Action(id + "-2", at, "ASSIGN", "admin@contoso.com", benefit, "", "", user, "", ""));
		actions.add(new Action(id + "-3", at.plusSeconds(3600), "ACTIVATE", "", benefit, "BP1", "", user, "", ""));
	}

	/** The same world with every list in another order (rule T4). */
	RandomWorld shuffled(long shuffleSeed) {
		Random random = new Random(shuffleSeed);
		PartnerWorld w = this.world;
		PartnerWorld shuffled = new PartnerWorld(w.partner(), shuffle(w.billingProfiles(), random),
				shuffle(w.purchases(), random), shuffle(w.users(), random), shuffle(w.profileRoles(), random),
				shuffle(w.subscriptions(), random), shuffle(w.actions(), random), w.foreignSubscriptionIds(),
				shuffle(w.usage(), random));
		return new RandomWorld(this.seed, shuffled, this.scenario);
	}

	private static Action action(Random random, int i, List<String> benefits, List<BillingProfile> profiles,
			List<String> upns, List<String> subscriptions) {
		String kind = Extracts.ACTION_TYPES.get(random.nextInt(Extracts.ACTION_TYPES.size()));
		if (random.nextInt(3) != 0) {
			// mostly the actions that move credits
			kind = pick(random, "REDEEM", "ASSIGN", "ACTIVATE", "REMOVE", "REDEEM", "ASSIGN", "ACTIVATE");
		}
		Instant at = FIRST.plusDays(random.nextInt(600))
			.atStartOfDay()
			.toInstant(java.time.ZoneOffset.UTC)
			.plusSeconds(random.nextInt(86_400));
		String benefit = benefits.get(random.nextInt(benefits.size()));
		String profile = profiles.get(random.nextInt(profiles.size())).billingProfileId();
		String user = upns.get(random.nextInt(upns.size()));
		String actor = random.nextInt(4) == 0 ? user : "admin@contoso.com";
		String subscription = subscriptions.get(random.nextInt(subscriptions.size()));
		String id = String.format("A%03d", i);
		return switch (kind) {
			case "REDEEM" -> new Action(id, at, kind, actor, benefit, profile, "", "", "", "");
			case "ASSIGN" ->
				new Action(id, at, kind, actor, benefit, "", random.nextInt(4) == 0 ? subscription : "", user, "", "");
			case "ACTIVATE" ->
				new Action(id, at, kind, "", benefit, random.nextBoolean() ? profile : "", "", user, "", "");
			case "REMOVE" -> new Action(id, at, kind, actor, benefit, "", "", user, "", "");
			case "MOVE_SUBSCRIPTION" -> new Action(id, at, kind, "", "", "", subscription, "", profile, "");
			case "MOVE_CREDITS" -> new Action(id, at, kind, "", "", "", subscription, "",
					subscriptions.get(random.nextInt(subscriptions.size())), "");
			case "MOVE_BILLING_PROFILE" -> new Action(id, at, kind, "", "", profile, "", "", "BA9", "");
			case "SET_PAYMENT_INSTRUMENT" ->
				new Action(id, at, kind, "", "", profile, "", "", "", random.nextBoolean() ? "true" : "false");
			case "GRANT_ROLE" -> new Action(id, at, kind, "", "", profile, "", user, "",
					Extracts.ROLES.get(random.nextInt(Extracts.ROLES.size())));
			default -> new Action(id, at, kind, "", "", profile, "", user, "", "");
		};
	}

	private static <T> List<T> shuffle(List<T> list, Random random) {
		List<T> copy = new ArrayList<>(list);
		Collections.shuffle(copy, random);
		return copy;
	}

	private static String pick(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

}
