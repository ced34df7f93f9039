package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.fields;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static com.creditsrecon.model.reconcile.ReconRows.money;
import static com.creditsrecon.model.reconcile.ReconRows.one;
import static com.creditsrecon.model.reconcile.ReconRows.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.creditsrecon.model.reconcile.ReconRows.Lot;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;

/** Rules RC2 and RC3: the break rows of matched pairs and of unmatched lots. */
class LotBreakRulesTests {

	@Test
	@DisplayName("RC2: one row per differing field, with expected, reported and difference")
	void ruleRC2_oneRowPerDifferingField() {
		// given a lot and a reported row naming it that differs in every compared field
		Lot lot = lot("L1").original("100.00").closed("40.00");
		ReconRows.Reported named = reported(1).reference("L1")
			.profile("BP9")
			.original("90.5")
			.closed("45.125")
			.start("2025-06-03")
			.expiration("2025-08-01")
			.status("Expired");

		// when
		List<BreakRow> rows = lots(lot).reported(named).reconcile();

		// then
		assertEquals(List.of("billing_profile_id", "closed_balance", "expiration_date", "original_amount", "start_date",
				"status"), fields(rows));
		assertRow(rows, "billing_profile_id", "BP1", "BP9", null);
		assertRow(rows, "closed_balance", "40.00", "45.125", "5.125");
		assertRow(rows, "expiration_date", "2025-07-31", "2025-08-01", null);
		assertRow(rows, "original_amount", "100.00", "90.50", "-9.50");
		assertRow(rows, "start_date", "2025-06-01", "2025-06-03", null);
		assertRow(rows, "status", "ACTIVE", "Expired", null);
		for (BreakRow row : rows) {
			assertEquals(BreakObject.LOT, row.object());
			assertEquals("L1", row.key());
			assertEquals("BP9|L1|2025-06-03", row.reportedKey());
			assertEquals(MatchMethod.REFERENCE, row.matchMethod());
			assertEquals("USD", row.currency());
			assertEquals(BreakClass.UNEXPLAINED, row.breakClass());
		}
	}

	@Test
	@DisplayName("RC2: amounts at the currency's minor unit, extra digits kept")
	void ruleRC2_amountsAtTheCurrencysMinorUnit() {
		// given a JPY lot and a USD lot, reported with other balances
		Lot yen = lot("L1").currency("JPY").original("10000").closed("7000");
		Lot dollars = lot("L2").closed("12.5");
		ReconRows.Reported yenReported = reported(1).reference("L1").currency("JPY").original("10000.5").closed("6500");
		ReconRows.Reported dollarsReported = reported(2).reference("L2").closed("20");

		// when
		List<BreakRow> rows = lots(yen, dollars).reported(yenReported, dollarsReported).reconcile();

		// then JPY has no decimals, USD two, and a reported 10000.5 yen is not rounded
		assertRow(rows, "L1", "closed_balance", "7000", "6500", "-500");
		assertRow(rows, "L1", "original_amount", "10000", "10000.5", "0.5");
		assertRow(rows, "L2", "closed_balance", "12.50", "20.00", "7.5");
		assertEquals("JPY",
				one(rows, row -> row.key().equals("L1") && row.field().equals("closed_balance"), "yen").currency());
	}

	@Test
	@DisplayName("RC2: a difference within tolerance is no break; just beyond it is")
	void ruleRC2_withinToleranceIsNoBreak() {
		// given amounts one cent off, and a balance 1.1 cents off
		Lot within = lot("L1").original("100.00").closed("50.00");
		Lot beyond = lot("L2").original("100.00").closed("50.00");
		ReconRows.Reported withinReported = reported(1).reference("L1").original("100.01").closed("49.99");
		ReconRows.Reported beyondReported = reported(2).reference("L2").original("99.99").closed("50.011");

		// when
		List<BreakRow> rows = lots(within, beyond).reported(withinReported, beyondReported).reconcile();

		// then
		assertEquals(List.of("L2 closed_balance"), rows.stream().map(row -> row.key() + " " + row.field()).toList());
		assertRow(rows, "L2", "closed_balance", "50.00", "50.011", "0.011");
	}

