package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Action;
import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Change;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Reservation;
import com.creditsrecon.generator.GeneratedPartner.Story;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;

/**
 * Writes what a partner's people do, purchase by purchase in date order: plausible
 * sequences (redeem once provisioned; assign, then activate; fix a blocker, then retry),
 * and attempts that the engine rejects for a known reason. Each attempt meant to fail is
 * placed where every earlier check of its rule passes, using what the script knows: which
 * profiles hold deposited credits when, which users hold bulk credits, payment
 * instruments and roles over time. Scenarios that change a profile's state get a profile
 * of their own, so that stories cannot spoil each other.
 */
final class ActionScript {

	private static final String REDEEM = "REDEEM";

	private static final String ASSIGN = "ASSIGN";

	private static final String ACTIVATE = "ACTIVATE";

	private static final String REMOVE = "REMOVE";

	private final GeneratedPartner partner;

	private final TenantBuilder tenant;

	private final SplittableRandom random;

	private final Timeframe timeframe;

	private final long seed;

	/**
	 * Another partner whose home profile and first subscription we may name; -1: none.
	 */
	private final int foreign;

	/** A day after every lot of the window has closed: "held until further notice". */
	private final LocalDate forever;

	private long order;

	private int ghosts;

	ActionScript(GeneratedPartner partner, TenantBuilder tenant, SplittableRandom random, Timeframe timeframe,
			long seed, int foreign) {
		this.partner = partner;
		this.tenant = tenant;
		this.random = random;
		this.timeframe = timeframe;
		this.seed = seed;
		this.foreign = foreign;
		this.forever = timeframe.end().plusYears(3);
	}

	void run() {
		// the first subscription carries the usage restatement: never moved
		this.partner.subscriptions.get(0).reserved = true;
		accountChanges();
		List<Purchase> byDate = new ArrayList<>(this.partner.purchases);
		byDate.sort(Comparator.comparing((Purchase p) -> p.date).thenComparing(p -> p.id));
		for (Purchase purchase : byDate) {
			if (purchase.modernized) {
				modernized(purchase, Flags.modernized(purchase.story, this.random));
			}
			else {
				Flags flags = Flags.legacy(purchase.story, this.random);
				legacy(purchase, purchase.benefits.get(0), flags);
				for (int i = 1; i < purchase.benefits.size(); i++) {
					legacy(purchase, purchase.benefits.get(i), Flags.secondary(purchase.story, this.random));
				}
			}
		}
		subscriptionMoves();
		this.partner.actions.sort(Comparator.comparing(Action::at).thenComparingLong(Action::order));
	}

	// ---------------------------------------------------------------- rule A1

	/**
	 * Cards removed and added again, roles granted to and revoked from people who are not
	 * partner admins: always accepted; the script reads them back when it picks profiles.
	 */
	private void accountChanges() {
		User admin = admin();
		List<Profile> shared = this.partner.profiles.stream().filter(p -> !p.dedicated).toList();
		if (this.random.nextInt(100) < 25) {
			Profile profile = shared.get(this.random.nextInt(shared.size()));
			if (profile.paymentInstrument) {
				LocalDateTime off = randomMoment(this.timeframe.start(), this.timeframe.end().minusDays(1));
				LocalDateTime on = off.plusDays(1 + this.random.nextInt(14)).plusMinutes(this.random.nextInt(300));
				paymentInstrument(profile, off, false, admin);
				if (!on.toLocalDate().isAfter(this.timeframe.end())) {
					paymentInstrument(profile, on, true, admin);
				}
			}
		}
		for (Profile profile : shared) {
			if (!profile.paymentInstrument && this.random.nextInt(100) < 15) {
				paymentInstrument(profile, randomMoment(this.timeframe.start(), this.timeframe.end()), true, admin);
			}
		}
		List<User> members = this.partner.users.stream().filter(u -> u.kind == UserKind.MEMBER).toList();
		if (this.random.nextInt(100) < 20) {
			Profile profile = shared.get(this.random.nextInt(shared.size()));
			User member = members.get(this.random.nextInt(members.size()));
			String role = pick(List.of("READER", "INVOICE_MANAGER", "CONTRIBUTOR", "OWNER"));
			LocalDateTime at = randomMoment(this.timeframe.start(), this.timeframe.end());
			profile.roleChanges.add(new Change(at, member.upn, role));
			add("", at, "GRANT_ROLE", admin.upn, "", profile.id, "", member.upn, "", role);
		}
		if (this.random.nextInt(100) < 10) {
			for (Profile profile : shared) {
				String member = profile.roles.keySet()
					.stream()
					.filter(upn -> !this.partner.user(upn).admin)
					.findFirst()
					.orElse(null);
				if (member != null) {
					LocalDateTime at = randomMoment(this.timeframe.start(), this.timeframe.end());
					profile.roleChanges.add(new Change(at, member, null));
					add("", at, "REVOKE_ROLE", admin.upn, "", profile.id, "", member, "", "");
					break;
				}
			}
		}
	}

	private void paymentInstrument(Profile profile, LocalDateTime at, boolean value, User actor) {
		profile.instrumentChanges.add(new Change(at, "", Boolean.toString(value)));
		add("", at, "SET_PAYMENT_INSTRUMENT", actor.upn, "", profile.id, "", "", "", Boolean.toString(value));
	}

