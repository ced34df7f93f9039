package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.world.BenefitType;

/**
 * One opened lot as the simulation moves it: its balance and where every unit of its
 * original amount went (rule K6).
 */
final class LotState {

	final String lotId;

	final BenefitState benefit;

	final LocalDate start;

	final LocalDate end;

	final BigDecimal original;

	BigDecimal charged;

	BigDecimal adjusted;

	BigDecimal lapsed;

	BigDecimal expired;

	BigDecimal revoked;

	BigDecimal balance;

	/** No longer open: its window ended (K4) or its purchase was revoked (RV1). */
	boolean closed;

	/** The scope the lot closed with (rule L3); null while it is open. */
	private Scope closedScope;

	/** Rule K7: revoked while its window was open. */
	boolean revokedWhileOpen;

	/** The day's charges and adjustments, summed per lot and day for events.csv. */
	BigDecimal dayCharges;

	BigDecimal balanceAfterCharges;

	BigDecimal dayAdjustments;

	LotState(String lotId, BenefitState benefit, LotPlan plan) {
		this.lotId = lotId;
		this.benefit = benefit;
		this.start = plan.start();
		this.end = plan.end();
		this.original = plan.amount();
		BigDecimal zero = plan.amount().subtract(plan.amount());
		this.charged = zero;
		this.adjusted = zero;
		this.lapsed = zero;
		this.expired = zero;
		this.revoked = zero;
		this.balance = plan.amount();
		this.dayCharges = zero;
		this.balanceAfterCharges = zero;
		this.dayAdjustments = zero;
	}

	String currency() {
		return this.benefit.offer.currency();
	}

	BenefitType type() {
		return this.benefit.offer.benefitType();
	}

	/**
	 * Closes the lot: its window ended (K4) or its purchase was revoked (RV1). It keeps
	 * the scope it has now (rule L3), whatever later removals, activations and moves do.
	 */
	void close() {
		this.closed = true;
		this.closedScope = Scope.of(this.benefit);
	}

	/**
	 * Where the lot's credit is, for lots.csv and reconciliation: an open lot follows its
	 * benefit's scope; a closed one keeps the scope it closed with (rule L3).
	 */
	Scope scope() {
		return this.closedScope != null ? this.closedScope : Scope.of(this.benefit);
	}

	/** Open on {@code day}: opened, not closed, its window covering the day (rule T3). */
	boolean isOpenOn(LocalDate day) {
		return !this.closed && !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	/** Rules M3, SM1: open with a positive balance. */
	boolean isActiveOn(LocalDate day) {
		return isOpenOn(day) && this.balance.signum() > 0;
	}

	/** What may still be restored: charged net of earlier restores (rule C10). */
	BigDecimal restorable() {
		return this.charged.subtract(this.adjusted);
	}

	/**
	 * Rule K6: original = charged − adjusted + lapsed + expired + revoked + balance.
	 * @throws ConservationException naming the lot when it does not hold
	 */
	void checkConservation() {
		BigDecimal accounted = this.charged.subtract(this.adjusted)
			.add(this.lapsed)
			.add(this.expired)
			.add(this.revoked)
			.add(this.balance);
		if (accounted.compareTo(this.original) != 0 || this.balance.signum() < 0) {
			throw new ConservationException("rule K6 fails for lot " + this.lotId + ": original " + this.original
					+ " but charged " + this.charged + " - adjusted " + this.adjusted + " + lapsed " + this.lapsed
					+ " + expired " + this.expired + " + revoked " + this.revoked + " + balance " + this.balance);
		}
	}

	/** Rule K7. */
	String status(LocalDate asOf) {
		if (this.revokedWhileOpen) {
			return "REVOKED";
		}
		// at the end of as-of, a lot whose window ends that day has closed (rule T2 step
		// 6)
		if (!this.end.isAfter(asOf)) {
			if (this.lapsed.signum() > 0) {
				return "LAPSED";
			}
			return this.expired.signum() > 0 ? "EXPIRED" : "COMPLETE";
		}
		return this.balance.signum() > 0 ? "ACTIVE" : "COMPLETE";
	}

	/**
	 * A lot's scope as lots.csv writes it, blank for none.
	 *
	 * @param billingProfileId the profile credit was deposited on (modernized), or the
	 * one the subscription lives under (legacy)
	 * @param subscriptionId legacy: the subscription that draws the credit
	 */
	record Scope(String billingProfileId, String subscriptionId) {

		/**
		 * The benefit's scope now: its deposit profile, or (rule L3) its subscription and
		 * that subscription's profile, none between a removal and the next activation.
		 */
		static Scope of(BenefitState benefit) {
			if (benefit.modernized) {
				return new Scope(benefit.depositProfile.id(), "");
			}
			SubscriptionState subscription = benefit.scope;
			if (subscription == null) {
				return new Scope("", "");
			}
			return new Scope(subscription.billingProfileId == null ? "" : subscription.billingProfileId,
					subscription.subscriptionId);
		}

	}

}
