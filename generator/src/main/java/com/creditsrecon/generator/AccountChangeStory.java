package com.creditsrecon.generator;

import java.time.LocalDateTime;
import java.util.List;

import com.creditsrecon.generator.GeneratedPartner.Change;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;

/**
 * Rule A1: cards removed and added again, roles granted to and revoked from people who
 * are not partner admins; always accepted. Each change is kept on its profile, which the
 * other stories read back when they pick a profile that passes (or fails) rules M4 and M5
 * at a moment. The redemption story makes its fixes (a card added, a role granted)
 * through here too.
 */
final class AccountChangeStory extends FamilyStory {

	private static final List<String> MEMBER_ROLES = List.of("READER", "INVOICE_MANAGER", "CONTRIBUTOR", "OWNER");

	AccountChangeStory(Script script) {
		super(script);
	}

	/** The partner's account changes over the window, before any purchase's story. */
	void tell() {
		List<Profile> shared = this.script.partner.profiles.stream().filter(p -> !p.dedicated).toList();
		if (this.script.random.nextInt(100) < 25) {
			cardRemovedAndAddedAgain(this.script.pick(shared));
		}
		for (Profile profile : shared) {
			if (!profile.paymentInstrument && this.script.random.nextInt(100) < 15) {
				paymentInstrument(profile, this.script.anyMoment(), true, this.cast.admin());
			}
		}
		List<User> members = this.script.partner.users.stream().filter(u -> u.kind == UserKind.MEMBER).toList();
		if (this.script.random.nextInt(100) < 20) {
			Profile profile = this.script.pick(shared);
			User member = this.script.pick(members);
			String role = this.script.pick(MEMBER_ROLES);
			grantRole(profile, this.script.anyMoment(), this.cast.admin(), member, role);
		}
		if (this.script.random.nextInt(100) < 10) {
			revokeAMembersRole(shared);
		}
	}

	private void cardRemovedAndAddedAgain(Profile profile) {
		if (!profile.paymentInstrument) {
			return;
		}
		LocalDateTime off = this.script.randomMoment(this.script.timeframe.start(),
				this.script.timeframe.end().minusDays(1));
		LocalDateTime on = off.plusDays(1 + this.script.random.nextInt(14))
			.plusMinutes(this.script.random.nextInt(300));
		paymentInstrument(profile, off, false, this.cast.admin());
		if (this.script.inWindow(on.toLocalDate())) {
			paymentInstrument(profile, on, true, this.cast.admin());
		}
	}

	/**
	 * The first shared profile with a role held by someone who is not a partner admin.
	 */
	private void revokeAMembersRole(List<Profile> shared) {
		for (Profile profile : shared) {
			String member = profile.roles.keySet()
				.stream()
				.filter(upn -> !this.script.partner.user(upn).admin)
				.findFirst()
				.orElse(null);
			if (member != null) {
				LocalDateTime at = this.script.anyMoment();
				profile.roleChanges.add(new Change(at, member, null));
				byAdmin(at, ActionType.REVOKE_ROLE).profile(profile).user(member).accepted();
				return;
			}
		}
	}

	/** A1: the profile's payment instrument added ({@code true}) or removed. */
	void paymentInstrument(Profile profile, LocalDateTime at, boolean value, User actor) {
		profile.instrumentChanges.add(new Change(at, "", Boolean.toString(value)));
		this.script.at(at, ActionType.SET_PAYMENT_INSTRUMENT)
			.by(actor)
			.profile(profile)
			.value(Boolean.toString(value))
			.accepted();
	}

	/** A1: {@code granter} gives {@code user} a role on the profile. */
	void grantRole(Profile profile, LocalDateTime at, User granter, User user, String role) {
		profile.roleChanges.add(new Change(at, user.upn, role));
		this.script.at(at, ActionType.GRANT_ROLE).by(granter).profile(profile).user(user).value(role).accepted();
	}

}
