package com.creditsrecon.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Story;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;
import com.creditsrecon.generator.OfferCatalog.Kind;
import com.creditsrecon.generator.OfferCatalog.Offer;

/**
 * Builds one partner from its own random sequence, derived from (seed, partner index)
 * only: its tenant, billing profiles, users, subscriptions and purchases (the scenario of
 * its {@link Showcase} first), then has {@link ActionScript} write what its people do.
 */
final class PartnerGenerator {

	private static final List<String> FIRST_WORDS = List.of("Contoso", "Fabrikam", "Northwind", "Adatum", "Litware",
			"Proseware", "Tailspin", "Woodgrove", "Wingtip", "Alpine", "Coho", "Trey", "Lucerne", "Relecloud",
			"Fourth Coffee", "Blue Yonder", "Wide World", "VanArsdel", "Southridge", "Margie's", "Humongous", "Lamna",
			"Bellows", "Munson's", "Nod", "Datum", "Tasmanian", "Nordström", "Café Lumière", "Zürich", "Øresund",
			"São Paulo", "Kōbe", "Graphic Design");

	private static final List<String> SECOND_WORDS = List.of("Cloud", "Solutions", "Consulting", "Systems", "Digital",
			"Partners", "Labs", "Technologies", "Services", "IT", "Data", "Networks", "Software", "Group");

	private static final String[] EXTRA_TYPES = { "MCA_STANDARD", "MCA_PREMIER", "MOSP", "MCA_INDIVIDUAL", "MCA_E",
			"LEGACY_EA", "MPA" };

	private static final int[] EXTRA_TYPE_WEIGHTS = { 45, 20, 8, 6, 7, 8, 6 };

	private static final Kind[] RANDOM_KINDS = { Kind.INFRA, Kind.DATA, Kind.CORE, Kind.EXPANDED, Kind.LAUNCH,
			Kind.TRIAL };

	private static final int[] RANDOM_KIND_WEIGHTS = { 30, 15, 20, 8, 15, 12 };

	/**
	 * The most purchases a partner makes at random, besides its showcase's
	 * ({@link FaultRoom} counts on it).
	 */
	static final int MAX_RANDOM_PURCHASES = 3;

	private final GenerateOptions options;

	private final Timeframe timeframe;

	private final RolloutSchedule rollout;

	PartnerGenerator(GenerateOptions options, Timeframe timeframe, RolloutSchedule rollout) {
		this.options = options;
		this.timeframe = timeframe;
		this.rollout = rollout;
	}

	GeneratedPartner generate(int index) {
		Script script = draft(index);
		new ActionScript(script).run();
		return script.partner;
	}

	/**
	 * The partner of {@code index} as its stories find it: its tenant, billing profiles,
	 * users, subscriptions and purchases, nobody having acted yet; and the script that
	 * will write what its people do, with a random sequence of its own.
	 */
	Script draft(int index) {
		long seed = this.options.seed();
		SplittableRandom random = new SplittableRandom(Ids.partnerSeed(seed, index, 1));
		Showcase showcase = Showcase.of(index);
		GeneratedPartner partner = named(index, showcase, random);
		TenantBuilder tenant = new TenantBuilder(partner, random, seed, this.timeframe);
		users(partner, tenant, random);
		profiles(partner, tenant, random);
		purchases(partner, showcase, random);
		int foreign = this.options.partners() > 1 ? (index + 1) % this.options.partners() : -1;
		return new Script(partner, tenant, new SplittableRandom(Ids.partnerSeed(seed, index, 2)), this.timeframe, seed,
				foreign);
	}

