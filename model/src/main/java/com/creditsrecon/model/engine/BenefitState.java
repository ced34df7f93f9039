package com.creditsrecon.model.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Purchase;

/**
 * One benefit (a purchase's offer row) as the simulation moves it: status, start, scope,
 * seat, and its lots.
 */
final class BenefitState {

	final String benefitId;

	final Purchase purchase;

	final OfferBenefit offer;

	/** Rule X2: fixed at purchase. */
	final boolean modernized;

	BenefitStatus status = BenefitStatus.PENDING;

	LocalDate provisionedOn;

	/** Null when the offer sets no limit (rule P2). */
	LocalDate activateBy;

	/** Rule K1. */
	LocalDate startedOn;

	/** The lots of its schedule from the start day (rules K2, K3). */
	List<LotPlan> plan = List.of();

	/** The lots opened so far, in period order. */
	final List<LotState> lots = new ArrayList<>();

	LocalDate revokedOn;

	/** Modernized: the profile the credits were deposited on (rule M6). */
	ProfileState depositProfile;

	/** Legacy (rule L1): the user holding the seat, as users.csv spells the UPN. */
	String assignedUser;

	/** Legacy: the subscription of the current assignment. */
	SubscriptionState assignmentSubscription;

	boolean assignmentActivated;

	Instant lastAssignmentAt;

	/** Accepted assignments; every one after the first is a reassignment (rule L1.4). */
	int assignments;

	/** Legacy: the subscription whose charges draw on the lots now (L2, L3, SM2). */
	SubscriptionState scope;

	BenefitState(String benefitId, Purchase purchase, OfferBenefit offer, boolean modernized) {
		this.benefitId = benefitId;
		this.purchase = purchase;
		this.offer = offer;
		this.modernized = modernized;
	}

	boolean isStarted() {
		return this.startedOn != null;
	}

	/** Every lot of the schedule has been opened and closed. */
	boolean isFinished() {
		return this.lots.size() == this.plan.size() && this.lots.stream().allMatch(lot -> lot.closed);
	}

	int reassignmentsUsed() {
		return Math.max(0, this.assignments - 1);
	}

}
