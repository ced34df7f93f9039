package com.creditsrecon.generator;

import java.time.LocalDate;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;

/**
 * A legacy benefit's seat as its story goes (rules L1–L3): who holds it, the subscription
 * its assignment created, the days its holder holds a bulk credit, and how many
 * assignments were accepted (every one after the first is a reassignment, L1.4).
 */
final class LegacySeat {

	final Purchase purchase;

	final Benefit benefit;

	final AssignmentPlan plan;

	/** The last day the seat can be given: before revocation, by activate-by. */
	final LocalDate lastDay;

	User holder;

	Subscription subscription;

	/** The holder's bulk hold (rule L1 step 7); null when none. */
	LocalDate[] hold;

	int assignments;

	LegacySeat(Purchase purchase, Benefit benefit, AssignmentPlan plan, LocalDate lastDay) {
		this.purchase = purchase;
		this.benefit = benefit;
		this.plan = plan;
		this.lastDay = lastDay;
	}

	boolean has(AssignmentTurn turn) {
		return this.plan.has(turn);
	}

	/** The bulk hold ends on {@code last}, if earlier (none: nothing held). */
	void endHold(LocalDate last) {
		if (this.hold != null && last != null && last.isBefore(this.hold[1])) {
			this.hold[1] = last;
		}
	}

}