	@ParameterizedTest(name = "{0} against {1}: {2}")
	@CsvSource({ "ACTIVE, Active, true", "COMPLETE, Complete, true", "LAPSED, Expired, true", "EXPIRED, Expired, true",
			"REVOKED, Canceled, true", "ACTIVE, Complete, false", "COMPLETE, Active, false", "LAPSED, Canceled, false",
			"REVOKED, Expired, false", "EXPIRED, Active, false", "ACTIVE, None, false", "COMPLETE, None, false",
			"LAPSED, None, false", "EXPIRED, None, false", "REVOKED, None, false", "ACTIVE, Inactive, false",
			"COMPLETE, Inactive, false", "LAPSED, Inactive, false", "EXPIRED, Inactive, false",
			"REVOKED, Inactive, false" })
	@DisplayName("RC2: Azure's status words against the simulated statuses")
	void ruleRC2_statusInAzuresWords(String simulated, String azure, boolean same) {
		// given
		Lot lot = lot("L1").status(simulated);
		ReconRows.Reported named = reported(1).reference("L1").status(azure);

		// when
		List<BreakRow> rows = lots(lot).reported(named).reconcile();

		// then
		assertEquals(same, LotStatuses.match(simulated, azure));
		assertEquals(same ? List.of() : List.of("status"), fields(rows));
	}

	@Test
	@DisplayName("RC2: a faithful report shows each simulated status in a word that matches it")
	void ruleRC2_reportedWordsMatchTheirStatus() {
		for (String status : List.of("ACTIVE", "COMPLETE", "LAPSED", "EXPIRED", "REVOKED")) {
			assertTrue(LotStatuses.match(status, LotStatuses.reported(status)), status);
		}
	}

	@Test
	@DisplayName("RC2: billing profile and start date are compared for a reference match only")
	void ruleRC2_profileAndStartComparedForReferenceMatchesOnly() {
		// given a row matched by attributes two days off, one by reference two days off,
		// and one by reference on another profile
		Lot byAttributes = lot("L1").start("2025-06-10");
		Lot byReference = lot("L2").start("2025-06-20");
		Lot otherProfile = lot("L3").start("2025-06-25");
		ReconRows.Reported attributes = reported(1).start("2025-06-12");
		ReconRows.Reported reference = reported(2).reference("L2").start("2025-06-22");
		ReconRows.Reported profile = reported(3).reference("L3").profile("BP2").start("2025-06-25");

		// when
		List<BreakRow> rows = lots(byAttributes, byReference, otherProfile).reported(attributes, reference, profile)
			.reconcile();

		// then
		assertEquals(List.of("L2 start_date REFERENCE", "L3 billing_profile_id REFERENCE"),
				rows.stream().map(row -> row.key() + " " + row.field() + " " + row.matchMethod()).toList());
		assertRow(rows, "L2", "start_date", "2025-06-20", "2025-06-22", null);
		assertRow(rows, "L3", "billing_profile_id", "BP1", "BP2", null);
	}

	@Test
	@DisplayName("RC2: a blank reported expiration date differs from the simulated end date")
	void ruleRC2_blankExpirationDateDiffers() {
		// given
		Lot lot = lot("L1");
		ReconRows.Reported named = reported(1).reference("L1").expiration(null);

		// when
		List<BreakRow> rows = lots(lot).reported(named).reconcile();

		// then
		assertRow(rows, "expiration_date", "2025-07-31", "", null);
	}

	@Test
	@DisplayName("RC3: a simulated lot with no match is missing in the report")
	void ruleRC3_missingInReport() {
		// given
		Lot lot = lot("L1").currency("EUR").closed("40.00");

		// when
		List<BreakRow> rows = lots(lot).reconcile();

		// then
		assertEquals(List.of(new BreakRow(BreakObject.LOT, "L1", "", MatchMethod.NONE, BreakRow.MISSING_IN_REPORT,
				"40.00", "", money("-40.00"), BreakClass.DEPOSIT_MISSING, "EUR", "P1")), rows);
	}

	@Test
	@DisplayName("RC3: a reported lot with no match is unexpected, named by profile, reference and start")
	void ruleRC3_unexpectedInReport() {
		// given a reported lot with a reference naming no lot and one without reference
		ReconRows.Reported named = reported(1).reference("PO-7").start("2025-06-05").closed("25.5");
		ReconRows.Reported unnamed = reported(2).profile("BP2").currency("JPY").closed("300");

		// when
		List<BreakRow> rows = input().present(ReportedExtract.LOTS).reported(named, unnamed).reconcile();

		// then
		assertEquals(List.of(
				new BreakRow(BreakObject.LOT, "", "BP1|PO-7|2025-06-05", MatchMethod.NONE,
						BreakRow.UNEXPECTED_IN_REPORT, "", "25.50", money("25.5"), BreakClass.UNEXPLAINED, "USD", "P1"),
				new BreakRow(BreakObject.LOT, "", "BP2||2025-06-01", MatchMethod.NONE, BreakRow.UNEXPECTED_IN_REPORT,
						"", "300", money("300"), BreakClass.UNEXPLAINED, "JPY", "P1")),
				rows);
	}

