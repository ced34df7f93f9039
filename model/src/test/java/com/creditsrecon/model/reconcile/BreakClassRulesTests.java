package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.classes;
import static com.creditsrecon.model.reconcile.ReconRows.event;
import static com.creditsrecon.model.reconcile.ReconRows.fields;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static com.creditsrecon.model.reconcile.ReconRows.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.creditsrecon.model.reconcile.ReconRows.Lot;
import com.creditsrecon.model.reconcile.ReconRows.Reported;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;

/** Rule RC4: every break row of a lot gets one class, the first that fits. */
class BreakClassRulesTests {

	@Test
	@DisplayName("RC4: a balance shown on a revoked lot is REVOCATION_NOT_APPLIED, for every row of the lot")
	void ruleRC4_revocationNotApplied() {
		// given a revoked lot Azure still shows active with a balance
		Lot revoked = lot("L1").status("REVOKED").closed("0.00");
		Reported shown = reported(1).reference("L1").closed("30.00").status("Active");

		// when
		List<BreakRow> rows = lots(revoked).reported(shown).reconcile();

		// then
		assertEquals(List.of("closed_balance", "status"), fields(rows));
		assertEquals(List.of(BreakClass.REVOCATION_NOT_APPLIED, BreakClass.REVOCATION_NOT_APPLIED), classes(rows));
	}

	@Test
	@DisplayName("RC4: a revoked lot whose window also ended is REVOCATION_NOT_APPLIED, the first that fits")
	void ruleRC4_revocationBeforeLapse() {
		// given a lot revoked and past its end date, shown with a balance
		Lot revoked = lot("L1").status("REVOKED").closed("0.00").end("2025-06-15");
		Reported shown = reported(1).reference("L1").closed("30.00").expiration("2025-06-15").status("Canceled");

		// when
		List<BreakRow> rows = lots(revoked).reported(shown).reconcile();

		// then
		assertEquals(List.of("closed_balance"), fields(rows));
		assertEquals(List.of(BreakClass.REVOCATION_NOT_APPLIED), classes(rows));
	}

	@Test
	@DisplayName("RC4: a balance shown on a lot whose window ended is LAPSE_NOT_APPLIED")
	void ruleRC4_lapseNotApplied() {
		// given a May lot that lapsed, and a lot whose window ends on as-of, both shown
		// with a balance
		Lot may = lot("L1").start("2025-05-01").end("2025-05-31").closed("0.00").status("LAPSED");
		Lot endsToday = lot("L2").start("2024-07-01").end("2025-06-30").closed("0.00").status("EXPIRED");
		Reported mayShown = reported(1).reference("L1")
			.start("2025-05-01")
			.expiration("2025-05-31")
			.closed("20.00")
			.status("Active");
		Reported endsTodayShown = reported(2).reference("L2")
			.start("2024-07-01")
			.expiration("2025-06-30")
			.closed("10.00")
			.status("Expired");

		// when
		List<BreakRow> rows = lots(may, endsToday).reported(mayShown, endsTodayShown).reconcile();

		// then
		assertEquals(List.of("L1 closed_balance LAPSE_NOT_APPLIED", "L1 status LAPSE_NOT_APPLIED",
				"L2 closed_balance LAPSE_NOT_APPLIED"), described(rows));
	}

	@Test
	@DisplayName("RC4: a lapse not applied comes before timing")
	void ruleRC4_lapseBeforeTiming() {
		// given a lot that lapsed at the end of as-of, charged that day as much as Azure
		// still shows
		Lot lapsed = lot("L1").end("2025-06-30").closed("0.00").status("LAPSED");
		Reported shown = reported(1).reference("L1").expiration("2025-06-30").closed("15.00").status("Expired");
		EventRow charge = event("2025-06-30", "L1", EventType.SETTLED_CHARGES, "USD", "15.00");

		// when
		List<BreakRow> rows = lots(lapsed).events(charge).reported(shown).reconcile();

		// then
		assertEquals(List.of("L1 closed_balance LAPSE_NOT_APPLIED"), described(rows));
	}

	@Test
	@DisplayName("RC4: a simulated lot missing in the report is DEPOSIT_MISSING")
	void ruleRC4_depositMissing() {
		// given
		Lot lot = lot("L1");

		// when
		List<BreakRow> rows = lots(lot).reconcile();

		// then
		assertEquals(List.of("L1 MISSING_IN_REPORT DEPOSIT_MISSING"), described(rows));
	}

