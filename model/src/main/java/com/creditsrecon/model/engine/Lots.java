package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.world.BenefitType;

/**
 * Rules K1–K5: a started benefit's lots open on their start day and close at their end.
 */
final class Lots {

	private Lots() {
	}

	/**
	 * Rule K1: the benefit starts; its first lot opens at once (rule T2 step 4), the
	 * others on their start days.
	 */
	static void start(PartnerState state, BenefitState benefit, LocalDate day) {
		benefit.startedOn = day;
		benefit.status = BenefitStatus.ACTIVE;
		benefit.plan = LotSchedule.plan(benefit.offer, day, benefit.purchase.membershipEnd(), state.policy);
		if (benefit.plan.isEmpty()) {
			benefit.status = BenefitStatus.COMPLETE;
			return;
		}
		openNext(state, benefit, day);
		for (int i = 1; i < benefit.plan.size(); i++) {
			Agenda agenda = state.timeline.on(benefit.plan.get(i).start());
			if (agenda == null) {
				break;
			}
			agenda.lotOpenings.add(benefit);
		}
	}

	/**
	 * Rule T2 step 3: the benefit's next lot opens (NEW_CREDIT), unless revoked (RV1).
	 */
	static void openNext(PartnerState state, BenefitState benefit, LocalDate day) {
		if (benefit.status == BenefitStatus.REVOKED) {
			return;
		}
		int index = benefit.lots.size();
		// rule K5: stable IDs in period order
		String lotId = String.format("%s-%02d", benefit.benefitId, index + 1);
		LotState lot = new LotState(lotId, benefit, benefit.plan.get(index));
		benefit.lots.add(lot);
		state.lots.add(lot);
		state.event(day, lot, EventType.NEW_CREDIT, lot.original, lot.balance);
		Agenda closing = state.timeline.on(lot.end);
		if (closing != null) {
			closing.lotClosings.add(lot);
		}
	}

	/**
	 * Rule K4: at the end of its window a lot's positive balance lapses (monthly) or
	 * expires (any other type).
	 */
	static void close(PartnerState state, LotState lot, LocalDate day) {
		if (lot.closed) {
			return;
		}
		lot.close();
		if (lot.balance.signum() > 0) {
			BigDecimal left = lot.balance;
			lot.balance = left.subtract(left);
			if (lot.type() == BenefitType.AZURE_MONTHLY) {
				lot.lapsed = lot.lapsed.add(left);
				state.event(day, lot, EventType.CREDIT_LAPSED, left, lot.balance);
			}
			else {
				lot.expired = lot.expired.add(left);
				state.event(day, lot, EventType.CREDIT_EXPIRED, left, lot.balance);
			}
		}
		BenefitState benefit = lot.benefit;
		if (benefit.status == BenefitStatus.ACTIVE && benefit.isFinished()) {
			// rule P3: started and every lot closed
			benefit.status = BenefitStatus.COMPLETE;
		}
	}

}
