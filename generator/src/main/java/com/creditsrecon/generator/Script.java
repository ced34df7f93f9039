package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * What every story of one partner's action script shares: the partner, the builder that
 * adds to its tenant, the script's random sequence, the window, the actions written so
 * far, and the script's sense of time (when people act, and until when a purchase's
 * benefits can be acted on). One random sequence for all stories: the order in which they
 * draw from it makes the world, so the stories run in a fixed order.
 */
final class Script {

	final GeneratedPartner partner;

	final TenantBuilder tenant;

	final SplittableRandom random;

	final Timeframe timeframe;

	final long seed;

	/**
	 * Another partner whose home profile and first subscription we may name; -1: none.
	 */
	final int foreign;

	/** A day after every lot of the window has closed: "held until further notice". */
	final LocalDate forever;

	/** Who acts, and whom the actions are about. */
	final Cast cast;

	/** Which profile or subscription an action names. */
	final ProfileChoices profiles;

	private int ghosts;

	/** How many actions were written: each action's place among those of its moment. */
	private long written;

	Script(GeneratedPartner partner, TenantBuilder tenant, SplittableRandom random, Timeframe timeframe, long seed,
			int foreign) {
		this.partner = partner;
		this.tenant = tenant;
		this.random = random;
		this.timeframe = timeframe;
		this.seed = seed;
		this.foreign = foreign;
		this.forever = timeframe.end().plusYears(3);
		this.cast = new Cast(this);
		this.profiles = new ProfileChoices(this);
	}

	/** A new row of actions.csv: fill its columns, then say its outcome. */
	ScriptedAction at(LocalDateTime at, ActionType type) {
		return new ScriptedAction(this, at, type);
	}

	/** Adds a finished row to the partner's actions, numbered in the order written. */
	void write(ScriptedAction action, ReasonCode rejection) {
		this.partner.actions.add(action.toAction(this.written++, rejection));
	}

	/** A subscription ID that no partner has (rule T7's unknown subscription). */
	String ghostSubscription() {
		return Ids.guid("ghost|" + this.seed + "|" + this.partner.index + "|" + this.ghosts++);
	}

	/** The last day the purchase's benefits can be acted on: before revocation. */
	LocalDate lastDay(Purchase purchase) {
		LocalDate revoked = purchase.revokedOn();
		LocalDate end = this.timeframe.end();
		return (revoked != null && revoked.minusDays(1).isBefore(end)) ? revoked.minusDays(1) : end;
	}

	boolean live(Purchase purchase, LocalDate day) {
		return !day.isAfter(lastDay(purchase));
	}

	/** Whether a day is still in the window. */
	boolean inWindow(LocalDate day) {
		return !day.isAfter(this.timeframe.end());
	}

	/**
	 * The last day deposited lots of the purchase may be open: the longest schedule,
	 * until revocation.
	 */
	LocalDate reservationEnd(Purchase purchase, List<Benefit> benefits, LocalDate start) {
		LocalDate end = start;
		for (Benefit benefit : benefits) {
			LocalDate last = benefit.lotsEnd(start);
			end = last.isAfter(end) ? last : end;
		}
		LocalDate revoked = purchase.revokedOn();
		return (revoked != null && revoked.minusDays(1).isBefore(end)) ? revoked.minusDays(1) : end;
	}

	/** A moment of a working morning. */
	LocalDateTime morning(LocalDate day) {
		return day.atTime(8, 0).plusMinutes(this.random.nextInt(240));
	}

	/** A few minutes later: the next attempt after a refusal. */
	LocalDateTime later(LocalDateTime at) {
		return at.plusMinutes(2 + this.random.nextInt(25));
	}

	/** A moment of a working day between two days, both included. */
	LocalDateTime randomMoment(LocalDate first, LocalDate last) {
		long span = Math.max(0, GeneratedPartner.daysBetween(first, last));
		return first.plusDays(this.random.nextLong(span + 1)).atTime(7, 0).plusMinutes(this.random.nextInt(660));
	}

	/** A moment of a working day in the window. */
	LocalDateTime anyMoment() {
		return randomMoment(this.timeframe.start(), this.timeframe.end());
	}

	<T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	/** The earlier of two days; {@code b} may be null, for no limit. */
	static LocalDate min(LocalDate a, LocalDate b) {
		return (b == null || a.isBefore(b)) ? a : b;
	}

}
