package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.generator.GeneratedPartner.UserKind;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * Rules L0–L2: a legacy benefit's seat assigned to a user, who activates it, after the
 * hurdles its {@link AssignmentPlan} puts first, each aimed at a user or moment that
 * passes every earlier step of L1; then, as the plan says, the activation's own refusals,
 * the reassignments ({@link ReassignmentStory}) and the moves of the credit
 * ({@link MoveStory}).
 */
final class AssignmentStory extends FamilyStory {

	/** How a seat's story ended, for what may still follow it. */
	private enum Ending {

		/** Activated: the benefit started (rule K1). */
		STARTED,
		/** Never activated. */
		NOT_STARTED,
		/** Over, with nothing after it (activated too late, or no time left). */
		OVER

	}

	private final MoveStory moves;

	private final RevocationStory revocation;

	private final ReassignmentStory reassignments;

	AssignmentStory(Script script, MoveStory moves, RevocationStory revocation) {
		super(script);
		this.moves = moves;
		this.revocation = revocation;
		this.reassignments = new ReassignmentStory(script, this);
	}

	void tell(Purchase purchase, Benefit benefit, AssignmentPlan plan) {
		if (plan.has(AssignmentTurn.EARLY)) {
			tooEarly(purchase, benefit);
		}
		if (plan.has(AssignmentTurn.WRONG_ACTION)) {
			redeemed(purchase, benefit);
		}
		LegacySeat seat = new LegacySeat(purchase, benefit, plan,
				Script.min(this.script.lastDay(purchase), benefit.activateBy()));
		Ending ending = Ending.NOT_STARTED;
		if (!plan.has(AssignmentTurn.IDLE) && !seat.lastDay.isBefore(purchase.provisioned())) {
			ending = given(seat);
		}
		if (ending != Ending.OVER && plan.has(AssignmentTurn.AFTER_REVOCATION)) {
			this.revocation.assignedAfterRevocation(purchase, benefit, ending == Ending.STARTED);
		}
	}

	/** L0: BENEFIT_NOT_PROVISIONED, an assignment in the days before provisioning. */
	private void tooEarly(Purchase purchase, Benefit benefit) {
		LocalDate day = purchase.date.plusDays(1 + this.script.random.nextInt(3));
		if (day.isBefore(purchase.provisioned()) && this.script.live(purchase, day)) {
			byAdmin(this.script.morning(day), ActionType.ASSIGN).benefit(benefit)
				.user(this.cast.member())
				.rejected(ReasonCode.BENEFIT_NOT_PROVISIONED);
		}
	}

	/** M0: WRONG_EXPERIENCE, a deposit of the legacy benefit. */
	private void redeemed(Purchase purchase, Benefit benefit) {
		LocalDate day = purchase.provisioned().plusDays(this.script.random.nextInt(6));
		if (this.script.live(purchase, day)) {
			byAdmin(this.script.morning(day), ActionType.REDEEM).benefit(benefit)
				.profile(this.script.partner.home())
				.rejected(ReasonCode.WRONG_EXPERIENCE);
		}
	}

	/** The seat given, refused around, activated, and what follows. */
	private Ending given(LegacySeat seat) {
		LocalDateTime assigned = assigned(seat);
		User other = this.cast.anyoneBut(seat.holder);
		LocalDateTime at = refusedAroundTheSeat(seat, assigned, other);
		LocalDate activateBy = seat.benefit.activateBy();
		LocalDate late = activateBy == null ? null : activateBy.plusDays(1 + this.script.random.nextInt(5));
		if (seat.has(AssignmentTurn.LATE_ACTIVATION) && late != null && this.script.live(seat.purchase, late)) {
			// L0: BENEFIT_EXPIRED, activated after activate_by
			activation(this.script.morning(late), seat).user(seat.holder).rejected(ReasonCode.BENEFIT_EXPIRED);
			seat.endHold(activateBy);
			return Ending.OVER;
		}
		if (seat.has(AssignmentTurn.NEVER_ACTIVATED)) {
			seat.endHold(activateBy != null ? activateBy : this.script.lastDay(seat.purchase));
			return Ending.NOT_STARTED;
		}
		LocalDateTime activation = at.plusMinutes(20 + this.script.random.nextInt(120))
			.plusDays(this.script.random.nextInt(3));
		if (activation.toLocalDate().isAfter(seat.lastDay)) {
			activation = at.plusMinutes(20);
		}
		if (activation.toLocalDate().isAfter(seat.lastDay)) {
			seat.endHold(this.script.lastDay(seat.purchase));
			return Ending.OVER;
		}
		activated(seat, activation, other);
		return Ending.STARTED;
	}

