package com.creditsrecon.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;

/**
 * Adds billing profiles, users and subscriptions to a partner, numbering them so that
 * their IDs are unique and stable: profile 0 is the partner's home profile and
 * subscription 0 its first subscription (other partners' scenarios name them).
 */
final class TenantBuilder {

	static final List<String> FIRST_NAMES = List.of("anna", "jonas", "lena", "oliver", "priya", "tom", "claire", "hugo",
			"sanne", "daan", "megan", "alex", "blair", "casey", "jordan", "riley", "ethan", "chloe", "noah", "haruto",
			"yui", "olivia", "jack", "arjun", "kavya", "lucas", "beatriz", "sofia", "diego", "felix", "marie", "wei",
			"nur", "ravi", "amelia", "mateo", "freya", "liam", "aiko", "omar", "zara", "ines", "pablo", "emma", "kenji",
			"mia", "leo", "sara", "david", "nina");

	static final List<String> LAST_NAMES = List.of("schmidt", "weber", "fischer", "hughes", "patel", "evans", "martin",
			"bernard", "devries", "bakker", "bowen", "wilber", "cho", "jensen", "lee", "nguyen", "roy", "tremblay",
			"gagnon", "sato", "tanaka", "smith", "brown", "mehta", "rao", "souza", "lima", "hernandez", "ramirez",
			"wagner", "koch", "lim", "kumar", "garcia", "rossi", "nowak", "larsen", "kim", "ali", "silva", "dubois",
			"muller", "costa", "singh", "ito", "novak", "berg", "lopez", "khan", "walsh");

	static final List<String> FREE_HOSTS = List.of("gmail.com", "hotmail.com", "live.com");

	private final GeneratedPartner partner;

	private final SplittableRandom random;

	private final long seed;

	private final Timeframe timeframe;

	private int profileCount;

	private int subscriptionCount;

	TenantBuilder(GeneratedPartner partner, SplittableRandom random, long seed, Timeframe timeframe) {
		this.partner = partner;
		this.random = random;
		this.seed = seed;
		this.timeframe = timeframe;
		this.profileCount = partner.profiles.size();
		this.subscriptionCount = partner.subscriptions.size();
	}

	/** Adds a billing profile; its ID is the partner's next profile number's. */
	Profile profile(String account, String type, String currency, boolean paymentInstrument, LocalDate createdOn,
			boolean dedicated) {
		if (this.profileCount >= 255) {
			throw new IllegalStateException("too many billing profiles for partner " + this.partner.partnerId);
		}
		Profile profile = new Profile(Ids.profileId(this.seed, this.partner.index, this.profileCount++), account, type,
				currency, paymentInstrument, createdOn, dedicated);
		this.partner.profiles.add(profile);
		return profile;
	}

	/**
	 * A profile opened during the window for one scenario: MCA, under the main account,
	 * in the partner's currency, with one subscription.
	 */
	Profile dedicatedProfile(LocalDate createdOn, boolean paymentInstrument) {
		String type = this.random.nextInt(4) == 0 ? "MCA_PREMIER" : "MCA_STANDARD";
		Profile profile = profile(this.partner.mainAccount, type, this.partner.currency, paymentInstrument, createdOn,
				true);
		listedSubscription(profile, createdOn.plusDays(this.random.nextInt(3)));
		return profile;
	}

	/** A new billing account of the partner, in the MCA form. */
	String newAccount() {
		return Ids.mcaAccount(this.seed, this.partner.index, this.partner.accounts++);
	}

	/**
	 * A subscription of subscriptions.csv, created on a day (null: unknown, long ago).
	 */
	Subscription listedSubscription(Profile profile, LocalDate createdOn) {
		String id = Ids.subscriptionId(this.seed, this.partner.index, this.subscriptionCount++);
		LocalDate from = (createdOn == null || createdOn.isBefore(this.timeframe.start())) ? this.timeframe.start()
				: createdOn;
		Subscription subscription = new Subscription(id, true, profile, createdOn, from);
		this.partner.subscriptions.add(subscription);
		return subscription;
	}

	/**
	 * A subscription that an accepted ASSIGN creates (rule L1): not in subscriptions.csv,
	 * with usage from that day, billed to the home profile until activation says more.
	 */
	Subscription assignedSubscription(String id, LocalDate day) {
		Subscription subscription = new Subscription(id, false, this.partner.home(), null, day);
		subscription.weight = 3;
		subscription.reserved = true;
		this.partner.subscriptions.add(subscription);
		return subscription;
	}

	/** A GUID for a subscription an ASSIGN names. */
	String newSubscriptionId() {
		return Ids.guid("assigned|" + this.seed + "|" + this.partner.index + "|" + this.subscriptionCount++);
	}

	/** A user of a kind, with a UPN no other user of the world has. */
	User user(UserKind kind) {
		for (int attempt = 0;; attempt++) {
			String first = pick(FIRST_NAMES);
			String last = pick(LAST_NAMES);
			String suffix = attempt < 5 ? "" : Integer.toString(attempt);
			String upn = switch (kind) {
				case ADMIN, MEMBER -> first + "." + last + suffix + "@" + companyDomain();
				case GUEST -> first + suffix + "_" + pick(List.of("fabrikam", "contoso", "northwind", "fourthcoffee"))
						+ "." + pick(List.of("com", "co.uk", "de")) + "#EXT#@" + this.partner.slug + ".onmicrosoft.com";
				case FREE_HOSTED -> first + "." + this.partner.slug + suffix + "@" + pick(FREE_HOSTS);
				case OUTSIDER -> first + "." + last + suffix + "@" + this.partner.slug + "-labs.io";
			};
			if (this.partner.user(upn) == null) {
				User user = new User(upn, kind);
				this.partner.users.add(user);
				return user;
			}
		}
	}

	/** One of the tenant's domains, mostly the first. */
	private String companyDomain() {
		List<String> domains = this.partner.tenantDomains;
		int draw = this.random.nextInt(10);
		if (draw < 7 || domains.size() == 1) {
			return domains.get(0);
		}
		return domains.get(1 + this.random.nextInt(domains.size() - 1));
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

}