	@ParameterizedTest(name = "reported balance {0}: {1}")
	@CsvSource({ "100.00, TIMING", "100.01, TIMING", "99.99, TIMING", "100.02, UNEXPLAINED", "110.00, UNEXPLAINED",
			"85.00, UNEXPLAINED", "20.00, UNEXPLAINED" })
	@DisplayName("RC4: a balance difference equal to the settled charges of as-of and the day before is TIMING")
	void ruleRC4_timing(String reportedBalance, BreakClass expected) {
		// given a lot charged 10 two days before as-of, 25 the day before and 15 on
		// as-of, with another lot charged on as-of too
		Lot lot = lot("L1").closed("60.00");
		EventRow[] events = { event("2025-06-28", "L1", EventType.SETTLED_CHARGES, "USD", "10.00"),
				event("2025-06-29", "L1", EventType.SETTLED_CHARGES, "USD", "25.00"),
				event("2025-06-29", "L1", EventType.ADJUSTMENT, "USD", "3.00"),
				event("2025-06-30", "L1", EventType.SETTLED_CHARGES, "USD", "15.00"),
				event("2025-06-30", "L2", EventType.SETTLED_CHARGES, "USD", "7.00") };
		// Azure has not applied the last two days' 40.00 when it shows 100.00
		Reported shown = reported(1).reference("L1").closed(reportedBalance);

		// when
		List<BreakRow> rows = lots(lot).events(events).reported(shown).reconcile();

		// then
		assertEquals(List.of("closed_balance"), fields(rows));
		assertEquals(List.of(expected), classes(rows));
	}

	@Test
	@DisplayName("RC4: every row of a TIMING lot is TIMING")
	void ruleRC4_timingForEveryRowOfTheLot() {
		// given a lot charged on as-of, which Azure shows without that charge and with
		// another expiration date
		Lot lot = lot("L1").closed("60.00");
		EventRow charge = event("2025-06-30", "L1", EventType.SETTLED_CHARGES, "USD", "40.00");
		Reported shown = reported(1).reference("L1").expiration("2025-08-01");

		// when
		List<BreakRow> rows = lots(lot).events(charge).reported(shown).reconcile();

		// then
		assertEquals(List.of("L1 closed_balance TIMING", "L1 expiration_date TIMING"), described(rows));
	}

	@Test
	@DisplayName("RC4: no balance difference is not TIMING, even on a lot charged on as-of")
	void ruleRC4_zeroBalanceDifferenceIsUnexplained() {
		// given lots whose balances agree but whose expiration dates do not, one charged
		// on as-of and one never charged
		Lot charged = lot("L1").closed("60.00");
		Lot untouched = lot("L2");
		EventRow charge = event("2025-06-30", "L1", EventType.SETTLED_CHARGES, "USD", "40.00");
		Reported chargedShown = reported(1).reference("L1").closed("60.00").expiration("2025-08-01");
		Reported untouchedShown = reported(2).reference("L2").expiration("2025-08-01");

		// when
		List<BreakRow> rows = lots(charged, untouched).events(charge)
			.reported(chargedShown, untouchedShown)
			.reconcile();

		// then
		assertEquals(List.of("L1 expiration_date UNEXPLAINED", "L2 expiration_date UNEXPLAINED"), described(rows));
	}

	@Test
	@DisplayName("RC4: a revoked lot shown with no balance is not REVOCATION_NOT_APPLIED")
	void ruleRC4_revokedLotWithoutBalanceIsUnexplained() {
		// given a revoked lot Azure shows active but empty
		Lot revoked = lot("L1").status("REVOKED").closed("0.00");
		Reported shown = reported(1).reference("L1").closed("0.00").status("Active");

		// when
		List<BreakRow> rows = lots(revoked).reported(shown).reconcile();

		// then
		assertEquals(List.of("L1 status UNEXPLAINED"), described(rows));
	}

	@Test
	@DisplayName("RC4: an unexplained balance difference, and an unexpected reported lot, are UNEXPLAINED")
	void ruleRC4_unexplained() {
		// given a lot Azure shows with less than the simulation, and a lot it alone shows
		Lot lot = lot("L1").closed("60.00");
		Reported less = reported(1).reference("L1").closed("55.00");
		Reported unknown = reported(2).reference("PO-1").start("2025-06-20");

		// when
		List<BreakRow> rows = lots(lot).reported(less, unknown).reconcile();

		// then
		assertEquals(List.of(" UNEXPECTED_IN_REPORT UNEXPLAINED", "L1 closed_balance UNEXPLAINED"), described(rows));
	}

	private static ReconRows.Input lots(Lot... lots) {
		return input().present(ReportedExtract.LOTS).lots(lots);
	}

	/** Each row as "key field break_class". */
	private static List<String> described(List<BreakRow> rows) {
		return rows.stream().map(row -> row.key() + " " + row.field() + " " + row.breakClass()).toList();
	}

}