	// ---------------------------------------------------------------- rules M0–M6

	private void modernized(Purchase purchase, Flags f) {
		User admin = admin();
		LocalDate provisioned = purchase.provisioned();
		LocalDate revoked = purchase.revokedOn();
		Benefit probe = purchase.benefits.get(0);
		if (f.early) {
			LocalDate day = purchase.date.plusDays(1 + this.random.nextInt(3));
			if (day.isBefore(provisioned) && live(purchase, day)) {
				// M0: BENEFIT_NOT_PROVISIONED
				add("BENEFIT_NOT_PROVISIONED", morning(day), REDEEM, admin.upn, probe.id, this.partner.home().id, "",
						"", "", "");
			}
		}
		List<Benefit> redeem = new ArrayList<>();
		List<Benefit> lapse = new ArrayList<>();
		for (Benefit benefit : purchase.benefits) {
			if (f.untouched) {
				continue;
			}
			if (f.letExpire && benefit.activateBy() != null) {
				lapse.add(benefit);
			}
			else if (!f.leaveSome || !benefit.spec.isProduct() || this.random.nextBoolean()) {
				redeem.add(benefit);
			}
		}
		if (!redeem.isEmpty()) {
			probe = redeem.get(0);
		}
		else if (!lapse.isEmpty()) {
			probe = lapse.get(0);
		}
		LocalDate last = lastDay(purchase);
		for (Benefit benefit : redeem) {
			last = min(last, benefit.activateBy());
		}
		last = min(last, probe.activateBy());
		boolean redeemed = false;
		if (!f.untouched && !last.isBefore(provisioned)) {
			int span = (int) Math.max(0, Math.min(8, GeneratedPartner.daysBetween(provisioned, last) - 3));
			LocalDate first = provisioned.plusDays(this.random.nextInt(span + 1));
			LocalDateTime at = morning(first);
			if (f.wrongAction) {
				// L0: WRONG_EXPERIENCE
				add("WRONG_EXPERIENCE", at, ASSIGN, admin.upn, probe.id, "", "", member().upn, "", "");
				at = later(at);
			}
			if (f.nonAdmin) {
				// M0: NOT_PARTNER_ADMIN
				add("NOT_PARTNER_ADMIN", at, REDEEM, member().upn, probe.id, this.partner.home().id, "", "", "", "");
				at = later(at);
			}
			if (f.foreign && this.foreign >= 0) {
				// M0: UNKNOWN_BILLING_PROFILE
				add("UNKNOWN_BILLING_PROFILE", at, REDEEM, admin.upn, probe.id,
						Ids.profileId(this.seed, this.foreign, 0), "", "", "", "");
				at = later(at);
			}
			if (f.ineligible) {
				Profile other = ineligibleProfile(f.create);
				if (other != null) {
					// M1: NOT_ELIGIBLE_ACCOUNT_TYPE
					add("NOT_ELIGIBLE_ACCOUNT_TYPE", at, REDEEM, admin.upn, probe.id, other.id, "", "", "", "");
					at = later(at);
				}
			}
			if (f.otherAccount) {
				Profile other = otherAccountProfile(f.create);
				if (other != null) {
					// M2: NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT
					add("NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT", at, REDEEM, admin.upn, probe.id, other.id, "", "", "",
							"");
					at = later(at);
				}
			}
			Profile target = null;
			User actor = admin;
			if (f.noInstrument || f.noRole) {
				target = this.tenant.dedicatedProfile(first.minusDays(1 + this.random.nextInt(20)), !f.noInstrument);
				target.roles.put(admin.upn, f.noRole ? pick(List.of("READER", "INVOICE_MANAGER")) : "OWNER");
				if (f.noInstrument) {
					// M4: NO_PAYMENT_INSTRUMENT, then the card is added and the deposit
					// retried
					add("NO_PAYMENT_INSTRUMENT", at, REDEEM, admin.upn, probe.id, target.id, "", "", "", "");
					at = at.plusMinutes(20 + this.random.nextInt(160));
					paymentInstrument(target, at, true, admin);
					at = later(at);
				}
				if (f.noRole) {
					// M5: NO_CONTRIBUTOR_ACCESS, then another admin grants the role
					add("NO_CONTRIBUTOR_ACCESS", at, REDEEM, admin.upn, probe.id, target.id, "", "", "", "");
					at = at.plusMinutes(20 + this.random.nextInt(160));
					List<User> admins = this.partner.admins();
					User granter = admins.size() > 1 ? admins.get(1) : admin;
					String role = pick(List.of("CONTRIBUTOR", "OWNER"));
					target.roleChanges.add(new Change(at, admin.upn, role));
					add("", at, "GRANT_ROLE", granter.upn, "", target.id, "", admin.upn, "", role);
					at = later(at);
				}
			}
			else if (redeem.isEmpty()) {
				target = this.partner.home();
			}
			else {
				LocalDate until = reservationEnd(purchase, redeem, at.toLocalDate().plusDays(2));
				if (f.busy) {
					Profile busy = busyProfile(at.toLocalDate(), purchase);
					if (busy != null) {
						// M3: HAS_ACTIVE_CREDITS
						add("HAS_ACTIVE_CREDITS", at, REDEEM, admin.upn, probe.id, busy.id, "", "", "", "");
						at = later(at);
					}
				}
				for (Profile profile : candidates()) {
					User able = ableAdmin(profile, at);
					if (able != null && profile.isEligibleType() && profile.account.equals(this.partner.mainAccount)
							&& profile.hasPaymentInstrumentAt(at)
							&& !profile.isReservedBetween(at.toLocalDate(), until, purchase)) {
						target = profile;
						actor = able;
						break;
					}
				}
				if (target == null) {
					target = this.tenant.profile(this.partner.mainAccount, "MCA_STANDARD", this.partner.currency, true,
							at.toLocalDate().minusDays(1 + this.random.nextInt(30)), false);
					target.roles.put(admin.upn, "OWNER");
					this.tenant.listedSubscription(target, target.createdOn.plusDays(this.random.nextInt(2)));
				}
			}
			if (!redeem.isEmpty() && !at.toLocalDate().isAfter(last)) {
				LocalDate day = at.toLocalDate();
				for (Benefit benefit : redeem) {
					// M6: accepted
					add("", at, REDEEM, actor.upn, benefit.id, target.id, "", "", "", "");
					at = at.plusMinutes(1 + this.random.nextInt(10));
				}
				redeemed = true;
				boolean large = purchase.offer.large() && redeem.stream().anyMatch(b -> b.spec.isBulk());
				target.reservations.add(new Reservation(purchase, day, reservationEnd(purchase, redeem, day), large));
				if (f.twice) {
					LocalDate again = day.plusDays(1 + this.random.nextInt(20));
					if (live(purchase, again)) {
						// M0: ALREADY_REDEEMED
						Profile where = this.random.nextBoolean() ? target : this.partner.home();
						add("ALREADY_REDEEMED", morning(again), REDEEM, admin.upn, redeem.get(0).id, where.id, "", "",
								"", "");
					}
				}
				if (f.blockMoves && large) {
					blockedAndAcceptedMoves(target, day, purchase);
				}
			}
			for (Benefit benefit : lapse) {
				LocalDate day = benefit.activateBy().plusDays(1 + this.random.nextInt(10));
				if (live(purchase, day)) {
					// M0: BENEFIT_EXPIRED
					add("BENEFIT_EXPIRED", morning(day), REDEEM, admin.upn, benefit.id, target.id, "", "", "", "");
				}
			}
		}
		if (revoked != null && f.afterRevocation) {
			for (Benefit benefit : purchase.benefits) {
				boolean expiredFirst = benefit.activateBy() != null && benefit.activateBy().isBefore(revoked)
						&& !(redeemed && redeem.contains(benefit));
				LocalDate day = revoked.plusDays(this.random.nextInt(6));
				if (!expiredFirst && !day.isAfter(this.timeframe.end())) {
					// M0: BENEFIT_REVOKED
					add("BENEFIT_REVOKED", morning(day), REDEEM, admin.upn, benefit.id, this.partner.home().id, "", "",
							"", "");
					break;
				}
			}
		}
	}