	/**
	 * A partner of a country and region where its showcase fits, with a name, its
	 * tenant's domains and its currency.
	 */
	private GeneratedPartner named(int index, Showcase showcase, SplittableRandom random) {
		Country country = Country.pick(random);
		String region = random.nextInt(100) < 4 ? "" : country.region();
		if (!fits(showcase, country.code(), region)) {
			List<Country> fitting = Country.ALL.stream().filter(c -> fits(showcase, c.code(), c.region())).toList();
			if (!fitting.isEmpty()) {
				country = Country.pick(random, fitting);
				region = country.region();
			}
		}
		String first = FIRST_WORDS.get(random.nextInt(FIRST_WORDS.size()));
		String second = SECOND_WORDS.get(random.nextInt(SECOND_WORDS.size()));
		String suffix = country.suffixes().get(random.nextInt(country.suffixes().size()));
		String name = first + " " + second + ((random.nextInt(100) < 15) ? ", " : " ") + suffix;
		String slug = ascii(first + second) + index;
		List<String> domains = new ArrayList<>();
		domains.add(slug + "." + country.tld());
		if (random.nextInt(100) < 25) {
			domains.add(slug + (country.tld().equals("com") ? "-group.com" : ".com"));
		}
		domains.add(slug + ".onmicrosoft.com");
		return new GeneratedPartner(index, Ids.partnerId(index), name, country, region, country.pickCurrency(random),
				slug, domains, this.rollout.dateFor(country.code(), region),
				Ids.mcaAccount(this.options.seed(), index, 0));
	}

	/**
	 * Whether a partner of this country and region can have the showcase's purchases with
	 * room for their stories: legacy ones before its rollout day, modernized ones from
	 * it.
	 */
	private boolean fits(Showcase showcase, String country, String region) {
		LocalDate rolloutDay = this.rollout.dateFor(country, region);
		if (showcase.legacyRoom > 0 && legacyLast(rolloutDay, showcase.legacyRoom).isBefore(this.timeframe.start())) {
			return false;
		}
		return showcase.modernizedRoom == 0 || (rolloutDay != null
				&& !modernizedFirst(rolloutDay).isAfter(this.timeframe.end().minusDays(showcase.modernizedRoom)));
	}

	private LocalDate legacyLast(LocalDate rolloutDay, int room) {
		LocalDate last = this.timeframe.end().minusDays(room);
		if (rolloutDay != null && rolloutDay.minusDays(1).isBefore(last)) {
			last = rolloutDay.minusDays(1);
		}
		return last;
	}

	private LocalDate modernizedFirst(LocalDate rolloutDay) {
		return rolloutDay.isAfter(this.timeframe.start()) ? rolloutDay : this.timeframe.start();
	}

	private void users(GeneratedPartner partner, TenantBuilder tenant, SplittableRandom random) {
		tenant.user(UserKind.ADMIN);
		if (random.nextInt(100) < 35) {
			tenant.user(UserKind.ADMIN);
		}
		int members = 2 + random.nextInt(4);
		for (int i = 0; i < members; i++) {
			tenant.user(UserKind.MEMBER);
		}
		if (random.nextInt(100) < 55) {
			tenant.user(UserKind.GUEST);
		}
		if (random.nextInt(100) < 40) {
			tenant.user(UserKind.FREE_HOSTED);
		}
		if (random.nextInt(100) < 30) {
			tenant.user(UserKind.OUTSIDER);
		}
	}

	/**
	 * The home profile on the main account, then up to three more of other types, each
	 * with its roles and listed subscriptions.
	 */
	private void profiles(GeneratedPartner partner, TenantBuilder tenant, SplittableRandom random) {
		List<User> admins = partner.admins();
		List<User> members = partner.users.stream().filter(u -> u.kind == UserKind.MEMBER).toList();
		Profile home = homeProfile(partner, tenant, admins, members, random);
		listedSubscriptions(tenant, home, 1 + random.nextInt(3), random);
		int draw = random.nextInt(100);
		int extras = draw < 35 ? 0 : draw < 70 ? 1 : draw < 90 ? 2 : 3;
		for (int i = 0; i < extras; i++) {
			Profile profile = extraProfile(partner, tenant, random);
			extraRoles(profile, admins, members, random);
			int subscriptions = profile.isEligibleType() ? random.nextInt(3) : 1 + random.nextInt(2);
			listedSubscriptions(tenant, profile, subscriptions, random);
		}
	}

