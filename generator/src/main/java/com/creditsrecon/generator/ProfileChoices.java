package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;

/**
 * Which billing profile or subscription a story names: one that passes every check of its
 * rule but the one the story means to fail (rules M1–M5, SM1), found among the partner's
 * or added to its tenant when it has none.
 */
final class ProfileChoices {

	private static final String[] INELIGIBLE_TYPES = { "MOSP", "MCA_INDIVIDUAL", "MCA_E", "LEGACY_EA", "MPA" };

	private final Script script;

	private final GeneratedPartner partner;

	private final Cast cast;

	ProfileChoices(Script script) {
		this.script = script;
		this.partner = script.partner;
		this.cast = script.cast;
	}

	/** The profiles a deposit may go to, the home profile mostly first. */
	List<Profile> candidates() {
		List<Profile> profiles = new ArrayList<>();
		for (Profile profile : this.partner.profiles) {
			if (!profile.dedicated) {
				profiles.add(profile);
			}
		}
		if (this.script.random.nextInt(100) >= 70) {
			// a partner admin who prefers another profile
			Collections.rotate(profiles, -1);
		}
		return profiles;
	}

	/** A partner admin who may deposit onto the profile at that moment (rule M5). */
	User ableAdmin(Profile profile, LocalDateTime at) {
		for (User admin : this.partner.admins()) {
			if (profile.canDepositAt(admin.upn, at)) {
				return admin;
			}
		}
		return null;
	}

	/** An eligible profile surely holding a large credit of another purchase (M3). */
	Profile busyProfile(LocalDate day, Purchase purchase) {
		for (Profile profile : this.partner.profiles) {
			if (profile.isSurelyBusyOn(day, purchase)) {
				return profile;
			}
		}
		return null;
	}

	/** A profile of an account type that cannot take credits (M1). */
	Profile ineligibleProfile(boolean create) {
		for (Profile profile : this.partner.profiles) {
			if (!profile.isEligibleType()) {
				return profile;
			}
		}
		if (!create) {
			return null;
		}
		String type = INELIGIBLE_TYPES[Math.floorMod(this.partner.index / 40 + this.script.random.nextInt(2),
				INELIGIBLE_TYPES.length)];
		String account = type.equals("LEGACY_EA")
				? Ids.enrollment(this.script.seed, this.partner.index, this.partner.accounts++)
				: this.script.tenant.newAccount();
		Profile profile = this.script.tenant.profile(account, type, this.partner.currency,
				this.script.random.nextBoolean(), longAgo(), false);
		profile.roles.put(this.cast.admin().upn, "OWNER");
		this.script.tenant.listedSubscription(profile, null);
		return profile;
	}

	/** An eligible profile under another billing account than the purchase's (M2). */
	Profile otherAccountProfile(boolean create) {
		for (Profile profile : this.partner.profiles) {
			if (profile.isEligibleType() && !profile.account.equals(this.partner.mainAccount)) {
				return profile;
			}
		}
		if (!create) {
			return null;
		}
		Profile profile = this.script.tenant.profile(this.script.tenant.newAccount(), "MCA_STANDARD",
				this.partner.currency, true, longAgo(), false);
		profile.roles.put(this.cast.admin().upn, "OWNER");
		return profile;
	}

	/** The profile a legacy activation names, or none. */
	Profile namedProfile() {
		int draw = this.script.random.nextInt(100);
		if (draw < 40) {
			return null;
		}
		return draw < 75 ? this.partner.home() : this.script.pick(this.partner.profiles);
	}

	/**
	 * The profile of a moves scenario: its own, so that no deposit blocks the final move,
	 * with the subscription the credits move to and another without credits.
	 */
	Profile movesProfile(LocalDate day) {
		Profile profile = this.script.tenant.dedicatedProfile(day.minusDays(5 + this.script.random.nextInt(30)), true);
		profile.roles.put(this.cast.admin().upn, "OWNER");
		this.script.tenant.listedSubscription(profile, profile.createdOn);
		return profile;
	}

	/** A subscription of subscriptions.csv under the profile that never moved. */
	Subscription listedOf(Profile profile) {
		for (Subscription subscription : this.partner.subscriptions) {
			if (subscription.listed && subscription.profile() == profile && subscription.profileDays.size() == 1) {
				return subscription;
			}
		}
		return null;
	}

	/** Another of the partner's shared profiles. */
	Profile otherProfile(Profile profile) {
		for (Profile other : this.partner.profiles) {
			if (other != profile && !other.dedicated) {
				return other;
			}
		}
		return null;
	}

	/** When a profile added for a hurdle was opened: long before the window. */
	private LocalDate longAgo() {
		return this.script.timeframe.start().minusDays(10 + this.script.random.nextInt(900));
	}

}