	/**
	 * Rule SM1 next to a large deposit: a subscription of that profile cannot move while
	 * the credit is active; one of a profile without credits can.
	 */
	private void blockedAndAcceptedMoves(Profile busy, LocalDate deposited, Purchase purchase) {
		User admin = admin();
		LocalDate day = deposited.plusDays(1 + this.random.nextInt(8));
		if (!live(purchase, day)) {
			return;
		}
		Subscription blocked = listedOf(busy);
		Profile elsewhere = otherProfile(busy);
		if (blocked == null) {
			blocked = this.tenant.listedSubscription(busy, deposited.minusDays(1));
		}
		blocked.reserved = true;
		if (elsewhere == null) {
			elsewhere = ineligibleProfile(true);
		}
		// SM1: SUBSCRIPTION_MOVE_BLOCKED
		add("SUBSCRIPTION_MOVE_BLOCKED", morning(day), "MOVE_SUBSCRIPTION", admin.upn, "", "", blocked.id, "",
				elsewhere.id, "");
		Profile quiet = ineligibleProfile(true);
		Subscription movable = null;
		for (Subscription subscription : this.partner.subscriptions) {
			if (subscription.listed && !subscription.reserved && subscription.profileOn(day) == quiet) {
				movable = subscription;
				break;
			}
		}
		if (movable == null) {
			movable = this.tenant.listedSubscription(quiet, null);
		}
		movable.reserved = true;
		LocalDateTime at = morning(day.plusDays(this.random.nextInt(3)));
		if (!at.toLocalDate().isAfter(this.timeframe.end())) {
			// SM1: accepted, no credits on the subscription's profile
			add("", at, "MOVE_SUBSCRIPTION", admin.upn, "", "", movable.id, "", this.partner.home().id, "");
			movable.moveTo(this.partner.home(), at.toLocalDate());
		}
		LocalDateTime ghost = at.plusMinutes(30 + this.random.nextInt(200));
		if (!ghost.toLocalDate().isAfter(this.timeframe.end())) {
			// SM1: UNKNOWN_SUBSCRIPTION
			add("UNKNOWN_SUBSCRIPTION", ghost, "MOVE_SUBSCRIPTION", admin.upn, "", "", ghostSubscription(), "", busy.id,
					"");
			if (this.foreign >= 0) {
				// SM1: UNKNOWN_BILLING_PROFILE (another partner's profile, rule T7)
				add("UNKNOWN_BILLING_PROFILE", later(ghost), "MOVE_SUBSCRIPTION", admin.upn, "", "",
						this.partner.subscriptions.get(0).id, "", Ids.profileId(this.seed, this.foreign, 0), "");
			}
		}
	}