	@Test
	@DisplayName("RC3: legacy lots without a billing profile are never missing")
	void ruleRC3_legacyLotsWithoutProfileNeverMissing() {
		// given a legacy lot and an empty lots extract
		Lot legacy = lot("L1").profile("");

		// when
		List<BreakRow> rows = lots(legacy).reconcile();

		// then
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC3: reported rows as of a later day, and reported lots starting after as-of, are ignored")
	void ruleRC3_reportedRowsAfterAsOfIgnored() {
		// given a lot reported only as of the next day, and a reported lot starting then
		Lot lot = lot("L1");
		ReconRows.Reported tomorrow = reported(1).reference("L1").asOf("2025-07-01");
		ReconRows.Reported future = reported(2).reference("PO-9").start("2025-07-01");
		ReconRows.Reported today = reported(3).reference("PO-8").start("2025-06-30").closed("5.00");

		// when
		List<BreakRow> rows = lots(lot).reported(tomorrow, future, today).reconcile();

		// then the lot is missing, only the row starting on as-of is unexpected
		assertEquals(List.of("BP1|PO-8|2025-06-30 UNEXPECTED_IN_REPORT", "L1 MISSING_IN_REPORT"),
				rows.stream().map(row -> row.key() + row.reportedKey() + " " + row.field()).toList());
	}

	@Test
	@DisplayName("RC3: lots are compared only when the lots extract is present")
	void ruleRC3_comparedOnlyWhenTheExtractIsPresent() {
		// given
		ReconRows.Input absent = input().present(ReportedExtract.BENEFITS, ReportedExtract.EVENTS)
			.lots(lot("L1"))
			.reported(reported(1).reference("PO-1"));

		// when
		List<BreakRow> rows = absent.reconcile();

		// then
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC3 breaks.csv partner_id: the lot's partner, else the owner of the reported lot's profile")
	void ruleRC3_partnerOfLotBreaks() {
		// given P1's lot L1 paired by reference with a row on P7's BP7, P1's lot L2
		// missing, and unexpected lots on P1's BP2, on P7's profile spelled in other
		// letters, and on a profile no partner owns
		ReconRows.Reported named = reported(1).reference("L1").profile("BP7").closed("40.00");
		ReconRows.Reported onOwnProfile = reported(2).reference("PO-2").profile("BP2");
		ReconRows.Reported onOtherPartners = reported(3).reference("PO-3").profile("bp7");
		ReconRows.Reported onUnknown = reported(4).reference("PO-4").profile("BP9");

		// when
		List<BreakRow> rows = lots(lot("L1"), lot("L2")).owner("BP7", "P7")
			.reported(named, onOwnProfile, onOtherPartners, onUnknown)
			.reconcile();

		// then
		assertEquals(
				List.of("|BP2|PO-2|2025-06-01|UNEXPECTED_IN_REPORT P1", "|BP9|PO-4|2025-06-01|UNEXPECTED_IN_REPORT ",
						"|bp7|PO-3|2025-06-01|UNEXPECTED_IN_REPORT P7", "L1|BP7|L1|2025-06-01|billing_profile_id P1",
						"L1|BP7|L1|2025-06-01|closed_balance P1", "L2||MISSING_IN_REPORT P1"),
				rows.stream()
					.map(row -> row.key() + "|" + row.reportedKey() + "|" + row.field() + " " + row.partnerId())
					.toList());
	}

	private static ReconRows.Input lots(Lot... lots) {
		return input().present(ReportedExtract.LOTS).lots(lots);
	}

	private static void assertRow(List<BreakRow> rows, String field, String expected, String reported,
			String difference) {
		assertRow(rows, "L1", field, expected, reported, difference);
	}

	private static void assertRow(List<BreakRow> rows, String key, String field, String expected, String reported,
			String difference) {
		BreakRow row = one(rows, r -> r.key().equals(key) && r.field().equals(field), key + " " + field);
		assertEquals(expected, row.expected(), field + " expected");
		assertEquals(reported, row.reported(), field + " reported");
		if (difference == null) {
			assertNull(row.difference(), field + " difference");
		}
		else {
			assertEquals(0, new BigDecimal(difference).compareTo(row.difference()),
					field + " difference " + row.difference());
		}
	}

}
