package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.RevocationRow;

/**
 * The rows of benefits.csv, lots.csv and revocations.csv from the state at the end of
 * {@code as-of}, with rule RV2's identities checked.
 */
final class Results {

	/** A benefit's lot amounts, summed. */
	private static final class Sums {

		BigDecimal granted;

		BigDecimal charged;

		BigDecimal adjusted;

		BigDecimal lapsed;

		BigDecimal expired;

		BigDecimal revoked;

		BigDecimal balance;

		Sums(BigDecimal zero, List<LotState> lots) {
			this.granted = zero;
			this.charged = zero;
			this.adjusted = zero;
			this.lapsed = zero;
			this.expired = zero;
			this.revoked = zero;
			this.balance = zero;
			for (LotState lot : lots) {
				this.granted = this.granted.add(lot.original);
				this.charged = this.charged.add(lot.charged);
				this.adjusted = this.adjusted.add(lot.adjusted);
				this.lapsed = this.lapsed.add(lot.lapsed);
				this.expired = this.expired.add(lot.expired);
				this.revoked = this.revoked.add(lot.revoked);
				this.balance = this.balance.add(lot.balance);
			}
		}

	}

	private Results() {
	}

	static List<BenefitRow> benefits(PartnerState state) {
		List<BenefitRow> rows = new ArrayList<>();
		for (BenefitState b : state.benefits.values()) {
			BigDecimal entitlement = entitlement(state, b);
			BigDecimal zero = entitlement.subtract(entitlement);
			Sums sums = new Sums(zero, b.lots);
			SubscriptionState subscription = legacySubscription(b);
			String profile = b.modernized ? (b.depositProfile == null ? "" : b.depositProfile.id())
					: (subscription == null || subscription.billingProfileId == null ? ""
							: subscription.billingProfileId);
			rows.add(new BenefitRow(b.benefitId, b.purchase.purchaseId(), state.partner.partnerId(),
					state.partner.country(), state.partner.region(), b.offer.benefitType().name(), experience(b),
					b.status.name(), b.provisionedOn, b.activateBy, b.startedOn, profile,
					subscription == null ? "" : subscription.subscriptionId,
					b.assignedUser == null ? "" : b.assignedUser, b.reassignmentsUsed(), b.offer.currency(),
					entitlement, sums.granted, sums.charged, sums.adjusted, sums.lapsed, sums.expired, sums.revoked,
					sums.balance, b.status == BenefitStatus.EXPIRED ? entitlement : zero,
					b.plan.isEmpty() ? null : b.plan.get(b.plan.size() - 1).end()));
		}
		return rows;
	}

	static List<LotRow> lots(PartnerState state, LocalDate asOf) {
		List<LotRow> rows = new ArrayList<>();
		for (BenefitState b : state.benefits.values()) {
			for (LotState lot : b.lots) {
				lot.checkConservation();
				LotState.Scope scope = lot.scope();
				rows.add(new LotRow(lot.lotId, b.benefitId, b.purchase.purchaseId(), state.partner.partnerId(),
						b.offer.benefitType().name(), experience(b), b.modernized ? "BILLING_PROFILE" : "SUBSCRIPTION",
						scope.billingProfileId(), scope.subscriptionId(), lot.currency(), lot.original, lot.start,
						lot.end, lot.charged, lot.adjusted, lot.lapsed, lot.expired, lot.revoked, lot.balance,
						lot.status(asOf)));
			}
		}
		return rows;
	}

	/**
	 * Rule RV2, per revoked benefit.
	 * @throws ConservationException when its identities fail
	 */
	static List<RevocationRow> revocations(PartnerState state) {
		List<RevocationRow> rows = new ArrayList<>();
		for (BenefitState b : state.benefits.values()) {
			if (b.status != BenefitStatus.REVOKED) {
				continue;
			}
			BigDecimal entitlement = entitlement(state, b);
			Sums sums = new Sums(entitlement.subtract(entitlement), b.lots);
			BigDecimal clawback = sums.charged.subtract(sums.adjusted);
			BigDecimal futureCancelled = entitlement.subtract(sums.granted);
			BigDecimal accounted = sums.revoked.add(clawback).add(sums.lapsed).add(sums.expired);
			if (accounted.compareTo(sums.granted) != 0 || futureCancelled.signum() < 0) {
				throw new ConservationException("rule RV2 fails for benefit " + b.benefitId + ": granted "
						+ sums.granted + " but remaining_revoked + clawback + lapsed + expired = " + accounted
						+ ", entitlement " + entitlement);
			}
			rows.add(new RevocationRow(b.purchase.purchaseId(), b.benefitId, state.partner.partnerId(), b.revokedOn,
					b.offer.currency(), sums.granted, sums.revoked, clawback, sums.lapsed, sums.expired,
					futureCancelled));
		}
		rows.sort(Comparator.comparing(RevocationRow::purchaseId).thenComparing(RevocationRow::benefitId));
		return rows;
	}

	/**
	 * Rule P4: the lots of the schedule from the start day; for a benefit not started, as
	 * if it started on its provisioned day.
	 */
	static BigDecimal entitlement(PartnerState state, BenefitState b) {
		List<LotPlan> plan = b.isStarted() ? b.plan
				: LotSchedule.plan(b.offer,
						b.provisionedOn != null ? b.provisionedOn : Provisioning.provisioningDay(state, b.purchase),
						b.purchase.membershipEnd(), state.policy);
		return LotSchedule.entitlement(plan, b.offer);
	}

	private static String experience(BenefitState b) {
		return b.modernized ? "MODERNIZED" : "LEGACY";
	}

	/**
	 * A legacy benefit's subscription: the lots' scope, else the current assignment's.
	 */
	private static SubscriptionState legacySubscription(BenefitState b) {
		if (b.modernized) {
			return null;
		}
		return b.scope != null ? b.scope : b.assignmentSubscription;
	}

}