	// ---------------------------------------------------------------- rules L0–L3

	private void legacy(Purchase purchase, Benefit benefit, Flags f) {
		User admin = admin();
		LocalDate provisioned = purchase.provisioned();
		LocalDate revoked = purchase.revokedOn();
		boolean monthly = benefit.spec.isMonthly();
		boolean bulk = benefit.spec.isBulk();
		if (f.early) {
			LocalDate day = purchase.date.plusDays(1 + this.random.nextInt(3));
			if (day.isBefore(provisioned) && live(purchase, day)) {
				// L0: BENEFIT_NOT_PROVISIONED
				add("BENEFIT_NOT_PROVISIONED", morning(day), ASSIGN, admin.upn, benefit.id, "", "", member().upn, "",
						"");
			}
		}
		if (f.wrongAction) {
			LocalDate day = provisioned.plusDays(this.random.nextInt(6));
			if (live(purchase, day)) {
				// M0: WRONG_EXPERIENCE
				add("WRONG_EXPERIENCE", morning(day), REDEEM, admin.upn, benefit.id, this.partner.home().id, "", "", "",
						"");
			}
		}
		boolean started = false;
		LocalDate activateBy = benefit.activateBy();
		LocalDate lastSeat = min(lastDay(purchase), activateBy);
		if (!f.idle && !lastSeat.isBefore(provisioned)) {
			int span = (int) Math.max(0, Math.min(7, GeneratedPartner.daysBetween(provisioned, lastSeat) - 3));
			LocalDateTime at = morning(provisioned.plusDays(f.delay + this.random.nextInt(span + 1)));
			if (at.toLocalDate().isAfter(lastSeat)) {
				at = morning(lastSeat);
			}
			if (f.nonAdmin) {
				// L0: NOT_PARTNER_ADMIN
				add("NOT_PARTNER_ADMIN", at, ASSIGN, member().upn, benefit.id, "", "", member().upn, "", "");
				at = later(at);
			}
			if (f.notFound) {
				// L1.5: USER_NOT_FOUND
				add("USER_NOT_FOUND", at, ASSIGN, admin.upn, benefit.id, "", "", typo(member()), "", "");
				at = later(at);
			}
			if (!monthly && f.freeHosted) {
				// L1.6: FREE_HOSTED_DOMAIN
				add("FREE_HOSTED_DOMAIN", at, ASSIGN, admin.upn, benefit.id, "", "",
						someone(UserKind.FREE_HOSTED, f.create).upn, "", "");
				at = later(at);
			}
			if (!monthly && f.guest) {
				UserKind kind = this.random.nextBoolean() ? UserKind.GUEST : UserKind.OUTSIDER;
				// L1.6: GUEST_USER_NOT_ALLOWED
				add("GUEST_USER_NOT_ALLOWED", at, ASSIGN, admin.upn, benefit.id, "", "", someone(kind, true).upn, "",
						"");
				at = later(at);
			}
			if (bulk && f.bulkLimit) {
				User holder = bulkHolder(at.toLocalDate());
				if (holder != null) {
					// L1.7: BULK_LIMIT_REACHED
					add("BULK_LIMIT_REACHED", at, ASSIGN, admin.upn, benefit.id, "", "", holder.upn, "", "");
					at = later(at);
				}
			}
			User user = assignee(benefit, at.toLocalDate(), f.guestSeat);
			if (f.foreignSubscription && this.foreign >= 0) {
				// rule T7: UNKNOWN_SUBSCRIPTION, another partner's subscription
				add("UNKNOWN_SUBSCRIPTION", at, ASSIGN, admin.upn, benefit.id, "",
						Ids.guid("subscription|" + this.seed + "|" + this.foreign + "|0"), user.upn, "", "");
				at = later(at);
			}
			int assignments = 0;
			Subscription seat = assign(benefit, user, at, ++assignments, f.namedSubscription);
			LocalDate[] hold = bulk ? hold(user, at.toLocalDate()) : null;
			LocalDateTime assigned = at;
			User other = anyoneBut(user);
			if (f.inProgress) {
				// L1.1: ASSIGNMENT_IN_PROGRESS
				add("ASSIGNMENT_IN_PROGRESS", assigned.plusMinutes(3 + this.random.nextInt(6)), ASSIGN, admin.upn,
						benefit.id, "", "", other.upn, "", "");
			}
			at = assigned.plusMinutes(12);
			if (f.alreadyAssigned) {
				// L1.2: USER_ALREADY_ASSIGNED
				at = at.plusMinutes(this.random.nextInt(30));
				add("USER_ALREADY_ASSIGNED", at, ASSIGN, admin.upn, benefit.id, "", "", user.upn, "", "");
			}
			if (f.noSeat) {
				// L1.3: NO_SEAT_AVAILABLE
				at = later(at);
				add("NO_SEAT_AVAILABLE", at, ASSIGN, admin.upn, benefit.id, "", "", other.upn, "", "");
			}
			if (f.notAssignedUser) {
				// L2: NOT_ASSIGNED_USER
				at = later(at);
				add("NOT_ASSIGNED_USER", at, ACTIVATE, "", benefit.id, "", "", other.upn, "", "");
			}
			LocalDate late = activateBy == null ? null : activateBy.plusDays(1 + this.random.nextInt(5));
			if (f.lateActivation && late != null && live(purchase, late)) {
				// L0: BENEFIT_EXPIRED, activated after activate_by
				add("BENEFIT_EXPIRED", morning(late), ACTIVATE, "", benefit.id, "", "", user.upn, "", "");
				endHold(hold, activateBy);
				return;
			}
			if (f.neverActivated) {
				endHold(hold, activateBy != null ? activateBy : lastDay(purchase));
				afterRevocation(purchase, benefit, f, false);
				return;
			}
			LocalDateTime activation = at.plusMinutes(20 + this.random.nextInt(120)).plusDays(this.random.nextInt(3));
			if (activation.toLocalDate().isAfter(lastSeat)) {
				activation = at.plusMinutes(20);
			}
			if (activation.toLocalDate().isAfter(lastSeat)) {
				endHold(hold, lastDay(purchase));
				return;
			}
			Profile named = f.moves ? movesProfile(activation.toLocalDate()) : namedProfile();
			// L2: accepted, the first activation starts the benefit (K1)
			add("", activation, ACTIVATE, "", benefit.id, named == null ? "" : named.id, "", user.upn, "", "");
			started = true;
			LocalDate start = activation.toLocalDate();
			if (named != null) {
				seat.moveTo(named, start);
			}
			LocalDate end = min(benefit.lotsEnd(start), lastDay(purchase));
			at = activation;
			if (f.alreadyActive) {
				// L2: ALREADY_ACTIVE
				at = at.plusMinutes(10 + this.random.nextInt(80));
				add("ALREADY_ACTIVE", at, ACTIVATE, "", benefit.id, "", "", user.upn, "", "");
			}
			if (f.userNotAssigned) {
				// L3: USER_NOT_ASSIGNED
				at = later(at);
				add("USER_NOT_ASSIGNED", at, REMOVE, admin.upn, benefit.id, "", "", other.upn, "", "");
			}
			User current = user;
			if (f.moves && named != null) {
				moves(purchase, seat, named, start, min(end, this.timeframe.end()));
			}
			else if (f.limit && monthly) {
				current = reassignUntilLimit(purchase, benefit, current, start, end, assignments);
			}
			else if (f.reassign) {
				LocalDate day = start.plusDays(10 + this.random.nextInt(50));
				if (!day.isAfter(end)) {
					LocalDateTime removal = morning(day);
					// L3: accepted, the seat is free again
					add("", removal, REMOVE, admin.upn, benefit.id, "", "", current.upn, "", "");
					endHold(hold, day);
					hold = null;
					User next = monthly ? assignee(benefit, day, false) : anyoneBut(current);
					if (next == current) {
						next = anyoneBut(current);
					}
					LocalDateTime again = removal.plusMinutes(15 + this.random.nextInt(45));
					if (monthly) {
						// L1: accepted, a reassignment
						Subscription next_seat = assign(benefit, next, again, ++assignments, false);
						LocalDateTime activated = again.plusMinutes(30).plusDays(this.random.nextInt(2));
						if (!activated.toLocalDate().isAfter(end)) {
							add("", activated, ACTIVATE, "", benefit.id, "", "", next.upn, "", "");
						}
						next_seat.reserved = true;
						current = next;
					}
					else {
						// L1.4: REASSIGNMENT_NOT_ALLOWED
						add("REASSIGNMENT_NOT_ALLOWED", again, ASSIGN, admin.upn, benefit.id, "", "", next.upn, "", "");
					}
				}
			}
			endHold(hold, end);
			if (f.complete) {
				LocalDate day = benefit.lotsEnd(start).plusDays(1 + this.random.nextInt(5));
				if (live(purchase, day)) {
					// L0: BENEFIT_COMPLETE
					add("BENEFIT_COMPLETE", morning(day), REMOVE, admin.upn, benefit.id, "", "", current.upn, "", "");
				}
			}
		}
		afterRevocation(purchase, benefit, f, started);
	}

