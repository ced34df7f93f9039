package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.fields;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static com.creditsrecon.model.reconcile.ReconRows.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.creditsrecon.model.reconcile.ReconRows.Lot;
import com.creditsrecon.model.reconcile.ReconRows.Reported;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.result.LotRow;

/**
 * Rule RC1: lot matching, one-to-one and deterministic. A pair shows itself by a
 * closed_balance break (the reported balance differs on purpose), unmatched lots by
 * MISSING_IN_REPORT and UNEXPECTED_IN_REPORT rows.
 */
class LotMatchingRulesTests {

	@Test
	@DisplayName("RC1: a reference naming a lot ID matches before any attribute match")
	void ruleRC1_matchesByReferenceFirst() {
		// given two lots the reported row could match by attributes, and its reference
		// naming the second one
		Lot first = lot("L1");
		Lot second = lot("L2");
		Reported named = reported(1).reference("L2").closed("90.00");

		// when
		List<BreakRow> rows = lots(first, second).reported(named).reconcile();

		// then the second lot takes it, the first is missing
		assertEquals(List.of("L1 MISSING_IN_REPORT NONE", "L2 closed_balance REFERENCE"), pairs(rows));
		assertEquals("BP1|L2|2025-06-01", rows.get(1).reportedKey());
	}

	@Test
	@DisplayName("RC1: a reference matches whatever the attributes")
	void ruleRC1_referenceMatchesWhateverTheAttributes() {
		// given a reported row naming the lot but far from it in amount and start
		Lot lot = lot("L1");
		Reported named = reported(1).reference("L1").original("250.00").start("2025-06-20");

		// when
		List<BreakRow> rows = lots(lot).reported(named).reconcile();

		// then it is the lot's pair all the same
		assertEquals(List.of("L1 original_amount REFERENCE", "L1 start_date REFERENCE"), pairs(rows));
	}

	@Test
	@DisplayName("RC1: the ID of a benefit with a single lot is a reference to that lot")
	void ruleRC1_benefitIdOfASingleLotBenefitIsAReference() {
		// given a bulk benefit's only lot, and a reported row starting too far for an
		// attribute match but naming the benefit
		Lot bulk = lot("PU1-AZBULK-01").benefit("PU1-AZBULK");
		Reported named = reported(1).reference("PU1-AZBULK").closed("90.00").start("2025-06-20");

		// when
		List<BreakRow> rows = lots(bulk).reported(named).reconcile();

		// then
		assertEquals(List.of("PU1-AZBULK-01 closed_balance REFERENCE", "PU1-AZBULK-01 start_date REFERENCE"),
				pairs(rows));
		assertEquals("BP1|PU1-AZBULK|2025-06-20", rows.get(0).reportedKey());
	}

	@Test
	@DisplayName("RC1: the ID of a benefit with several lots is no reference")
	void ruleRC1_benefitIdOfAMultiLotBenefitIsNoReference() {
		// given a monthly benefit with two lots and a reported row naming the benefit
		Lot may = lot("PU1-AZMONTHLY-01").benefit("PU1-AZMONTHLY")
			.start("2025-05-01")
			.end("2025-05-31")
			.closed("0.00")
			.status("LAPSED");
		Lot june = lot("PU1-AZMONTHLY-02").benefit("PU1-AZMONTHLY");
		Reported named = reported(1).reference("PU1-AZMONTHLY").closed("90.00");

		// when
		List<BreakRow> rows = lots(may, june).reported(named).reconcile();

		// then it is matched by its attributes, to the June lot
		assertEquals(List.of("PU1-AZMONTHLY-01 MISSING_IN_REPORT NONE", "PU1-AZMONTHLY-02 closed_balance ATTRIBUTES"),
				pairs(rows));
	}

	@Test
	@DisplayName("RC1: a benefit with a legacy lot besides its profiled one has several lots: no reference")
	void ruleRC1_benefitLotsCountedOverAllTheUnitsLots() {
		// given a benefit with a lot on BP1 and a legacy lot without profile
		Lot legacy = lot("B2-01").benefit("B2").profile("").start("2025-05-01");
		Lot profiled = lot("B2-02").benefit("B2");
		Reported named = reported(1).reference("B2").start("2025-06-20");

		// when
		List<BreakRow> rows = lots(legacy, profiled).reported(named).reconcile();

		// then the benefit ID names no lot, and the start is too far for attributes
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE", "B2-02 MISSING_IN_REPORT NONE"), pairs(rows));
	}

