package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * Rules SM1–SM3: subscriptions moved between billing profiles (blocked while credits are
 * active on them), legacy credits moved between subscriptions of one profile, and the
 * billing profile moves that are not supported. Next to a large deposit, after a legacy
 * activation, and now and then at random once the purchases' stories are told. A
 * subscription a story names is reserved, so that no random move spoils it.
 */
final class MoveStory extends FamilyStory {

	MoveStory(Script script) {
		super(script);
	}

	/**
	 * SM1 next to a large deposit: a subscription of that profile cannot move while the
	 * credit is active; one of a profile without credits can.
	 */
	void blockedAndAcceptedMoves(Profile busy, LocalDate deposited, Purchase purchase) {
		LocalDate day = deposited.plusDays(1 + this.script.random.nextInt(8));
		if (!this.script.live(purchase, day)) {
			return;
		}
		Subscription blocked = this.profiles.listedOf(busy);
		Profile elsewhere = this.profiles.otherProfile(busy);
		if (blocked == null) {
			blocked = this.script.tenant.listedSubscription(busy, deposited.minusDays(1));
		}
		blocked.reserved = true;
		if (elsewhere == null) {
			elsewhere = this.profiles.ineligibleProfile(true);
		}
		moveSubscription(this.script.morning(day), blocked, elsewhere).rejected(ReasonCode.SUBSCRIPTION_MOVE_BLOCKED);
		LocalDateTime at = movedFromAQuietProfile(day);
		LocalDateTime ghost = at.plusMinutes(30 + this.script.random.nextInt(200));
		if (this.script.inWindow(ghost.toLocalDate())) {
			byAdmin(ghost, ActionType.MOVE_SUBSCRIPTION).subscription(this.script.ghostSubscription())
				.target(busy.id)
				.rejected(ReasonCode.UNKNOWN_SUBSCRIPTION);
			if (this.script.foreign >= 0) {
				// another partner's profile (rule T7)
				byAdmin(this.script.later(ghost), ActionType.MOVE_SUBSCRIPTION)
					.subscription(this.script.partner.subscriptions.get(0).id)
					.target(Ids.profileId(this.script.seed, this.script.foreign, 0))
					.rejected(ReasonCode.UNKNOWN_BILLING_PROFILE);
			}
		}
	}

	/**
	 * SM1 accepted: a subscription of an ineligible profile, which holds no credits,
	 * moved home a few days after {@code day}.
	 * @return the moment of the move (after the window: not made)
	 */
	private LocalDateTime movedFromAQuietProfile(LocalDate day) {
		Profile quiet = this.profiles.ineligibleProfile(true);
		Subscription movable = null;
		for (Subscription subscription : this.script.partner.subscriptions) {
			if (subscription.listed && !subscription.reserved && subscription.profileOn(day) == quiet) {
				movable = subscription;
				break;
			}
		}
		if (movable == null) {
			movable = this.script.tenant.listedSubscription(quiet, null);
		}
		movable.reserved = true;
		LocalDateTime at = this.script.morning(day.plusDays(this.script.random.nextInt(3)));
		if (this.script.inWindow(at.toLocalDate())) {
			moveSubscription(at, movable, this.script.partner.home()).accepted();
			movable.moveTo(this.script.partner.home(), at.toLocalDate());
		}
		return at;
	}

	/**
	 * The moves of a legacy credit activated on {@code seat} under {@code home}: blocked
	 * while the credit is on it, every MOVE_CREDITS rejection, the credits moved to
	 * another subscription of the profile, then the subscription moved, and
	 * MOVE_BILLING_PROFILE.
	 */
	void legacyCreditMoves(Purchase purchase, Subscription seat, Profile home, LocalDate start, LocalDate end) {
		Subscription target = this.profiles.listedOf(home);
		Subscription idle = null;
		for (Subscription subscription : this.script.partner.subscriptions) {
			if (subscription.listed && subscription.profile() == home && subscription != target) {
				idle = subscription;
			}
		}
		if (idle == null) {
			idle = this.script.tenant.listedSubscription(home, home.createdOn);
		}
		target.reserved = true;
		idle.reserved = true;
		LocalDate day = start.plusDays(1 + this.script.random.nextInt(4));
		LocalDateTime first = this.script.morning(day);
		if (day.isAfter(end) || !this.script.live(purchase, day)) {
			return;
		}
		refusedMoves(seat, idle, target, first);
		LocalDateTime at = this.script.morning(day.plusDays(1 + this.script.random.nextInt(5)));
		if (at.toLocalDate().isAfter(end)) {
			return;
		}
		moveCredits(at, seat, target.id).accepted();
		at = this.script.later(at);
		// accepted once the credits have left it
		Profile away = this.script.partner.subscriptions.get(0).profile();
		moveSubscription(at, seat, away).accepted();
		seat.moveTo(away, at.toLocalDate());
		at = this.script.later(at);
		byAdmin(at, ActionType.MOVE_BILLING_PROFILE).profile(home)
			.target(this.script.tenant.newAccount())
			.rejected(ReasonCode.NOT_SUPPORTED);
	}

