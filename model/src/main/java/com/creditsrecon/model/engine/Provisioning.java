package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.Optional;

import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Purchase;

/** Rules X1, X2 (experience), P1 (provisioning), P2 (activate-by expiry). */
final class Provisioning {

	private Provisioning() {
	}

	/**
	 * The benefits a purchase yields, PENDING from the purchase day, with their
	 * provisioning and revocation scheduled.
	 */
	static void purchase(PartnerState state, Purchase purchase) {
		// rule X1, X2: fixed at purchase, never changes afterwards
		Optional<LocalDate> rollout = state.scenario.rollout().dateFor(state.partner);
		boolean modernized = rollout.isPresent() && !purchase.purchaseDate().isBefore(rollout.get());
		LocalDate provisioning = provisioningDay(state, purchase);
		for (OfferBenefit offer : state.scenario.offers().benefitsOf(purchase.offerId())) {
			BenefitState benefit = new BenefitState(purchase.purchaseId() + "-" + offer.benefitCode(), purchase, offer,
					modernized);
			state.benefits.put(benefit.benefitId, benefit);
			Agenda agenda = state.timeline.on(provisioning);
			if (agenda != null) {
				agenda.provisions.add(benefit);
			}
		}
		if (purchase.isRevoked()) {
			// rule RV1, at the start of its status day; never before the purchase exists
			LocalDate day = purchase.statusDate().isBefore(purchase.purchaseDate()) ? purchase.purchaseDate()
					: purchase.statusDate();
			Agenda agenda = state.timeline.on(day);
			if (agenda != null) {
				agenda.revocations.add(purchase);
			}
		}
	}

	/** Rule P1. */
	static LocalDate provisioningDay(PartnerState state, Purchase purchase) {
		return purchase.purchaseDate().plusDays(state.policy.provisioningDelayDays());
	}

	/** Rule P1: PENDING becomes AVAILABLE; rule P2 sets the activate-by day. */
	static void provision(PartnerState state, BenefitState benefit, LocalDate day) {
		if (benefit.status != BenefitStatus.PENDING) {
			return;
		}
		benefit.status = BenefitStatus.AVAILABLE;
		benefit.provisionedOn = day;
		Integer within = benefit.offer.activateWithinDays();
		if (within != null) {
			benefit.activateBy = day.plusDays(within);
			Agenda agenda = state.timeline.on(benefit.activateBy);
			if (agenda != null) {
				agenda.activateByDeadlines.add(benefit);
			}
		}
	}

	/**
	 * Rule P2: a benefit not redeemed or first activated by the end of its activate-by
	 * day expires; nothing is ever granted for it.
	 */
	static void deadline(BenefitState benefit) {
		boolean waiting = benefit.status == BenefitStatus.AVAILABLE || benefit.status == BenefitStatus.PROVISIONED;
		if (waiting && !benefit.isStarted()) {
			benefit.status = BenefitStatus.EXPIRED;
		}
	}

}
