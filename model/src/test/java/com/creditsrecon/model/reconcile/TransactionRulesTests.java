package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.credit;
import static com.creditsrecon.model.reconcile.ReconRows.event;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static com.creditsrecon.model.reconcile.ReconRows.money;
import static com.creditsrecon.model.reconcile.ReconRows.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;

/**
 * Rule RC6: Azure's monthly credit transactions per (billing profile, month, currency)
 * against the simulated events of that profile's lots.
 */
class TransactionRulesTests {

	/** Two USD lots on BP1, a EUR lot on BP2, a legacy USD lot without profile. */
	private static final List<LotRow> LOTS = List.of(lot("L1").row(), lot("L2").row(),
			lot("L3").profile("BP2").currency("EUR").row(), lot("L4").profile("").row());

	/**
	 * May: BP1 granted 150, charged 40, refunded 5; BP2 granted 200 EUR; the legacy lot
	 * granted 70. June: BP1 charged 12.
	 */
	private static final List<EventRow> EVENTS = List.of(
			event("2025-05-03", "L1", EventType.NEW_CREDIT, "USD", "100.00"),
			event("2025-05-05", "L3", EventType.NEW_CREDIT, "EUR", "200.00"),
			event("2025-05-10", "L1", EventType.SETTLED_CHARGES, "USD", "30.00"),
			event("2025-05-12", "L2", EventType.NEW_CREDIT, "USD", "50.00"),
			event("2025-05-12", "L4", EventType.NEW_CREDIT, "USD", "70.00"),
			event("2025-05-20", "L2", EventType.SETTLED_CHARGES, "USD", "10.00"),
			event("2025-05-21", "L1", EventType.ADJUSTMENT, "USD", "5.00"),
			event("2025-06-02", "L1", EventType.SETTLED_CHARGES, "USD", "12.00"));