	private void afterRevocation(Purchase purchase, Benefit benefit, Flags f, boolean started) {
		LocalDate revoked = purchase.revokedOn();
		if (revoked == null || !f.afterRevocation) {
			return;
		}
		if (!started && benefit.activateBy() != null && benefit.activateBy().isBefore(revoked)) {
			// expired first: RV1 leaves it EXPIRED
			return;
		}
		LocalDate day = revoked.plusDays(this.random.nextInt(6));
		if (!day.isAfter(this.timeframe.end())) {
			// L0: BENEFIT_REVOKED
			add("BENEFIT_REVOKED", morning(day), ASSIGN, admin().upn, benefit.id, "", "", member().upn, "", "");
		}
	}

	/** An accepted ASSIGN and the subscription it creates (rule L1). */
	private Subscription assign(Benefit benefit, User user, LocalDateTime at, int number, boolean named) {
		String subscriptionId = named ? this.tenant.newSubscriptionId() : "";
		add("", at, ASSIGN, admin().upn, benefit.id, "", subscriptionId, user.upn, "", "");
		String id = named ? subscriptionId : "sub-" + benefit.id + "-" + number;
		return this.tenant.assignedSubscription(id, at.toLocalDate());
	}

	/**
	 * L1.4: a monthly seat passed on five times (every accepted assignment after the
	 * first is a reassignment), then once more: REASSIGNMENT_LIMIT_REACHED.
	 */
	private User reassignUntilLimit(Purchase purchase, Benefit benefit, User current, LocalDate start, LocalDate end,
			int assignments) {
		User admin = admin();
		LocalDate day = start;
		for (int cycle = 0; cycle <= 5; cycle++) {
			day = day.plusDays(4 + this.random.nextInt(5));
			if (day.isAfter(end) || !live(purchase, day)) {
				return current;
			}
			LocalDateTime removal = morning(day);
			add("", removal, REMOVE, admin.upn, benefit.id, "", "", current.upn, "", "");
			User next = anyoneBut(current);
			LocalDateTime again = removal.plusMinutes(20 + this.random.nextInt(30));
			if (cycle == 5) {
				// L1.4: REASSIGNMENT_LIMIT_REACHED
				add("REASSIGNMENT_LIMIT_REACHED", again, ASSIGN, admin.upn, benefit.id, "", "", next.upn, "", "");
				return current;
			}
			assign(benefit, next, again, ++assignments, this.random.nextInt(4) == 0);
			if (this.random.nextBoolean()) {
				add("", again.plusMinutes(60 + this.random.nextInt(120)), ACTIVATE, "", benefit.id, "", "", next.upn,
						"", "");
			}
			current = next;
		}
		return current;
	}

