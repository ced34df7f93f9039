package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.creditsrecon.model.result.BenefitRow;

/**
 * Rule RC5: Partner Center's benefits against benefits.csv, paired by benefit ID. Every
 * break row is UNEXPLAINED (rule RC4).
 */
final class BenefitReconciliation {

	private BenefitReconciliation() {
	}

	static List<BreakRow> reconcile(List<BenefitRow> benefits, List<ReportedBenefit> reported,
			ReconciliationSettings settings) {
		Map<String, ReportedBenefit> byId = new HashMap<>();
		List<ReportedBenefit> unexpected = new ArrayList<>();
		reported.stream()
			.filter(r -> !r.asOf().isAfter(settings.asOf()))
			.sorted(Comparator.comparing(ReportedBenefit::benefitId).thenComparingLong(ReportedBenefit::line))
			.forEach(r -> {
				if (byId.putIfAbsent(r.benefitId(), r) != null) {
					unexpected.add(r);
				}
			});
		List<BreakRow> breaks = new ArrayList<>();
		for (BenefitRow benefit : benefits.stream().sorted(Comparator.comparing(BenefitRow::benefitId)).toList()) {
			ReportedBenefit r = byId.remove(benefit.benefitId());
			if (r == null) {
				// as rule RC3: expected = the simulated closed balance
				breaks.add(row(benefit, "", MatchMethod.NONE, BreakRow.MISSING_IN_REPORT,
						Texts.amount(benefit.closedBalance(), benefit.currency()), "",
						benefit.closedBalance().negate()));
			}
			else {
				compare(benefit, r, settings, breaks);
			}
		}
		unexpected.addAll(byId.values());
		unexpected.sort(Comparator.comparing(ReportedBenefit::benefitId).thenComparingLong(ReportedBenefit::line));
		for (ReportedBenefit r : unexpected) {
			// Partner Center gives no balance, currency or partner: its credits consumed
			// are what it shows
			BigDecimal consumed = consumed(r);
			breaks.add(new BreakRow(BreakObject.BENEFIT, "", r.benefitId(), MatchMethod.NONE,
					BreakRow.UNEXPECTED_IN_REPORT, "", Texts.amount(consumed, ""), consumed, BreakClass.UNEXPLAINED, "",
					""));
		}
		return breaks;
	}

	/**
	 * Status, redeemed (start) day, billing profile, expiry, and credits consumed
	 * (charged − adjusted, beyond {@code tolerance}).
	 */
	private static void compare(BenefitRow benefit, ReportedBenefit r, ReconciliationSettings settings,
			List<BreakRow> breaks) {
		if (!benefit.status().equalsIgnoreCase(r.status())) {
			breaks
				.add(row(benefit, r.benefitId(), MatchMethod.REFERENCE, "status", benefit.status(), r.status(), null));
		}
		dateField(benefit, "redeemed_on", benefit.startedOn(), r.redeemedOn(), breaks);
		if (!benefit.billingProfileId().equals(Texts.blankIfNull(r.billingProfileId()))) {
			breaks.add(row(benefit, r.benefitId(), MatchMethod.REFERENCE, "billing_profile_id",
					benefit.billingProfileId(), Texts.blankIfNull(r.billingProfileId()), null));
		}
		dateField(benefit, "expiry_date", benefit.expiresOn(), r.expiryDate(), breaks);
		BigDecimal consumed = benefit.charged().subtract(benefit.adjusted());
		BigDecimal reportedConsumed = consumed(r);
		if (settings.differ(consumed, reportedConsumed)) {
			breaks.add(row(benefit, r.benefitId(), MatchMethod.REFERENCE, "credits_consumed",
					Texts.amount(consumed, benefit.currency()), Texts.amount(reportedConsumed, benefit.currency()),
					reportedConsumed.subtract(consumed)));
		}
	}

	private static void dateField(BenefitRow benefit, String field, LocalDate expected, LocalDate reported,
			List<BreakRow> breaks) {
		if (!Objects.equals(expected, reported)) {
			breaks.add(row(benefit, benefit.benefitId(), MatchMethod.REFERENCE, field, Texts.date(expected),
					Texts.date(reported), null));
		}
	}

	/** Rule RC5: a blank credits consumed is 0. */
	private static BigDecimal consumed(ReportedBenefit r) {
		return r.creditsConsumed() == null ? BigDecimal.ZERO : r.creditsConsumed();
	}

	/**
	 * A break row of a simulated benefit: its key, currency and partner are the
	 * benefit's.
	 */
	private static BreakRow row(BenefitRow benefit, String reportedKey, MatchMethod method, String field,
			String expected, String reported, BigDecimal difference) {
		return new BreakRow(BreakObject.BENEFIT, benefit.benefitId(), reportedKey, method, field, expected, reported,
				difference, BreakClass.UNEXPLAINED, benefit.currency(), benefit.partnerId());
	}

}
