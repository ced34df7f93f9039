package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** summary.csv, the breaks of run.json, and rule N3 (materiality, for exit code 3). */
class BreakSummaryTests {

	@Test
	@DisplayName("summary.csv: per (object, class, currency) in that order, a count and the absolute differences")
	void summaryLinesPerObjectClassAndCurrency() {
		// given
		BreakSummary summary = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "5.00", "USD"),
				row(BreakObject.LOT, BreakClass.DEPOSIT_MISSING, "-40.00", "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, null, "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "-2.5", ""),
				row(BreakObject.TRANSACTIONS, BreakClass.UNEXPLAINED, "3", "EUR"),
				row(BreakObject.LOT, BreakClass.TIMING, "1.25", "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-2.25", "EUR"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-2.5", "USD"),
				row(BreakObject.LOT, BreakClass.REVOCATION_NOT_APPLIED, "30", "USD"),
				row(BreakObject.LOT, BreakClass.LAPSE_NOT_APPLIED, "20", "JPY"));

		// when
		List<String> lines = summary.lines()
			.stream()
			.map(line -> line.object() + "," + line.breakClass() + "," + line.currency() + "," + line.count() + ","
					+ line.absDifference())
			.toList();

		// then USD and EUR are never added, and the blank currency has no amount
		assertEquals(List.of("BENEFIT,UNEXPLAINED,,1,null", "BENEFIT,UNEXPLAINED,USD,1,0.00",
				"LOT,DEPOSIT_MISSING,USD,1,40.00", "LOT,LAPSE_NOT_APPLIED,JPY,1,20",
				"LOT,REVOCATION_NOT_APPLIED,USD,1,30.00", "LOT,TIMING,USD,1,1.25", "LOT,UNEXPLAINED,EUR,1,2.25",
				"LOT,UNEXPLAINED,USD,2,7.50", "TRANSACTIONS,UNEXPLAINED,EUR,1,3.00"), lines);
		assertEquals(10, summary.count());
	}

	@Test
	@DisplayName("run.json by_currency: per currency a count and the absolute differences, the blank one first, with none")
	void perCurrency() {
		// given
		BreakSummary summary = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "5.00", "USD"),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "-2.5", ""),
				row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "7", ""),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, null, "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-1000", "JPY"),
				row(BreakObject.TRANSACTIONS, BreakClass.UNEXPLAINED, "-0.125", "USD"));

		// then
		assertEquals(List.of(new BreakSummary.CurrencyLine("", 2, null),
				new BreakSummary.CurrencyLine("JPY", 1, money("1000")),
				new BreakSummary.CurrencyLine("USD", 3, money("5.12"))), summary.byCurrency());
	}

	@Test
	@DisplayName("summary.csv: abs_difference at the currency's minor unit, rounded once from the exact sum")
	void absDifferenceAtTheMinorUnit() {
		// given differences with more digits than the minor unit (reported amounts keep
		// theirs)
		BreakSummary summary = summaryOf(row(BreakObject.LOT, BreakClass.UNEXPLAINED, "0.126", "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-0.004", "USD"),
				row(BreakObject.LOT, BreakClass.UNEXPLAINED, "-1000.5", "JPY"));

		// then 0.130 USD, and 1000.5 yen to the even 1000
		assertEquals(List.of("1000", "0.13"),
				summary.lines().stream().map(line -> line.absDifference().toPlainString()).toList());
	}

	@Test
	@DisplayName("N3: no break is not material")
	void ruleN3_noBreakIsNotMaterial() {
		// given
		BreakSummary summary = new BreakSummary();

		// then
		assertEquals(0, summary.count());
		assertEquals(List.of(), summary.lines());
		assertEquals(List.of(), summary.byCurrency());
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
		assertEquals("0.00", status.lines().get(0).absDifference().toPlainString());
		assertEquals(1, status.lines().get(0).count());
	}

	@Test
	@DisplayName("N3: a break without a currency is always material, even of amount 0")
	void ruleN3_breakWithoutCurrencyIsMaterial() {
		// given an unexpected benefit with no credits consumed: amount 0, no currency
		BreakSummary summary = summaryOf(row(BreakObject.BENEFIT, BreakClass.UNEXPLAINED, "0", ""));

		// then
		assertTrue(summary.exceeds(money("1000000.00")));
		assertNull(summary.byCurrency().get(0).absDifference());
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
		return new BreakRow(object, "K", "R", MatchMethod.REFERENCE, field, "", "", amount, breakClass, currency, "P1");
	}

}