	// ---------------------------------------------------------------- rules SM1–SM3

	/**
	 * The moves of a legacy credit activated on {@code seat} under {@code home}: blocked
	 * while the credit is on it, every MOVE_CREDITS rejection, the credits moved to
	 * another subscription of the profile, then the subscription moved, and
	 * MOVE_BILLING_PROFILE.
	 */
	private void moves(Purchase purchase, Subscription seat, Profile home, LocalDate start, LocalDate end) {
		User admin = admin();
		Subscription target = listedOf(home);
		Subscription idle = null;
		for (Subscription subscription : this.partner.subscriptions) {
			if (subscription.listed && subscription.profile() == home && subscription != target) {
				idle = subscription;
			}
		}
		if (idle == null) {
			idle = this.tenant.listedSubscription(home, home.createdOn);
		}
		target.reserved = true;
		idle.reserved = true;
		Subscription elsewhere = this.partner.subscriptions.get(0);
		Profile away = elsewhere.profile();
		LocalDate day = start.plusDays(1 + this.random.nextInt(4));
		LocalDateTime at = morning(day);
		if (day.isAfter(end) || !live(purchase, day)) {
			return;
		}
		// SM1: SUBSCRIPTION_MOVE_BLOCKED, the legacy credit is active on it
		add("SUBSCRIPTION_MOVE_BLOCKED", at, "MOVE_SUBSCRIPTION", admin.upn, "", "", seat.id, "", away.id, "");
		at = later(at);
		// SM2: UNKNOWN_SUBSCRIPTION
		add("UNKNOWN_SUBSCRIPTION", at, "MOVE_CREDITS", admin.upn, "", "", seat.id, "", ghostSubscription(), "");
		at = later(at);
		// SM2: NO_CREDITS_ON_SUBSCRIPTION
		add("NO_CREDITS_ON_SUBSCRIPTION", at, "MOVE_CREDITS", admin.upn, "", "", idle.id, "", target.id, "");
		at = later(at);
		// SM2: CREDITS_MOVE_OTHER_PROFILE
		add("CREDITS_MOVE_OTHER_PROFILE", at, "MOVE_CREDITS", admin.upn, "", "", seat.id, "", elsewhere.id, "");
		at = morning(day.plusDays(1 + this.random.nextInt(5)));
		if (at.toLocalDate().isAfter(end)) {
			return;
		}
		// SM2: accepted
		add("", at, "MOVE_CREDITS", admin.upn, "", "", seat.id, "", target.id, "");
		at = later(at);
		// SM1: accepted once the credits have left it
		add("", at, "MOVE_SUBSCRIPTION", admin.upn, "", "", seat.id, "", away.id, "");
		seat.moveTo(away, at.toLocalDate());
		at = later(at);
		// SM3: NOT_SUPPORTED
		add("NOT_SUPPORTED", at, "MOVE_BILLING_PROFILE", admin.upn, "", home.id, "", "", this.tenant.newAccount(), "");
	}

