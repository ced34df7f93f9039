package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** summary.csv and rule N3 (materiality of the breaks, for exit code 3). */
class BreakSummaryTests {

	@Test
	@DisplayName("summary.csv: per (object, class) in alphabetical order, a count and the absolute differences")
	void summaryLinesPerObjectAndClass() {
		// given
		BreakSummary summary = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "5.00", "USD"),
				row(BreakObject.LOT, BreakClass.DEPOSIT_MISSING, "-40.00", "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, null, "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "-2.5", ""),
				row(BreakObject.TRANSACTIONS, BreakClass.UNEXPLAINED, "3", "EUR"),
				row(BreakObject.LOT, BreakClass.TIMING, "1.25", "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-2.25", "EUR"),
				row(BreakObject.LOT, BreakClass.REVOCATION_NOT_APPLIED, "30", "USD"),
				row(BreakObject.LOT, BreakClass.LAPSE_NOT_APPLIED, "20", "JPY"));

		// when
		List<String> lines = summary.lines()
			.stream()
			.map(line -> line.object() + "," + line.breakClass() + "," + line.count() + ","
					+ line.absDifference().toPlainString())
			.toList();

		// then
		assertEquals(List.of("BENEFIT,UNEXPLAINED,2,2.50", "LOT,DEPOSIT_MISSING,1,40.00",
				"LOT,LAPSE_NOT_APPLIED,1,20.00", "LOT,REVOCATION_NOT_APPLIED,1,30.00", "LOT,TIMING,1,1.25",
				"LOT,UNEXPLAINED,2,7.25", "TRANSACTIONS,UNEXPLAINED,1,3.00"), lines);
		assertEquals(9, summary.count());
		assertEquals("104.00", summary.absDifference().toPlainString());
		assertEquals(Map.of("", money("2.5"), "EUR", money("5.25"), "JPY", money("20"), "USD", money("76.25")),
				summary.absDifferenceByCurrency());
	}

	@Test
	@DisplayName("summary.csv: abs_difference has two decimals")
	void summaryAbsDifferenceHasTwoDecimals() {
		// given
		BreakSummary summary = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "0.126", "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-1000", "JPY"));

		// when
		BreakSummary.Line line = summary.lines().get(0);

		// then
		assertEquals("1000.13", line.absDifference().toPlainString());
		assertEquals("1000.13", summary.absDifference().toPlainString());
	}

	@Test
	@DisplayName("N3: no break is not material")
	void ruleN3_noBreakIsNotMaterial() {
		// given
		BreakSummary summary = new BreakSummary();

		// then
		assertEquals(0, summary.count());
		assertEquals(List.of(), summary.lines());
		assertEquals("0.00", summary.absDifference().toPlainString());
		assertFalse(summary.exceeds(money("0.00")));
	}

	@Test
	@DisplayName("N3: material when in some currency the absolute differences add up to more than materiality")
	void ruleN3_materialPerCurrency() {
		// given 3.00 USD and 4.00 EUR: together 7.00, in no currency more than 5.00
		BreakSummary twoCurrencies = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-1.00", "USD"),
				row(BreakObject.TRANSACTIONS, BreakClass.UNEXPLAINED, "2.00", "USD"),
				row(BreakObject.LOT, BreakClass.TIMING, "4.00", "EUR"));

		// then
		assertFalse(twoCurrencies.exceeds(money("5.00")));
		assertFalse(twoCurrencies.exceeds(money("4.00")));
		assertTrue(twoCurrencies.exceeds(money("3.99")));
		assertTrue(twoCurrencies.exceeds(money("0.00")));
	}

	@Test
	@DisplayName("N3: one cent is material at the default materiality 0.00, a zero difference is not")
	void ruleN3_defaultMateriality() {
		// given a lot missing with no balance, and a cent off
		BreakSummary zero = summaryOf(row(BreakObject.LOT, BreakClass.DEPOSIT_MISSING, "0.00", "USD"));
		BreakSummary cent = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-0.01", "USD"));

		// then
		assertEquals(1, zero.count());
		assertFalse(zero.exceeds(money("0.00")));
		assertTrue(cent.exceeds(money("0.00")));
	}

	@Test
	@DisplayName("N3: a break without an amount is always material")
	void ruleN3_breakWithoutAmountIsMaterial() {
		// given a status break alone, and one besides a small amount
		BreakSummary status = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, null, "USD"));
		BreakSummary both = summaryOf(row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "1.00", "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, null, "USD"));

		// then
		assertTrue(status.exceeds(money("1000000.00")));
		assertTrue(both.exceeds(money("1000000.00")));
		assertEquals("0.00", status.absDifference().toPlainString());
		assertEquals("0.00", status.lines().get(0).absDifference().toPlainString());
		assertEquals(1, status.lines().get(0).count());
	}

	private static BreakSummary summaryOf(BreakRow... rows) {
		BreakSummary summary = new BreakSummary();
		for (BreakRow row : rows) {
			summary.add(row);
		}
		return summary;
	}

	private static BreakRow row(BreakObject object, BreakClass breakClass, String difference, String currency) {
		BigDecimal amount = (difference == null) ? null : money(difference);
		String field = (difference == null) ? "status" : "closed_balance";
		return new BreakRow(object, "K", "R", MatchMethod.REFERENCE, field, "", "", amount, breakClass, currency);
	}

}