	private Profile homeProfile(GeneratedPartner partner, TenantBuilder tenant, List<User> admins, List<User> members,
			SplittableRandom random) {
		LocalDate start = this.timeframe.start();
		Profile home = tenant.profile(partner.mainAccount, random.nextInt(100) < 70 ? "MCA_STANDARD" : "MCA_PREMIER",
				partner.currency, true, random.nextInt(100) < 80 ? start.minusDays(200 + random.nextInt(1800)) : null,
				false);
		home.roles.put(admins.get(0).upn, "OWNER");
		if (admins.size() > 1) {
			home.roles.put(admins.get(1).upn, random.nextBoolean() ? "OWNER" : "CONTRIBUTOR");
		}
		home.roles.put(members.get(0).upn, random.nextInt(100) < 50 ? "CONTRIBUTOR" : "READER");
		if (random.nextInt(100) < 30) {
			home.roles.put(members.get(1).upn, "INVOICE_MANAGER");
		}
		return home;
	}

	/** A profile of a weighted type, on an account that type is usually found on. */
	private Profile extraProfile(GeneratedPartner partner, TenantBuilder tenant, SplittableRandom random) {
		String type = EXTRA_TYPES[weighted(random, EXTRA_TYPE_WEIGHTS)];
		String account;
		if (type.equals("LEGACY_EA")) {
			account = Ids.enrollment(this.options.seed(), partner.index, partner.accounts++);
		}
		else if (type.startsWith("MCA_STANDARD") || type.equals("MCA_PREMIER")) {
			account = random.nextInt(100) < 85 ? partner.mainAccount : tenant.newAccount();
		}
		else {
			account = random.nextInt(100) < 60 ? tenant.newAccount() : partner.mainAccount;
		}
		String currency = random.nextInt(100) < 90 ? partner.currency
				: (partner.currency.equals("USD") ? "EUR" : "USD");
		return tenant.profile(account, type, currency, random.nextInt(100) < 80,
				random.nextInt(100) < 75 ? this.timeframe.start().minusDays(30 + random.nextInt(1500)) : null, false);
	}

	private static void extraRoles(Profile profile, List<User> admins, List<User> members, SplittableRandom random) {
		String[] roles = { "OWNER", "CONTRIBUTOR", "READER", "INVOICE_MANAGER", null };
		String adminRole = roles[weighted(random, new int[] { 65, 15, 8, 5, 7 })];
		if (adminRole != null) {
			profile.roles.put(admins.get(0).upn, adminRole);
		}
		if (admins.size() > 1 && random.nextBoolean()) {
			profile.roles.put(admins.get(1).upn, "OWNER");
		}
		if (random.nextInt(100) < 30) {
			profile.roles.put(members.get(random.nextInt(members.size())).upn,
					random.nextBoolean() ? "READER" : "INVOICE_MANAGER");
		}
	}

	private void listedSubscriptions(TenantBuilder tenant, Profile profile, int count, SplittableRandom random) {
		for (int i = 0; i < count; i++) {
			tenant.listedSubscription(profile, subscriptionCreated(profile, random));
		}
	}

	private LocalDate subscriptionCreated(Profile profile, SplittableRandom random) {
		if (random.nextInt(100) >= 70) {
			return null;
		}
		LocalDate start = this.timeframe.start();
		LocalDate earliest = (profile.createdOn != null) ? profile.createdOn : start.minusDays(900);
		long span = GeneratedPartner.daysBetween(earliest, start.minusDays(1));
		return span <= 0 ? start.minusDays(1) : earliest.plusDays(random.nextLong(span + 1));
	}

	/** The showcase's purchases, then up to {@link #MAX_RANDOM_PURCHASES} at random. */
	private void purchases(GeneratedPartner partner, Showcase showcase, SplittableRandom random) {
		showcasePurchases(partner, showcase, random);
		int draw = random.nextInt(100);
		int extras = draw < 30 ? 0 : draw < 65 ? 1 : draw < 90 ? 2 : MAX_RANDOM_PURCHASES;
		if (partner.purchases.isEmpty() && extras == 0) {
			extras = 1;
		}
		for (int i = 0; i < extras; i++) {
			randomPurchase(partner, random);
		}
	}