	/**
	 * Random moves after the stories: a subscription of a profile without deposited
	 * credits moved (accepted), now and then an unknown one, a billing profile, or
	 * credits of a subscription that has none.
	 */
	private void subscriptionMoves() {
		User admin = admin();
		if (this.random.nextInt(100) < 8 && this.partner.profiles.size() > 1) {
			LocalDate day = randomMoment(this.timeframe.start(), this.timeframe.end()).toLocalDate();
			for (Subscription subscription : this.partner.subscriptions) {
				Profile from = subscription.profileOn(day);
				if (subscription.listed && !subscription.reserved && !subscription.from.isAfter(day)
						&& !from.isReservedBetween(day, day, null)) {
					Profile to = otherProfile(from);
					if (to == null) {
						break;
					}
					add("", morning(day), "MOVE_SUBSCRIPTION", admin.upn, "", "", subscription.id, "", to.id, "");
					subscription.moveTo(to, day);
					break;
				}
			}
		}
		if (this.random.nextInt(100) < 3) {
			add("UNKNOWN_SUBSCRIPTION", randomMoment(this.timeframe.start(), this.timeframe.end()), "MOVE_SUBSCRIPTION",
					admin.upn, "", "", ghostSubscription(), "", this.partner.home().id, "");
		}
		if (this.random.nextInt(100) < 3) {
			add("NOT_SUPPORTED", randomMoment(this.timeframe.start(), this.timeframe.end()), "MOVE_BILLING_PROFILE",
					admin.upn, "", pick(this.partner.profiles).id, "", "", this.tenant.newAccount(), "");
		}
		if (this.random.nextInt(100) < 2 && this.partner.subscriptions.size() > 1) {
			Subscription from = this.partner.subscriptions.get(this.partner.subscriptions.size() - 1);
			if (from.listed) {
				add("NO_CREDITS_ON_SUBSCRIPTION", randomMoment(from.from, this.timeframe.end()), "MOVE_CREDITS",
						admin.upn, "", "", from.id, "", this.partner.subscriptions.get(0).id, "");
			}
		}
	}

	// ---------------------------------------------------------------- choosing

	private User admin() {
		return this.partner.admins().get(0);
	}

	/** A member who is not a partner admin. */
	private User member() {
		for (User user : this.partner.users) {
			if (user.kind == UserKind.MEMBER) {
				return user;
			}
		}
		return this.tenant.user(UserKind.MEMBER);
	}

	private User someone(UserKind kind, boolean create) {
		List<User> users = this.partner.users.stream().filter(u -> u.kind == kind).toList();
		if (users.isEmpty() || (create && this.random.nextInt(4) == 0)) {
			return this.tenant.user(kind);
		}
		return pick(users);
	}

	private User anyoneBut(User user) {
		List<User> others = this.partner.users.stream().filter(u -> u != user).toList();
		return pick(others);
	}

	/**
	 * Who gets a legacy seat: for a monthly credit anyone of the tenant (guests and
	 * free-hosted users too), else a member with a company domain, and for a bulk credit
	 * one who holds no other bulk credit (L1 steps 6 and 7).
	 */
	private User assignee(Benefit benefit, LocalDate day, boolean guest) {
		if (benefit.spec.isMonthly()) {
			if (guest) {
				return someone(UserKind.GUEST, false);
			}
			return pick(this.partner.users.stream().filter(u -> !u.admin || this.random.nextInt(4) == 0).toList());
		}
		List<User> able = new ArrayList<>();
		for (User user : this.partner.users) {
			if (user.hasCompanyDomain() && (!benefit.spec.isBulk() || !user.holdsBulk(day, this.forever))) {
				able.add(user);
			}
		}
		return able.isEmpty() ? this.tenant.user(UserKind.MEMBER) : pick(able);
	}

	/** A user who holds another bulk credit since before {@code day} (L1 step 7). */
	private User bulkHolder(LocalDate day) {
		for (User user : this.partner.users) {
			for (LocalDate[] hold : user.bulkHolds) {
				if (hold[0].isBefore(day) && !day.isAfter(hold[1])) {
					return user;
				}
			}
		}
		return null;
	}

	private LocalDate[] hold(User user, LocalDate from) {
		LocalDate[] hold = { from, this.forever };
		user.bulkHolds.add(hold);
		return hold;
	}

	private static void endHold(LocalDate[] hold, LocalDate last) {
		if (hold != null && last != null && last.isBefore(hold[1])) {
			hold[1] = last;
		}
	}

	/** A UPN that is not in the tenant: a typing mistake. */
	private String typo(User user) {
		String local = user.localPart();
		String domain = user.upn.substring(user.upn.indexOf('@'));
		for (int i = 1;; i++) {
			String upn = local.substring(0, Math.min(i, local.length())) + local + domain;
			if (this.partner.user(upn) == null) {
				return upn;
			}
		}
	}

	/** The profiles a deposit may go to, the home profile mostly first. */
	private List<Profile> candidates() {
		List<Profile> profiles = new ArrayList<>();
		for (Profile profile : this.partner.profiles) {
			if (!profile.dedicated) {
				profiles.add(profile);
			}
		}
		if (this.random.nextInt(100) >= 70) {
			// a partner admin who prefers another profile
			java.util.Collections.rotate(profiles, -1);
		}
		return profiles;
	}

	private User ableAdmin(Profile profile, LocalDateTime at) {
		for (User admin : this.partner.admins()) {
			if (profile.canDepositAt(admin.upn, at)) {
				return admin;
			}
		}
		return null;
	}