	@Test
	@DisplayName("RC6: totals per profile, month and currency; any event type, any sign, pending ones too")
	void ruleRC6_totalsPerProfileMonthAndCurrency() {
		// given Azure's transactions adding up to the simulated totals: charges
		// negative and split, a refund on an unknown type, June's charges still pending
		ReconRows.Input input = world().transactions(
				transaction(1, "BP1", "2025-05-03", "NewCredit", "USD").withNewCredit("150.00"),
				transaction(2, "BP1", "2025-05-10", "SettledCharges", "USD").withCharges("-30.00"),
				transaction(3, "BP1", "2025-05-20", "SettledCharges", "USD").withCharges("-10.00"),
				transaction(4, "BP1", "2025-05-21", "UnKnown", "USD").withAdjustments("5.00"),
				transaction(5, "BP1", "2025-06-02", "PendingCharges", "USD").withCharges("12.00"),
				transaction(6, "BP2", "2025-05-05", "PendingNewCredit", "EUR").withNewCredit("200.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then the legacy lot's grant counts nowhere
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC6: a differing total is one row per field, keyed billing_profile_id|yyyy-MM|currency")
	void ruleRC6_differingTotalIsABreak() {
		// given June's charges reported as 15, May's new credit as 140 in two rows
		ReconRows.Input input = world().transactions(
				transaction(1, "BP1", "2025-05-03", "NewCredit", "USD").withNewCredit("100.00"),
				transaction(2, "BP1", "2025-05-31", "NewCredit", "USD").withNewCredit("-40.00"),
				transaction(3, "BP1", "2025-05-10", "SettledCharges", "USD").withCharges("40.00"),
				transaction(4, "BP1", "2025-05-21", "NewCredit", "USD").withAdjustments("5.00"),
				transaction(5, "BP1", "2025-06-02", "SettledCharges", "USD").withCharges("-15.00"),
				transaction(6, "BP2", "2025-05-05", "NewCredit", "EUR").withNewCredit("200.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of(
				transactionRow("BP1|2025-05|USD", "BP1|2025-05|USD", MatchMethod.ATTRIBUTES, "new_credit", "150.00",
						"140.00", "-10.00", "USD"),
				transactionRow("BP1|2025-06|USD", "BP1|2025-06|USD", MatchMethod.ATTRIBUTES, "charges", "12.00",
						"15.00", "3.00", "USD")),
				rows);
	}

	@Test
	@DisplayName("RC6: pending event types count")
	void ruleRC6_pendingEventTypesCount() {
		// given May's 40 of charges reported as 20 settled and 20 pending; June's 12
		// not reported at all
		ReconRows.Input input = world().transactions(
				transaction(1, "BP1", "2025-05-03", "PendingNewCredit", "USD").withNewCredit("150.00"),
				transaction(2, "BP1", "2025-05-10", "SettledCharges", "USD").withCharges("20.00"),
				transaction(3, "BP1", "2025-05-20", "PendingCharges", "USD").withCharges("20.00"),
				transaction(4, "BP1", "2025-05-21", "PendingAdjustments", "USD").withAdjustments("-5.00"),
				transaction(6, "BP2", "2025-05-05", "NewCredit", "EUR").withNewCredit("200.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then only June shows, with no reported side
		assertEquals(List
			.of(transactionRow("BP1|2025-06|USD", "", MatchMethod.NONE, "charges", "12.00", "0.00", "-12.00", "USD")),
				rows);
	}

	@Test
	@DisplayName("RC6: a side with no rows counts as 0, and its key is blank")
	void ruleRC6_sideWithNoRowsCountsAsZero() {
		// given no simulated event on BP3, and nothing Azure reports for BP2 (in yen)
		ReconRows.Input input = input().present(ReportedExtract.EVENTS)
			.lotRows(List.of(lot("L1").profile("BP2").currency("JPY").row()))
			.events(event("2025-06-01", "L1", EventType.NEW_CREDIT, "JPY", "10000"),
					event("2025-06-03", "L1", EventType.SETTLED_CHARGES, "JPY", "2500"))
			.transactions(transaction(1, "BP3", "2025-06-07", "SettledCharges", "USD").withCharges("-7.5"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of(
				transactionRow("", "BP3|2025-06|USD", MatchMethod.NONE, "charges", "0.00", "7.50", "7.5", "USD"),
				transactionRow("BP2|2025-06|JPY", "", MatchMethod.NONE, "charges", "2500", "0", "-2500", "JPY"),
				transactionRow("BP2|2025-06|JPY", "", MatchMethod.NONE, "new_credit", "10000", "0", "-10000", "JPY")),
				rows);
	}

	@Test
	@DisplayName("RC6: lapsed and expired make credit_expired, revoked makes canceled_credit")
	void ruleRC6_lapsedExpiredAndRevoked() {
		// given BP1's June lapse of 20, expiry of 30 and revocation of 40, reported as 20
		// of expired credit in one row and 30 in another of another type; nothing
		// reported as canceled
		ReconRows.Input input = input().present(ReportedExtract.EVENTS)
			.lotRows(List.of(lot("L1").row(), lot("L2").row()))
			.events(event("2025-06-10", "L1", EventType.CREDIT_LAPSED, "USD", "20.00"),
					event("2025-06-11", "L2", EventType.CREDIT_EXPIRED, "USD", "30.00"),
					event("2025-06-12", "L2", EventType.CREDIT_REVOKED, "USD", "40.00"))
			.transactions(transaction(1, "BP1", "2025-06-10", "CreditExpired", "USD").withCreditExpired("-20.00"),
					transaction(2, "BP1", "2025-06-11", "ExpiredCredit", "USD").withCreditExpired("30.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of(transactionRow("BP1|2025-06|USD", "BP1|2025-06|USD", MatchMethod.ATTRIBUTES,
				"canceled_credit", "40.00", "0.00", "-40.00", "USD")), rows);
	}

	@Test
	@DisplayName("RC6: reported transactions dated after as-of are ignored")
	void ruleRC6_transactionsAfterAsOfIgnored() {
		// given a July transaction
		ReconRows.Input input = input().present(ReportedExtract.EVENTS)
			.transactions(transaction(1, "BP1", "2025-07-01", "NewCredit", "USD").withNewCredit("100.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC6: REPORTED_CREDIT totals, sign reversed, against the charges, only where credits exist")
	void ruleRC6_reportedCreditOnlyWhereCreditsExist() {
		// given credits applied for BP1 in May (40 of charges: matches) and June (10
		// against 12), for BP9 with no simulated events, and none for BP2
		ReconRows.Input input = world().credits(credit("BP1", "2025-05", "USD", "-30.00"),
				credit("BP1", "2025-05", "USD", "-10.00"), credit("BP1", "2025-06", "USD", "-10.00"),
				credit("BP9", "2025-06", "USD", "-3.00"), credit("BP1", "2025-07", "USD", "-99.00"));

		// when
		List<BreakRow> rows = input.reconcile()
			.stream()
			.filter(row -> row.field().equals(TransactionReconciliation.REPORTED_CREDIT))
			.toList();

		// then July is after as-of
		assertEquals(List.of(
				transactionRow("", "BP9|2025-06|USD", MatchMethod.NONE, "reported_credit", "0.00", "3.00", "3.00",
						"USD"),
				transactionRow("BP1|2025-06|USD", "BP1|2025-06|USD", MatchMethod.ATTRIBUTES, "reported_credit", "12.00",
						"10.00", "-2.00", "USD")),
				rows);
	}

	@Test
	@DisplayName("RC6: without the events extract no transaction total is compared")
	void ruleRC6_nothingComparedWithoutTheEventsExtract() {
		// given simulated events and reported transactions that disagree, but no
		// reported-events.csv in the input folder
		ReconRows.Input input = input().present(ReportedExtract.LOTS, ReportedExtract.BENEFITS)
			.lotRows(LOTS)
			.eventRows(EVENTS)
			.transactions(transaction(1, "BP1", "2025-05-03", "NewCredit", "USD").withNewCredit("1.00"));

		// when
		List<BreakRow> rows = ReconRows.ofObject(input.reconcile(), BreakObject.TRANSACTIONS);

		// then
		assertEquals(List.of(), rows);
	}

	@Test
	@DisplayName("RC6: an events extract with no rows reports every simulated total missing")
	void ruleRC6_emptyEventsExtract() {
		// given
		ReconRows.Input input = input().present(ReportedExtract.EVENTS)
			.lotRows(List.of(lot("L1").row()))
			.events(event("2025-06-01", "L1", EventType.NEW_CREDIT, "USD", "100.00"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of(transactionRow("BP1|2025-06|USD", "", MatchMethod.NONE, "new_credit", "100.00", "0.00",
				"-100.00", "USD")), rows);
	}

	@Test
	@DisplayName("RC6 breaks.csv partner_id: the owner of the key's profile, blank when no known partner owns it")
	void ruleRC6_partnerOfTransactionBreaks() {
		// given P1's legacy lot under P7's profile BP7, and Azure's charges on BP9,
		// which no known partner owns
		ReconRows.Input input = input().present(ReportedExtract.EVENTS)
			.owner("BP7", "P7")
			.lotRows(List.of(lot("L1").profile("BP7").row()))
			.events(event("2025-06-01", "L1", EventType.NEW_CREDIT, "USD", "100.00"))
			.transactions(transaction(1, "BP9", "2025-06-07", "SettledCharges", "USD").withCharges("-7.5"));

		// when
		List<BreakRow> rows = input.reconcile();

		// then
		assertEquals(List.of("BP9|2025-06|USD ", "BP7|2025-06|USD P7"),
				rows.stream().map(row -> row.key() + row.reportedKey() + " " + row.partnerId()).toList());
	}

	private static ReconRows.Input world() {
		return input().present(ReportedExtract.EVENTS).lotRows(LOTS).eventRows(EVENTS);
	}

	/** A row about the owner of its key's profile (ReconRows.OWNERS). */
	private static BreakRow transactionRow(String key, String reportedKey, MatchMethod method, String field,
			String expected, String reported, String difference, String currency) {
		String profile = (key.isEmpty() ? reportedKey : key).split("\\|")[0];
		return new BreakRow(BreakObject.TRANSACTIONS, key, reportedKey, method, field, expected, reported,
				money(difference), BreakClass.UNEXPLAINED, currency, ReconRows.OWNERS.getOrDefault(profile, ""));
	}

}
