package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.OfferBenefit;

/** The lots a benefit grants from its start day (rules K2, K3, P4). */
final class LotSchedule {

	/** Rule K2: monthly credits are valid for 13 months from activation. */
	static final int MONTHLY_VALIDITY_MONTHS = 13;

	private LotSchedule() {
	}

	/** The lots, in period order, of a benefit that starts on {@code start}. */
	static List<LotPlan> plan(OfferBenefit offer, LocalDate start, LocalDate membershipEnd, Policy policy) {
		if (offer.benefitType() != BenefitType.AZURE_MONTHLY) {
			// rule K3: one lot for a year
			return List.of(new LotPlan(start, start.plusYears(1).minusDays(1), scaled(offer.amount(), offer)));
		}
		LocalDate entitlementEnd = min(membershipEnd, start.plusMonths(MONTHLY_VALIDITY_MONTHS).minusDays(1));
		boolean calendar = policy.monthlyPeriod() == Policy.MonthlyPeriod.CALENDAR;
		List<LotPlan> lots = new ArrayList<>();
		for (int i = 0;; i++) {
			LocalDate periodStart = calendar ? calendarStart(start, i) : start.plusMonths(i);
			if (periodStart.isAfter(entitlementEnd)) {
				return lots;
			}
			LocalDate periodEnd = calendar ? periodStart.withDayOfMonth(periodStart.lengthOfMonth())
					: start.plusMonths(i + 1).minusDays(1);
			periodEnd = min(periodEnd, entitlementEnd);
			BigDecimal amount = offer.amount();
			if (i == 0 && calendar && policy.firstPeriod() == Policy.FirstPeriod.PRORATED) {
				long days = periodEnd.toEpochDay() - periodStart.toEpochDay() + 1;
				amount = amount.multiply(BigDecimal.valueOf(days))
					.divide(BigDecimal.valueOf(periodStart.lengthOfMonth()), 18, RoundingMode.HALF_EVEN);
			}
			lots.add(new LotPlan(periodStart, periodEnd, scaled(amount, offer)));
		}
	}

	/** Rule P4: what the lots of the plan add up to. */
	static BigDecimal entitlement(List<LotPlan> plan, OfferBenefit offer) {
		BigDecimal total = scaled(BigDecimal.ZERO, offer);
		for (LotPlan lot : plan) {
			total = total.add(lot.amount());
		}
		return total;
	}

	private static LocalDate calendarStart(LocalDate start, int period) {
		return period == 0 ? start : start.withDayOfMonth(1).plusMonths(period);
	}

	private static BigDecimal scaled(BigDecimal amount, OfferBenefit offer) {
		return Currencies.atMinorUnit(amount, offer.currency());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
