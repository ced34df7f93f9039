package com.creditsrecon.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;

/**
 * Who acts and whom the actions are about: the partner's people, picked for what a story
 * needs of them (rules L1 steps 5–7), and who holds a legacy bulk credit when.
 */
final class Cast {

	private final Script script;

	private final GeneratedPartner partner;

	Cast(Script script) {
		this.script = script;
		this.partner = script.partner;
	}

	/** The partner admin who does most things. */
	User admin() {
		return this.partner.admins().get(0);
	}

	/** A member who is not a partner admin. */
	User member() {
		for (User user : this.partner.users) {
			if (user.kind == UserKind.MEMBER) {
				return user;
			}
		}
		return this.script.tenant.user(UserKind.MEMBER);
	}

	/**
	 * A user of a kind; a new one if there is none or, with {@code create}, now and then.
	 */
	User someone(UserKind kind, boolean create) {
		List<User> users = this.partner.users.stream().filter(u -> u.kind == kind).toList();
		if (users.isEmpty() || (create && this.script.random.nextInt(4) == 0)) {
			return this.script.tenant.user(kind);
		}
		return this.script.pick(users);
	}

	User anyoneBut(User user) {
		return this.script.pick(this.partner.users.stream().filter(u -> u != user).toList());
	}

	/**
	 * Who gets a legacy seat: for a monthly credit anyone of the tenant (guests and
	 * free-hosted users too), else a member with a company domain, and for a bulk credit
	 * one who holds no other bulk credit (L1 steps 6 and 7).
	 */
	User assignee(Benefit benefit, LocalDate day, boolean guest) {
		if (benefit.spec.isMonthly()) {
			if (guest) {
				return someone(UserKind.GUEST, false);
			}
			return this.script
				.pick(this.partner.users.stream().filter(u -> !u.admin || this.script.random.nextInt(4) == 0).toList());
		}
		List<User> able = new ArrayList<>();
		for (User user : this.partner.users) {
			if (user.hasCompanyDomain() && (!benefit.spec.isBulk() || !user.holdsBulk(day, this.script.forever))) {
				able.add(user);
			}
		}
		return able.isEmpty() ? this.script.tenant.user(UserKind.MEMBER) : this.script.pick(able);
	}

	/** A user who holds another bulk credit since before {@code day} (L1 step 7). */
	User bulkHolder(LocalDate day) {
		for (User user : this.partner.users) {
			for (LocalDate[] hold : user.bulkHolds) {
				if (hold[0].isBefore(day) && !day.isAfter(hold[1])) {
					return user;
				}
			}
		}
		return null;
	}

	/** {@code user} holds a bulk credit from {@code from} until further notice. */
	LocalDate[] hold(User user, LocalDate from) {
		LocalDate[] hold = { from, this.script.forever };
		user.bulkHolds.add(hold);
		return hold;
	}

	/** A UPN that is not in the tenant: a typing mistake. */
	String typo(User user) {
		String local = user.localPart();
		String domain = user.upn.substring(user.upn.indexOf('@'));
		for (int i = 1;; i++) {
			String upn = local.substring(0, Math.min(i, local.length())) + local + domain;
			if (this.partner.user(upn) == null) {
				return upn;
			}
		}
	}

}