	@Test
	@DisplayName("RC1: by attributes within match-days and tolerance")
	void ruleRC1_matchesByAttributesWithinMatchDaysAndTolerance() {
		// given lots starting on the 10th and 20th, and reported rows without reference
		// two days and one cent away
		Lot tenth = lot("L1").start("2025-06-10");
		Lot twentieth = lot("L2").start("2025-06-20");
		Reported later = reported(1).start("2025-06-12").original("99.99").closed("90.00");
		Reported earlier = reported(2).start("2025-06-18").original("100.01").closed("80.00");

		// when
		List<BreakRow> rows = lots(tenth, twentieth).reported(later, earlier).reconcile();

		// then each is paired, and the start date is not compared for an attribute match
		assertEquals(List.of("L1 closed_balance ATTRIBUTES", "L2 closed_balance ATTRIBUTES"), pairs(rows));
		assertEquals("BP1||2025-06-12", rows.get(0).reportedKey());
		assertEquals("BP1||2025-06-18", rows.get(1).reportedKey());
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@CsvSource({ "BP1, USD, 100.00, 2025-06-13", "BP1, USD, 100.00, 2025-06-07", "BP1, USD, 100.02, 2025-06-10",
			"BP1, USD, 99.98, 2025-06-10", "BP2, USD, 100.00, 2025-06-10", "BP1, EUR, 100.00, 2025-06-10" })
	@DisplayName("RC1: no attribute match beyond match-days or tolerance, or on another profile or currency")
	void ruleRC1_noAttributeMatchBeyondTheLimits(String profile, String currency, String original, String start) {
		// given a lot on BP1 in USD of 100.00 from the 10th
		Lot lot = lot("L1").start("2025-06-10");
		Reported other = reported(1).profile(profile).currency(currency).original(original).start(start);

		// when
		List<BreakRow> rows = lots(lot).reported(other).reconcile();

		// then
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE", "L1 MISSING_IN_REPORT NONE"), pairs(rows));
	}

	@Test
	@DisplayName("RC1: one-to-one: a second reported row naming a taken lot is unexpected")
	void ruleRC1_oneToOneSecondReportedRowIsUnexpected() {
		// given two reported rows naming the same lot, the same in all but their balance
		Lot lot = lot("L1");
		Reported first = reported(1).reference("L1").closed("90.00");
		Reported second = reported(2).reference("L1").closed("80.00");

		// when
		List<BreakRow> rows = lots(lot).reported(second, first).reconcile();

		// then the first in line takes the lot
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE", "L1 closed_balance REFERENCE"), pairs(rows));
		assertEquals("80.00", rows.get(0).reported());
		assertEquals("90.00", rows.get(1).reported());
	}

	@Test
	@DisplayName("RC1: one-to-one: two reported rows fitting one lot by attributes, one is unexpected")
	void ruleRC1_oneToOneByAttributes() {
		// given
		Lot lot = lot("L1");
		Reported first = reported(1).closed("90.00");
		Reported second = reported(2).closed("80.00");

		// when
		List<BreakRow> rows = lots(lot).reported(second, first).reconcile();

		// then
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE", "L1 closed_balance ATTRIBUTES"), pairs(rows));
		assertEquals("80.00", rows.get(0).reported());
	}

	@Test
	@DisplayName("RC1: one-to-one: two lots and one reported row, the first lot takes it")
	void ruleRC1_oneToOneTwoLotsOneReportedRow() {
		// given two lots alike and one reported row without reference
		Lot first = lot("L1");
		Lot second = lot("L2");
		Reported only = reported(1).closed("90.00");

		// when
		List<BreakRow> rows = lots(second, first).reported(only).reconcile();

		// then lots take their match in lot ID order
		assertEquals(List.of("L1 closed_balance ATTRIBUTES", "L2 MISSING_IN_REPORT NONE"), pairs(rows));
	}

	@Test
	@DisplayName("RC1: the nearest start date wins")
	void ruleRC1_nearestStartDateWins() {
		// given a lot from the 10th and reported rows two days and one day away
		Lot lot = lot("L1").start("2025-06-10");
		Reported twoDays = reported(1).start("2025-06-08").closed("90.00");
		Reported oneDay = reported(2).start("2025-06-11").closed("80.00");

		// when
		List<BreakRow> rows = lots(lot).reported(twoDays, oneDay).reconcile();

		// then
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE", "L1 closed_balance ATTRIBUTES"), pairs(rows));
		assertEquals("BP1||2025-06-08", rows.get(0).reportedKey());
		assertEquals("BP1||2025-06-11", rows.get(1).reportedKey());
	}

	@Test
	@DisplayName("RC1: lots choose in lot ID order, each the nearest row still free")
	void ruleRC1_lotsChooseInLotIdOrder() {
		// given lots from the 10th and 11th, reported rows from the 11th and 13th
		Lot tenth = lot("L1").start("2025-06-10");
		Lot eleventh = lot("L2").start("2025-06-11");
		Reported onEleventh = reported(1).start("2025-06-11").closed("90.00");
		Reported onThirteenth = reported(2).start("2025-06-13").closed("80.00");

		// when
		List<BreakRow> rows = lots(eleventh, tenth).reported(onThirteenth, onEleventh).reconcile();

		// then the first lot takes the row of the 11th although the second starts that
		// day; the second takes the row of the 13th, two days away
		assertEquals(List.of("L1 closed_balance ATTRIBUTES", "L2 closed_balance ATTRIBUTES"), pairs(rows));
		assertEquals("BP1||2025-06-11", rows.get(0).reportedKey());
		assertEquals("BP1||2025-06-13", rows.get(1).reportedKey());
	}

	@Test
	@DisplayName("RC1: ties go to the first reported row in tie order, whatever order the inputs come in")
	void ruleRC1_tiesResolvedByTheTieOrderWhateverTheInputOrder() {
		// given one lot per profile, each with two reported rows equally near it, that
		// only one level of the tie order tells apart
		List<LotRow> lots = new ArrayList<>();
		List<ReportedLot> reported = new ArrayList<>();
		for (String profile : List.of("BP1", "BP2", "BP3", "BP4")) {
			lots.add(lot("L-" + profile).profile(profile).start("2025-06-10").row());
		}
		// BP1: start date, the 9th before the 11th (though on a later line)
		reported.add(reported(2).profile("BP1").start("2025-06-09").closed("91.00").row());
		reported.add(reported(1).profile("BP1").start("2025-06-11").closed("92.00").row());
		// BP2: reference, PO-A before PO-B
		reported.add(reported(3).profile("BP2").reference("PO-B").start("2025-06-11").closed("93.00").row());
		reported.add(reported(4).profile("BP2").reference("PO-A").start("2025-06-11").closed("94.00").row());
		// BP3: original amount, 100.00 before 100.01
		reported.add(reported(5).profile("BP3").original("100.01").start("2025-06-11").closed("95.00").row());
		reported.add(reported(6).profile("BP3").original("100.00").start("2025-06-11").closed("96.00").row());
		// BP4: the line
		reported.add(reported(8).profile("BP4").start("2025-06-11").closed("97.00").row());
		reported.add(reported(7).profile("BP4").start("2025-06-11").closed("98.00").row());

		// when
		List<BreakRow> rows = input().present(ReportedExtract.LOTS).lotRows(lots).reportedLots(reported).reconcile();

		// then
		assertEquals(
				List.of("L-BP1 closed_balance ATTRIBUTES 91.00", "L-BP2 closed_balance ATTRIBUTES 94.00",
						"L-BP3 closed_balance ATTRIBUTES 96.00", "L-BP4 closed_balance ATTRIBUTES 98.00"),
				rows.stream()
					.filter(row -> !row.key().isEmpty())
					.map(row -> row.key() + " " + row.field() + " " + row.matchMethod() + " " + row.reported())
					.toList());
		assertEquals(List.of("92.00", "93.00", "95.00", "97.00"),
				rows.stream().filter(row -> row.key().isEmpty()).map(BreakRow::reported).sorted().toList());
		for (long seed = 1; seed <= 20; seed++) {
			List<LotRow> shuffledLots = new ArrayList<>(lots);
			List<ReportedLot> shuffledReported = new ArrayList<>(reported);
			Collections.shuffle(shuffledLots, new Random(seed));
			Collections.shuffle(shuffledReported, new Random(seed + 100));
			List<BreakRow> again = input().present(ReportedExtract.LOTS)
				.lotRows(shuffledLots)
				.reportedLots(shuffledReported)
				.reconcile();
			assertEquals(rows, again, "shuffled with seed " + seed);
		}
	}

	@Test
	@DisplayName("RC1: of rows naming the same lot, the first in tie order takes it, not the first line")
	void ruleRC1_referenceTakenInTieOrder() {
		// given two rows naming L1, the one starting on the lot's day on the later line
		Lot lot = lot("L1").start("2025-06-10");
		Reported later = reported(1).reference("L1").start("2025-06-12");
		Reported sameDay = reported(2).reference("L1").start("2025-06-10");

		// when
		List<BreakRow> rows = lots(lot).reported(later, sameDay).reconcile();

		// then the same-day row takes the lot, with no break; the other is unexpected
		assertEquals(List.of(" UNEXPECTED_IN_REPORT NONE"), pairs(rows));
		assertEquals("BP1|L1|2025-06-12", rows.get(0).reportedKey());
	}

	@Test
	@DisplayName("RC1: a reference naming a lot taken earlier falls back to attributes")
	void ruleRC1_referenceToATakenLotFallsBackToAttributes() {
		// given two rows naming L1, the second starting on L2's day
		Lot first = lot("L1").start("2025-06-10");
		Lot second = lot("L2").start("2025-06-15");
		Reported named = reported(1).reference("L1").start("2025-06-10");
		Reported namedAgain = reported(2).reference("L1").start("2025-06-15").closed("90.00");

		// when
		List<BreakRow> rows = lots(first, second).reported(named, namedAgain).reconcile();

		// then the second is paired with L2 by its attributes
		assertEquals(List.of("L2 closed_balance ATTRIBUTES"), pairs(rows));
		assertEquals("BP1|L1|2025-06-15", rows.get(0).reportedKey());
		assertEquals(List.of("closed_balance"), fields(rows));
	}

	private static ReconRows.Input lots(Lot... lots) {
		return input().present(ReportedExtract.LOTS).lots(lots);
	}

	/** Each row as "key field match_method". */
	private static List<String> pairs(List<BreakRow> rows) {
		return rows.stream().map(row -> row.key() + " " + row.field() + " " + row.matchMethod()).toList();
	}

}
