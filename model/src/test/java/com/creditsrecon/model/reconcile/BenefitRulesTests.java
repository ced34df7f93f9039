package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.AS_OF;
import static com.creditsrecon.model.reconcile.ReconRows.benefit;
import static com.creditsrecon.model.reconcile.ReconRows.day;
import static com.creditsrecon.model.reconcile.ReconRows.fields;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.money;
import static com.creditsrecon.model.reconcile.ReconRows.one;
import static com.creditsrecon.model.reconcile.ReconRows.reportedBenefit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.reconcile.ReconRows.Benefit;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.result.BenefitRow;

/** Rule RC5: Partner Center's benefits against benefits.csv, paired by benefit ID. */
class BenefitRulesTests {

	@Test
	@DisplayName("RC5: a faithful Partner Center view is no break")
	void ruleRC5_faithfulViewIsNoBreak() {
		// given a started benefit, one not started yet (no start, no expiry, no profile)
		BenefitRow started = benefit("B1").charged("300.00").adjusted("20.00").closed("700.00").row();
		BenefitRow available = benefit("B2").status("AVAILABLE").startedOn(null).expiresOn(null).profile("").row();
		ReportedBenefit availableReported = new ReportedBenefit(2, "B2", "Available", null, "", null, null, AS_OF);

		// when
		List<BreakRow> rows = benefits(started, available)
			.reportedBenefits(reportedBenefit(1, started), availableReported)
			.reconcile();

		// then the status is compared whatever its case; blank credits consumed is 0
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC5: status, redeemed day, billing profile, expiry and credits consumed, one row each")
	void ruleRC5_everyField() {
		// given a benefit charged 300 and refunded 20, and a view of it that differs in
		// every field
		BenefitRow benefit = benefit("B1").charged("300.00").adjusted("20.00").closed("700.00").row();
		ReportedBenefit view = new ReportedBenefit(1, "B1", "COMPLETE", day("2025-01-11"), "BP2", day("2026-01-10"),
				money("250.5"), AS_OF);

		// when
		List<BreakRow> rows = benefits(benefit).reportedBenefits(view).reconcile();

		// then
		assertEquals(List.of("billing_profile_id", "credits_consumed", "expiry_date", "redeemed_on", "status"),
				fields(rows));
		assertRow(rows, "billing_profile_id", "BP1", "BP2", null);
		assertRow(rows, "credits_consumed", "280.00", "250.50", "-29.50");
		assertRow(rows, "expiry_date", "2026-01-09", "2026-01-10", null);
		assertRow(rows, "redeemed_on", "2025-01-10", "2025-01-11", null);
		assertRow(rows, "status", "ACTIVE", "COMPLETE", null);
		for (BreakRow row : rows) {
			assertEquals(BreakObject.BENEFIT, row.object());
			assertEquals("B1", row.key());
			assertEquals("B1", row.reportedKey());
			assertEquals(MatchMethod.REFERENCE, row.matchMethod());
			assertEquals(BreakClass.UNEXPLAINED, row.breakClass());
			assertEquals("USD", row.currency());
		}
	}

	@Test
	@DisplayName("RC5: blank dates and profile reported for a started benefit differ")
	void ruleRC5_blankReportedValuesDiffer() {
		// given
		BenefitRow benefit = benefit("B1").row();
		ReportedBenefit view = new ReportedBenefit(1, "B1", "ACTIVE", null, "", null, null, AS_OF);

		// when
		List<BreakRow> rows = benefits(benefit).reportedBenefits(view).reconcile();

		// then
		assertEquals(List.of("billing_profile_id", "expiry_date", "redeemed_on"), fields(rows));
		assertRow(rows, "billing_profile_id", "BP1", "", null);
		assertRow(rows, "expiry_date", "2026-01-09", "", null);
		assertRow(rows, "redeemed_on", "2025-01-10", "", null);
	}

	@Test
	@DisplayName("RC5: credits consumed within tolerance is no break, a blank one is 0")
	void ruleRC5_creditsConsumedToleranceAndBlank() {
		// given one benefit a cent off, one reported blank though charged, one in JPY
		BenefitRow cent = benefit("B1").charged("280.00").row();
		BenefitRow blank = benefit("B2").charged("10.00").row();
		BenefitRow yen = benefit("B3").currency("JPY").charged("1500").adjusted("500").closed("9000").row();
		ReportedBenefit centView = new ReportedBenefit(1, "B1", "ACTIVE", day("2025-01-10"), "BP1", day("2026-01-09"),
				money("280.01"), AS_OF);
		ReportedBenefit blankView = new ReportedBenefit(2, "B2", "ACTIVE", day("2025-01-10"), "BP1", day("2026-01-09"),
				null, AS_OF);
		ReportedBenefit yenView = new ReportedBenefit(3, "B3", "ACTIVE", day("2025-01-10"), "BP1", day("2026-01-09"),
				money("1200"), AS_OF);

		// when
		List<BreakRow> rows = benefits(cent, blank, yen).reportedBenefits(centView, blankView, yenView).reconcile();

		// then
		assertEquals(List.of("B2 credits_consumed", "B3 credits_consumed"),
				rows.stream().map(row -> row.key() + " " + row.field()).toList());
		assertRow(rows, "B2", "credits_consumed", "10.00", "0.00", "-10.00");
		assertRow(rows, "B3", "credits_consumed", "1000", "1200", "200");
	}

	@Test
	@DisplayName("RC5: a simulated benefit Partner Center does not show is missing, as in RC3")
	void ruleRC5_missingBenefit() {
		// given
		BenefitRow benefit = benefit("B1").currency("EUR").closed("700.00").row();

		// when
		List<BreakRow> rows = benefits(benefit).reconcile();

		// then
		assertEquals(List.of(new BreakRow(BreakObject.BENEFIT, "B1", "", MatchMethod.NONE, BreakRow.MISSING_IN_REPORT,
				"700.00", "", money("-700.00"), BreakClass.UNEXPLAINED, "EUR", "P1")), rows);
	}

	@Test
	@DisplayName("RC5: a benefit only Partner Center shows is unexpected, with its credits consumed")
	void ruleRC5_unexpectedBenefit() {
		// given one with credits consumed and one blank
		ReportedBenefit consumed = new ReportedBenefit(1, "B8", "ACTIVE", day("2025-01-10"), "BP1", null, money("12.3"),
				AS_OF);
		ReportedBenefit blank = new ReportedBenefit(2, "B9", "AVAILABLE", null, "", null, null, AS_OF);

		// when
		List<BreakRow> rows = input().present(ReportedExtract.BENEFITS).reportedBenefits(blank, consumed).reconcile();

		// then the currency and the partner are unknown, even with a profile of P1
		assertEquals(List.of(
				new BreakRow(BreakObject.BENEFIT, "", "B8", MatchMethod.NONE, BreakRow.UNEXPECTED_IN_REPORT, "",
						"12.30", money("12.3"), BreakClass.UNEXPLAINED, "", ""),
				new BreakRow(BreakObject.BENEFIT, "", "B9", MatchMethod.NONE, BreakRow.UNEXPECTED_IN_REPORT, "", "0.00",
						BigDecimal.ZERO, BreakClass.UNEXPLAINED, "", "")),
				rows);
	}

	@Test
	@DisplayName("RC5: a benefit ID reported twice: the later line is unexpected")
	void ruleRC5_duplicateReportedBenefit() {
		// given a faithful row on line 2 and another on line 5, listed first
		BenefitRow benefit = benefit("B1").charged("40.00").closed("960.00").row();
		ReportedBenefit faithful = reportedBenefit(2, benefit);
		ReportedBenefit again = new ReportedBenefit(5, "B1", "ACTIVE", day("2025-01-10"), "BP1", day("2026-01-09"),
				money("99"), AS_OF);

		// when
		List<BreakRow> rows = benefits(benefit).reportedBenefits(again, faithful).reconcile();

		// then
		assertEquals(List.of(new BreakRow(BreakObject.BENEFIT, "", "B1", MatchMethod.NONE,
				BreakRow.UNEXPECTED_IN_REPORT, "", "99.00", money("99"), BreakClass.UNEXPLAINED, "", "")), rows);
	}

	@Test
	@DisplayName("RC5: reported benefits as of a later day are ignored")
	void ruleRC5_reportedAfterAsOfIgnored() {
		// given
		BenefitRow benefit = benefit("B1").row();
		ReportedBenefit tomorrow = new ReportedBenefit(1, "B1", "ACTIVE", day("2025-01-10"), "BP1", day("2026-01-09"),
				null, AS_OF.plusDays(1));
		ReportedBenefit other = new ReportedBenefit(2, "B7", "ACTIVE", null, "", null, null, AS_OF.plusDays(1));

		// when
		List<BreakRow> rows = benefits(benefit).reportedBenefits(tomorrow, other).reconcile();

		// then
		assertEquals(List.of("B1 MISSING_IN_REPORT"), rows.stream().map(row -> row.key() + " " + row.field()).toList());
	}

	@Test
	@DisplayName("RC5: benefits are compared only when the benefits extract is present")
	void ruleRC5_comparedOnlyWhenTheExtractIsPresent() {
		// given
		ReconRows.Input absent = input().present(ReportedExtract.LOTS, ReportedExtract.EVENTS)
			.benefits(benefit("B1"))
			.reportedBenefits(new ReportedBenefit(1, "B9", "ACTIVE", null, "", null, null, AS_OF));

		// when
		List<BreakRow> rows = absent.reconcile();

		// then
		assertEquals(List.of(), rows);
	}

	private static ReconRows.Input benefits(Benefit... benefits) {
		return input().present(ReportedExtract.BENEFITS).benefits(benefits);
	}

	private static ReconRows.Input benefits(BenefitRow... benefits) {
		return input().present(ReportedExtract.BENEFITS).benefitRows(List.of(benefits));
	}

	private static void assertRow(List<BreakRow> rows, String field, String expected, String reported,
			String difference) {
		assertRow(rows, "B1", field, expected, reported, difference);
	}

	private static void assertRow(List<BreakRow> rows, String key, String field, String expected, String reported,
			String difference) {
		BreakRow row = one(rows, r -> r.key().equals(key) && r.field().equals(field), key + " " + field);
		assertEquals(expected, row.expected(), field + " expected");
		assertEquals(reported, row.reported(), field + " reported");
		assertEquals(BreakClass.UNEXPLAINED, row.breakClass());
		if (difference == null) {
			assertNull(row.difference(), field + " difference");
		}
		else {
			assertEquals(0, new BigDecimal(difference).compareTo(row.difference()),
					field + " difference " + row.difference());
		}
	}

}