	/** An eligible profile surely holding a large credit of another purchase (M3). */
	private Profile busyProfile(LocalDate day, Purchase purchase) {
		for (Profile profile : this.partner.profiles) {
			if (profile.isSurelyBusyOn(day, purchase)) {
				return profile;
			}
		}
		return null;
	}

	private Profile ineligibleProfile(boolean create) {
		for (Profile profile : this.partner.profiles) {
			if (!profile.isEligibleType()) {
				return profile;
			}
		}
		if (!create) {
			return null;
		}
		String[] types = { "MOSP", "MCA_INDIVIDUAL", "MCA_E", "LEGACY_EA", "MPA" };
		String type = types[Math.floorMod(this.partner.index / 40 + this.random.nextInt(2), types.length)];
		String account = type.equals("LEGACY_EA")
				? Ids.enrollment(this.seed, this.partner.index, this.partner.accounts++) : this.tenant.newAccount();
		Profile profile = this.tenant.profile(account, type, this.partner.currency, this.random.nextBoolean(),
				this.timeframe.start().minusDays(10 + this.random.nextInt(900)), false);
		profile.roles.put(admin().upn, "OWNER");
		this.tenant.listedSubscription(profile, null);
		return profile;
	}

	private Profile otherAccountProfile(boolean create) {
		for (Profile profile : this.partner.profiles) {
			if (profile.isEligibleType() && !profile.account.equals(this.partner.mainAccount)) {
				return profile;
			}
		}
		if (!create) {
			return null;
		}
		Profile profile = this.tenant.profile(this.tenant.newAccount(), "MCA_STANDARD", this.partner.currency, true,
				this.timeframe.start().minusDays(10 + this.random.nextInt(900)), false);
		profile.roles.put(admin().upn, "OWNER");
		return profile;
	}

	/** The profile a legacy activation names, or none. */
	private Profile namedProfile() {
		int draw = this.random.nextInt(100);
		if (draw < 40) {
			return null;
		}
		return draw < 75 ? this.partner.home() : pick(this.partner.profiles);
	}

	/**
	 * The profile of a moves scenario: its own, so that no deposit blocks the final move,
	 * with the subscription the credits move to and another without credits.
	 */
	private Profile movesProfile(LocalDate day) {
		Profile profile = this.tenant.dedicatedProfile(day.minusDays(5 + this.random.nextInt(30)), true);
		profile.roles.put(admin().upn, "OWNER");
		this.tenant.listedSubscription(profile, profile.createdOn);
		return profile;
	}

	private Subscription listedOf(Profile profile) {
		for (Subscription subscription : this.partner.subscriptions) {
			if (subscription.listed && subscription.profile() == profile && subscription.profileDays.size() == 1) {
				return subscription;
			}
		}
		return null;
	}

	private Profile otherProfile(Profile profile) {
		for (Profile other : this.partner.profiles) {
			if (other != profile && !other.dedicated) {
				return other;
			}
		}
		return null;
	}

	private String ghostSubscription() {
		return Ids.guid("ghost|" + this.seed + "|" + this.partner.index + "|" + this.ghosts++);
	}

	// ---------------------------------------------------------------- time

	/** The last day the purchase's benefits can be acted on: before revocation. */
	private LocalDate lastDay(Purchase purchase) {
		LocalDate revoked = purchase.revokedOn();
		LocalDate end = this.timeframe.end();
		return (revoked != null && revoked.minusDays(1).isBefore(end)) ? revoked.minusDays(1) : end;
	}

	private boolean live(Purchase purchase, LocalDate day) {
		return !day.isAfter(lastDay(purchase));
	}

	/**
	 * The last day deposited lots of the purchase may be open: the longest schedule,
	 * until revocation.
	 */
	private LocalDate reservationEnd(Purchase purchase, List<Benefit> benefits, LocalDate start) {
		LocalDate end = start;
		for (Benefit benefit : benefits) {
			LocalDate last = benefit.lotsEnd(start);
			end = last.isAfter(end) ? last : end;
		}
		LocalDate revoked = purchase.revokedOn();
		return (revoked != null && revoked.minusDays(1).isBefore(end)) ? revoked.minusDays(1) : end;
	}

	private LocalDateTime morning(LocalDate day) {
		return day.atTime(8, 0).plusMinutes(this.random.nextInt(240));
	}

	private LocalDateTime later(LocalDateTime at) {
		return at.plusMinutes(2 + this.random.nextInt(25));
	}

	private LocalDateTime randomMoment(LocalDate first, LocalDate last) {
		long span = Math.max(0, GeneratedPartner.daysBetween(first, last));
		return first.plusDays(this.random.nextLong(span + 1)).atTime(7, 0).plusMinutes(this.random.nextInt(660));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return (b == null || a.isBefore(b)) ? a : b;
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	/**
	 * Adds an action, with the outcome the script means it to have: a reason code, blank
	 * for accepted, null when the script cannot tell.
	 */
	private void add(String expected, LocalDateTime at, String action, String actor, String benefit, String profile,
			String subscription, String user, String target, String value) {
		this.partner.actions.add(new Action(at, this.order++, action, actor, benefit, profile, subscription, user,
				target, value, expected));
	}

}