	/**
	 * The hurdles of L0 and L1 steps 5–7 before the first accepted assignment, then that
	 * assignment (L1), with the bulk hold it starts.
	 * @return its moment
	 */
	private LocalDateTime assigned(LegacySeat seat) {
		LocalDate provisioned = seat.purchase.provisioned();
		int span = (int) Math.max(0, Math.min(7, GeneratedPartner.daysBetween(provisioned, seat.lastDay) - 3));
		LocalDateTime at = this.script
			.morning(provisioned.plusDays(seat.plan.delay() + this.script.random.nextInt(span + 1)));
		if (at.toLocalDate().isAfter(seat.lastDay)) {
			at = this.script.morning(seat.lastDay);
		}
		at = refusedAssignees(seat, at);
		seat.holder = this.cast.assignee(seat.benefit, at.toLocalDate(), seat.has(AssignmentTurn.GUEST_SEAT));
		if (seat.has(AssignmentTurn.FOREIGN_SUBSCRIPTION) && this.script.foreign >= 0) {
			// rule T7: another partner's subscription
			assignment(at, seat).subscription(Ids.subscriptionId(this.script.seed, this.script.foreign, 0))
				.user(seat.holder)
				.rejected(ReasonCode.UNKNOWN_SUBSCRIPTION);
			at = this.script.later(at);
		}
		seat.subscription = assign(seat, seat.holder, at, seat.plan.namedSubscription());
		seat.hold = seat.benefit.spec.isBulk() ? this.cast.hold(seat.holder, at.toLocalDate()) : null;
		return at;
	}

	/**
	 * L0 and L1 steps 5–7, minutes apart: a member who is not a partner admin, a UPN not
	 * in the tenant, a free-hosted user and a guest (not for a monthly credit), a user
	 * holding another bulk credit.
	 */
	private LocalDateTime refusedAssignees(LegacySeat seat, LocalDateTime at) {
		boolean monthly = seat.benefit.spec.isMonthly();
		if (seat.has(AssignmentTurn.NON_ADMIN)) {
			this.script.at(at, ActionType.ASSIGN)
				.by(this.cast.member())
				.benefit(seat.benefit)
				.user(this.cast.member())
				.rejected(ReasonCode.NOT_PARTNER_ADMIN);
			at = this.script.later(at);
		}
		if (seat.has(AssignmentTurn.NOT_FOUND)) {
			at = refusedAssignee(at, seat, this.cast.typo(this.cast.member()), ReasonCode.USER_NOT_FOUND);
		}
		if (!monthly && seat.has(AssignmentTurn.FREE_HOSTED)) {
			User user = this.cast.someone(UserKind.FREE_HOSTED, seat.has(AssignmentTurn.CREATE));
			at = refusedAssignee(at, seat, user.upn, ReasonCode.FREE_HOSTED_DOMAIN);
		}
		if (!monthly && seat.has(AssignmentTurn.GUEST)) {
			UserKind kind = this.script.random.nextBoolean() ? UserKind.GUEST : UserKind.OUTSIDER;
			at = refusedAssignee(at, seat, this.cast.someone(kind, true).upn, ReasonCode.GUEST_USER_NOT_ALLOWED);
		}
		if (seat.benefit.spec.isBulk() && seat.has(AssignmentTurn.BULK_LIMIT)) {
			User holder = this.cast.bulkHolder(at.toLocalDate());
			if (holder != null) {
				at = refusedAssignee(at, seat, holder.upn, ReasonCode.BULK_LIMIT_REACHED);
			}
		}
		return at;
	}

	/** The seat assigned to {@code upn}, refused for {@code reason}; the next moment. */
	private LocalDateTime refusedAssignee(LocalDateTime at, LegacySeat seat, String upn, ReasonCode reason) {
		assignment(at, seat).user(upn).rejected(reason);
		return this.script.later(at);
	}