	/**
	 * SM1 and SM2 refused, minutes apart: the seat's subscription while the credit is on
	 * it, credits moved to an unknown subscription, from one without credits, and to
	 * another profile's subscription.
	 */
	private void refusedMoves(Subscription seat, Subscription idle, Subscription target, LocalDateTime at) {
		Subscription elsewhere = this.script.partner.subscriptions.get(0);
		moveSubscription(at, seat, elsewhere.profile()).rejected(ReasonCode.SUBSCRIPTION_MOVE_BLOCKED);
		at = this.script.later(at);
		moveCredits(at, seat, this.script.ghostSubscription()).rejected(ReasonCode.UNKNOWN_SUBSCRIPTION);
		at = this.script.later(at);
		moveCredits(at, idle, target.id).rejected(ReasonCode.NO_CREDITS_ON_SUBSCRIPTION);
		at = this.script.later(at);
		moveCredits(at, seat, elsewhere.id).rejected(ReasonCode.CREDITS_MOVE_OTHER_PROFILE);
	}

	/**
	 * Random moves after the stories: a subscription of a profile without deposited
	 * credits moved (accepted), now and then an unknown one, a billing profile, or
	 * credits of a subscription that has none.
	 */
	void randomMoves() {
		GeneratedPartner partner = this.script.partner;
		if (this.script.random.nextInt(100) < 8 && partner.profiles.size() > 1) {
			moveAFreeSubscription(this.script.anyMoment().toLocalDate());
		}
		if (this.script.random.nextInt(100) < 3) {
			byAdmin(this.script.anyMoment(), ActionType.MOVE_SUBSCRIPTION).subscription(this.script.ghostSubscription())
				.target(partner.home().id)
				.rejected(ReasonCode.UNKNOWN_SUBSCRIPTION);
		}
		if (this.script.random.nextInt(100) < 3) {
			byAdmin(this.script.anyMoment(), ActionType.MOVE_BILLING_PROFILE)
				.profile(this.script.pick(partner.profiles))
				.target(this.script.tenant.newAccount())
				.rejected(ReasonCode.NOT_SUPPORTED);
		}
		if (this.script.random.nextInt(100) < 2 && partner.subscriptions.size() > 1) {
			Subscription from = partner.subscriptions.get(partner.subscriptions.size() - 1);
			if (from.listed) {
				moveCredits(this.script.randomMoment(from.from, this.script.timeframe.end()), from,
						partner.subscriptions.get(0).id)
					.rejected(ReasonCode.NO_CREDITS_ON_SUBSCRIPTION);
			}
		}
	}

	/**
	 * SM1 accepted: the first subscription no story named, of a profile without credits.
	 */
	private void moveAFreeSubscription(LocalDate day) {
		for (Subscription subscription : this.script.partner.subscriptions) {
			Profile from = subscription.profileOn(day);
			if (subscription.listed && !subscription.reserved && !subscription.from.isAfter(day)
					&& !from.isReservedBetween(day, day, null)) {
				Profile to = this.profiles.otherProfile(from);
				if (to != null) {
					moveSubscription(this.script.morning(day), subscription, to).accepted();
					subscription.moveTo(to, day);
				}
				return;
			}
		}
	}

	private ScriptedAction moveSubscription(LocalDateTime at, Subscription subscription, Profile to) {
		return byAdmin(at, ActionType.MOVE_SUBSCRIPTION).subscription(subscription.id).target(to.id);
	}

	private ScriptedAction moveCredits(LocalDateTime at, Subscription from, String to) {
		return byAdmin(at, ActionType.MOVE_CREDITS).subscription(from.id).target(to);
	}

}
