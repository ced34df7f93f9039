package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * Rules L1.4 and L3: an activated legacy seat taken back (REMOVE) and given to someone
 * else; a monthly credit can be passed on a limited number of times, a bulk or product
 * credit not at all; a seat removed after every credit period has ended.
 */
final class ReassignmentStory extends FamilyStory {

	/**
	 * The accepted reassignments before the limit (policy max-reassignments, default).
	 */
	private static final int LIMIT = 5;

	private final AssignmentStory assignments;

	ReassignmentStory(Script script, AssignmentStory assignments) {
		super(script);
		this.assignments = assignments;
	}

	/**
	 * L3 then L1 or L1.4: the seat removed some weeks after its start, then given to
	 * another user: accepted and activated for a monthly credit, REASSIGNMENT_NOT_ALLOWED
	 * for the others. The holder's bulk hold ends with the removal.
	 */
	void once(LegacySeat seat, LocalDate start, LocalDate end) {
		LocalDate day = start.plusDays(10 + this.script.random.nextInt(50));
		if (day.isAfter(end)) {
			return;
		}
		LocalDateTime removal = removed(seat, this.script.morning(day));
		seat.endHold(day);
		seat.hold = null;
		boolean monthly = seat.benefit.spec.isMonthly();
		User next = monthly ? this.cast.assignee(seat.benefit, day, false) : this.cast.anyoneBut(seat.holder);
		if (next == seat.holder) {
			next = this.cast.anyoneBut(seat.holder);
		}
		LocalDateTime again = removal.plusMinutes(15 + this.script.random.nextInt(45));
		if (!monthly) {
			this.assignments.assignment(again, seat).user(next).rejected(ReasonCode.REASSIGNMENT_NOT_ALLOWED);
			return;
		}
		Subscription nextSeat = this.assignments.assign(seat, next, again, false);
		LocalDateTime activated = again.plusMinutes(30).plusDays(this.script.random.nextInt(2));
		if (!activated.toLocalDate().isAfter(end)) {
			this.assignments.activation(activated, seat).user(next).accepted();
		}
		nextSeat.reserved = true;
		seat.holder = next;
	}

	/**
	 * L1.4: a monthly seat passed on {@link #LIMIT} times, days apart, each new holder
	 * activating it or not, then once more: REASSIGNMENT_LIMIT_REACHED.
	 */
	void untilTheLimit(LegacySeat seat, LocalDate start, LocalDate end) {
		LocalDate day = start;
		for (int cycle = 0; cycle <= LIMIT; cycle++) {
			day = day.plusDays(4 + this.script.random.nextInt(5));
			if (day.isAfter(end) || !this.script.live(seat.purchase, day)) {
				return;
			}
			LocalDateTime removal = removed(seat, this.script.morning(day));
			User next = this.cast.anyoneBut(seat.holder);
			LocalDateTime again = removal.plusMinutes(20 + this.script.random.nextInt(30));
			if (cycle == LIMIT) {
				this.assignments.assignment(again, seat).user(next).rejected(ReasonCode.REASSIGNMENT_LIMIT_REACHED);
				return;
			}
			this.assignments.assign(seat, next, again, this.script.random.nextInt(4) == 0);
			if (this.script.random.nextBoolean()) {
				this.assignments.activation(again.plusMinutes(60 + this.script.random.nextInt(120)), seat)
					.user(next)
					.accepted();
			}
			seat.holder = next;
		}
	}

	/** L0: BENEFIT_COMPLETE, the seat removed days after its last credit period. */
	void removedWhenComplete(LegacySeat seat, LocalDate start) {
		LocalDate day = seat.benefit.lotsEnd(start).plusDays(1 + this.script.random.nextInt(5));
		if (this.script.live(seat.purchase, day)) {
			byAdmin(this.script.morning(day), ActionType.REMOVE).benefit(seat.benefit)
				.user(seat.holder)
				.rejected(ReasonCode.BENEFIT_COMPLETE);
		}
	}

	/** L3 accepted: the seat is free again. */
	private LocalDateTime removed(LegacySeat seat, LocalDateTime at) {
		byAdmin(at, ActionType.REMOVE).benefit(seat.benefit).user(seat.holder).accepted();
		return at;
	}

}