	private void showcasePurchases(GeneratedPartner partner, Showcase showcase, SplittableRandom random) {
		LocalDate end = this.timeframe.end();
		LocalDate previous = null;
		Story previousStory = null;
		for (Showcase.Purchase wanted : showcase.purchases) {
			Kind kind = wanted.kind() != null ? wanted.kind() : RANDOM_KINDS[weighted(random, RANDOM_KIND_WEIGHTS)];
			boolean chained = wanted.story() == Story.MOD_BUSY || wanted.story() == Story.LEG_BULK_SECOND;
			LocalDate date = (chained && previous != null && previousStory != null)
					? previous.plusDays(15 + random.nextInt(20)) : showcaseDate(partner, showcase, wanted, random);
			date = notAfterEnd(date);
			String status = wanted.status() == null ? "ACTIVE" : wanted.status();
			LocalDate statusDate = null;
			if (wanted.status() != null) {
				statusDate = notAfterEnd(date.plusDays(4 + 20 + random.nextInt(20)));
			}
			addPurchase(partner, OfferCatalog.of(kind, partner.currency), date, status, statusDate, wanted.story(),
					random);
			previous = date;
			previousStory = wanted.story();
		}
	}

	/**
	 * A day with room for the purchase's story: a modernized purchase from the rollout
	 * day, a legacy one before it; in {@link Showcase#BULK_LIMIT} 35 days earlier still,
	 * as its second purchase follows the first within 35 days.
	 */
	private LocalDate showcaseDate(GeneratedPartner partner, Showcase showcase, Showcase.Purchase wanted,
			SplittableRandom random) {
		if (wanted.modernized()) {
			LocalDate first = partner.rollout == null ? this.timeframe.start() : modernizedFirst(partner.rollout);
			return between(random, first, this.timeframe.end().minusDays(showcase.modernizedRoom));
		}
		boolean chain = showcase == Showcase.BULK_LIMIT;
		LocalDate last = legacyLast(partner.rollout, showcase.legacyRoom).minusDays(chain ? 35 : 0);
		return between(random, this.timeframe.start(), last);
	}

	/** A purchase of a weighted kind; some are cancelled or found fraudulent later. */
	private void randomPurchase(GeneratedPartner partner, SplittableRandom random) {
		LocalDate end = this.timeframe.end();
		LocalDate date = between(random, this.timeframe.start(), end.minusDays(2));
		Kind kind = RANDOM_KINDS[weighted(random, RANDOM_KIND_WEIGHTS)];
		String currency = random.nextInt(100) < 90 ? partner.currency : "USD";
		String status = "ACTIVE";
		LocalDate statusDate = null;
		int fate = random.nextInt(100);
		if (fate < 8 && date.isBefore(end)) {
			status = fate < 5 ? "CANCELLED" : "FRAUD";
			statusDate = notAfterEnd(date.plusDays(1 + random.nextInt(150)));
		}
		addPurchase(partner, OfferCatalog.of(kind, currency), date, status, statusDate, Story.RANDOM, random);
	}

	private LocalDate notAfterEnd(LocalDate date) {
		return date.isAfter(this.timeframe.end()) ? this.timeframe.end() : date;
	}

	private void addPurchase(GeneratedPartner partner, Offer offer, LocalDate date, String status, LocalDate statusDate,
			Story story, SplittableRandom random) {
		int number = partner.purchases.size() + 1;
		String id = String.format(Locale.ROOT, "PU%s%02d", partner.partnerId, number);
		LocalDate membershipEnd = offer.kind() == Kind.LAUNCH ? date.plusMonths(3).minusDays(1)
				: date.plusYears(1).minusDays(1);
		if (offer.kind() != Kind.LAUNCH && membershipEnd.isAfter(this.timeframe.end()) && random.nextInt(100) < 15) {
			// the programme year ends with the window for some
			membershipEnd = this.timeframe.end();
		}
		partner.purchases
			.add(new Purchase(id, offer, date, membershipEnd, status, statusDate, partner.isModernized(date), story));
	}

	private static LocalDate between(SplittableRandom random, LocalDate first, LocalDate last) {
		long span = GeneratedPartner.daysBetween(first, last);
		return span <= 0 ? first : first.plusDays(random.nextLong(span + 1));
	}

	static int weighted(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** The ASCII letters of a name, lower case (for domains). */
	static String ascii(String text) {
		String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c >= 'a' && c <= 'z') {
				out.append(c);
			}
			else if (c == 'ø') {
				out.append('o');
			}
		}
		return out.toString();
	}

}