	/**
	 * Right after the assignment: a second one while it is provisioned (L1.1), the same
	 * user again (L1.2), another user (L1.3), another user's activation (L2).
	 * @return the moment after the last
	 */
	private LocalDateTime refusedAroundTheSeat(LegacySeat seat, LocalDateTime assigned, User other) {
		if (seat.has(AssignmentTurn.IN_PROGRESS)) {
			assignment(assigned.plusMinutes(3 + this.script.random.nextInt(6)), seat).user(other)
				.rejected(ReasonCode.ASSIGNMENT_IN_PROGRESS);
		}
		LocalDateTime at = assigned.plusMinutes(12);
		if (seat.has(AssignmentTurn.ALREADY_ASSIGNED)) {
			at = at.plusMinutes(this.script.random.nextInt(30));
			assignment(at, seat).user(seat.holder).rejected(ReasonCode.USER_ALREADY_ASSIGNED);
		}
		if (seat.has(AssignmentTurn.NO_SEAT)) {
			at = this.script.later(at);
			assignment(at, seat).user(other).rejected(ReasonCode.NO_SEAT_AVAILABLE);
		}
		if (seat.has(AssignmentTurn.NOT_ASSIGNED_USER)) {
			at = this.script.later(at);
			activation(at, seat).user(other).rejected(ReasonCode.NOT_ASSIGNED_USER);
		}
		return at;
	}

	/**
	 * L2 accepted: the first activation starts the benefit (K1), on a profile it names or
	 * none; then its refusals and what the plan has follow it.
	 */
	private void activated(LegacySeat seat, LocalDateTime activation, User other) {
		Profile named = seat.has(AssignmentTurn.MOVES) ? this.profiles.movesProfile(activation.toLocalDate())
				: this.profiles.namedProfile();
		activation(activation, seat).profile(named == null ? "" : named.id).user(seat.holder).accepted();
		LocalDate start = activation.toLocalDate();
		if (named != null) {
			seat.subscription.moveTo(named, start);
		}
		LocalDate end = Script.min(seat.benefit.lotsEnd(start), this.script.lastDay(seat.purchase));
		LocalDateTime at = activation;
		if (seat.has(AssignmentTurn.ALREADY_ACTIVE)) {
			at = at.plusMinutes(10 + this.script.random.nextInt(80));
			activation(at, seat).user(seat.holder).rejected(ReasonCode.ALREADY_ACTIVE);
		}
		if (seat.has(AssignmentTurn.USER_NOT_ASSIGNED)) {
			at = this.script.later(at);
			byAdmin(at, ActionType.REMOVE).benefit(seat.benefit).user(other).rejected(ReasonCode.USER_NOT_ASSIGNED);
		}
		if (seat.has(AssignmentTurn.MOVES) && named != null) {
			this.moves.legacyCreditMoves(seat.purchase, seat.subscription, named, start,
					Script.min(end, this.script.timeframe.end()));
		}
		else if (seat.has(AssignmentTurn.LIMIT) && seat.benefit.spec.isMonthly()) {
			this.reassignments.untilTheLimit(seat, start, end);
		}
		else if (seat.has(AssignmentTurn.REASSIGN)) {
			this.reassignments.once(seat, start, end);
		}
		seat.endHold(end);
		if (seat.has(AssignmentTurn.COMPLETE)) {
			this.reassignments.removedWhenComplete(seat, start);
		}
	}

	/**
	 * L1 accepted: the ASSIGN, naming the subscription it creates or not, and that
	 * subscription, billed to the home profile until activation says more.
	 */
	Subscription assign(LegacySeat seat, User user, LocalDateTime at, boolean named) {
		int number = ++seat.assignments;
		String subscriptionId = named ? this.script.tenant.newSubscriptionId() : "";
		assignment(at, seat).subscription(subscriptionId).user(user).accepted();
		String id = named ? subscriptionId : "sub-" + seat.benefit.id + "-" + number;
		return this.script.tenant.assignedSubscription(id, at.toLocalDate());
	}

	/** An ASSIGN of the seat by the partner admin. */
	ScriptedAction assignment(LocalDateTime at, LegacySeat seat) {
		return byAdmin(at, ActionType.ASSIGN).benefit(seat.benefit);
	}

	/** An ACTIVATE of the seat, which its user makes (no actor). */
	ScriptedAction activation(LocalDateTime at, LegacySeat seat) {
		return this.script.at(at, ActionType.ACTIVATE).benefit(seat.benefit);
	}

}
