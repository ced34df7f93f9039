package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.AS_OF;
import static com.creditsrecon.model.reconcile.ReconRows.benefit;
import static com.creditsrecon.model.reconcile.ReconRows.credit;
import static com.creditsrecon.model.reconcile.ReconRows.event;
import static com.creditsrecon.model.reconcile.ReconRows.input;
import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static com.creditsrecon.model.reconcile.ReconRows.reported;
import static com.creditsrecon.model.reconcile.ReconRows.reportedBenefit;
import static com.creditsrecon.model.reconcile.ReconRows.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;

/**
 * Rules RC1 to RC6 together: a report that faithfully copies the simulation breaks
 * nothing, and the break rows come in the order of breaks.csv.
 */
class ReconciliationTests {

	/** Lots of every status on three profiles and currencies, and a legacy lot. */
	private static final List<LotRow> LOTS = List.of(
			lot("PU1-AZMONTHLY-01").benefit("PU1-AZMONTHLY")
				.start("2025-04-10")
				.end("2025-05-09")
				.closed("0.00")
				.status("LAPSED")
				.row(),
			lot("PU1-AZMONTHLY-02").benefit("PU1-AZMONTHLY")
				.start("2025-05-10")
				.end("2025-06-09")
				.closed("0.00")
				.status("LAPSED")
				.row(),
			lot("PU1-AZMONTHLY-03").benefit("PU1-AZMONTHLY")
				.start("2025-06-10")
				.end("2025-07-09")
				.closed("70.00")
				.row(),
			lot("PU1-AZBULK-01").benefit("PU1-AZBULK")
				.original("5000.00")
				.start("2025-01-10")
				.end("2026-01-09")
				.closed("4200.00")
				.row(),
			lot("PU2-AZBULK-01").benefit("PU2-AZBULK")
				.profile("BP2")
				.currency("EUR")
				.original("1000.00")
				.start("2025-02-01")
				.end("2026-01-31")
				.closed("0.00")
				.status("REVOKED")
				.row(),
			lot("PU3-AZBULK-01").benefit("PU3-AZBULK")
				.original("300.00")
				.start("2025-03-01")
				.end("2026-02-28")
				.closed("0.00")
				.status("COMPLETE")
				.row(),
			lot("PU4-AZSPONSOR-01").benefit("PU4-AZSPONSOR")
				.profile("BP3")
				.currency("JPY")
				.original("50000")
				.start("2024-04-01")
				.end("2025-03-31")
				.closed("0")
				.status("EXPIRED")
				.row(),
			lot("PU5-AZMONTHLY-01").benefit("PU5-AZMONTHLY").profile("").start("2025-06-05").end("2025-07-04").row());

	private static final List<EventRow> EVENTS = List.of(
			event("2025-04-10", "PU1-AZMONTHLY-01", EventType.NEW_CREDIT, "USD", "100.00"),
			event("2025-04-20", "PU1-AZMONTHLY-01", EventType.SETTLED_CHARGES, "USD", "60.00"),
			event("2025-05-09", "PU1-AZMONTHLY-01", EventType.CREDIT_LAPSED, "USD", "40.00"),
			event("2025-05-10", "PU1-AZMONTHLY-02", EventType.NEW_CREDIT, "USD", "100.00"),
			event("2025-05-15", "PU1-AZMONTHLY-02", EventType.SETTLED_CHARGES, "USD", "70.00"),
			event("2025-06-09", "PU1-AZMONTHLY-02", EventType.CREDIT_LAPSED, "USD", "30.00"),
			event("2025-06-10", "PU1-AZMONTHLY-03", EventType.NEW_CREDIT, "USD", "100.00"),
			event("2025-06-29", "PU1-AZMONTHLY-03", EventType.SETTLED_CHARGES, "USD", "20.00"),
			event("2025-06-30", "PU1-AZMONTHLY-03", EventType.SETTLED_CHARGES, "USD", "10.00"),
			event("2025-01-10", "PU1-AZBULK-01", EventType.NEW_CREDIT, "USD", "5000.00"),
			event("2025-03-05", "PU1-AZBULK-01", EventType.SETTLED_CHARGES, "USD", "500.00"),
			event("2025-04-05", "PU1-AZBULK-01", EventType.SETTLED_CHARGES, "USD", "400.00"),
			event("2025-04-06", "PU1-AZBULK-01", EventType.ADJUSTMENT, "USD", "100.00"),
			event("2025-02-01", "PU2-AZBULK-01", EventType.NEW_CREDIT, "EUR", "1000.00"),
			event("2025-02-10", "PU2-AZBULK-01", EventType.SETTLED_CHARGES, "EUR", "200.00"),
			event("2025-03-01", "PU2-AZBULK-01", EventType.CREDIT_REVOKED, "EUR", "800.00"),
			event("2025-03-01", "PU3-AZBULK-01", EventType.NEW_CREDIT, "USD", "300.00"),
			event("2025-03-20", "PU3-AZBULK-01", EventType.SETTLED_CHARGES, "USD", "300.00"),
			event("2024-04-01", "PU4-AZSPONSOR-01", EventType.NEW_CREDIT, "JPY", "50000"),
			event("2024-09-01", "PU4-AZSPONSOR-01", EventType.SETTLED_CHARGES, "JPY", "20000"),
			event("2025-03-31", "PU4-AZSPONSOR-01", EventType.CREDIT_EXPIRED, "JPY", "30000"),
			event("2025-06-05", "PU5-AZMONTHLY-01", EventType.NEW_CREDIT, "USD", "100.00"));

	private static final List<BenefitRow> BENEFITS = List.of(
			benefit("PU1-AZMONTHLY").startedOn("2025-04-10")
				.expiresOn("2026-04-09")
				.charged("160.00")
				.closed("70.00")
				.row(),
			benefit("PU1-AZBULK").charged("900.00").adjusted("100.00").closed("4200.00").row(),
			benefit("PU2-AZBULK").status("REVOKED")
				.profile("BP2")
				.currency("EUR")
				.charged("200.00")
				.closed("0.00")
				.row(),
			benefit("PU3-AZBULK").status("COMPLETE").charged("300.00").closed("0.00").row(),
			benefit("PU4-AZSPONSOR").status("COMPLETE")
				.profile("BP3")
				.currency("JPY")
				.charged("20000")
				.closed("0")
				.row(),
			benefit("PU5-AZMONTHLY").startedOn("2025-06-05").profile("").closed("100.00").row(),
			benefit("PU6-AZBULK").status("AVAILABLE").startedOn(null).expiresOn(null).profile("").row());

	@Test
	@DisplayName("RC1-RC6: a report that faithfully copies the simulation has no break, whatever the input order")
	void faithfulReportHasNoBreak() {
		// given Azure's and Partner Center's view built from the simulated rows
		ReconciliationInput faithful = faithful(LOTS, EVENTS, BENEFITS);

		// when
		List<BreakRow> rows = Reconciliation.reconcile(faithful, ReconRows.settings());

		// then
		assertEquals(List.of(), rows);
		for (long seed = 1; seed <= 10; seed++) {
			ReconciliationInput shuffled = faithful(shuffled(LOTS, seed), shuffled(EVENTS, seed),
					shuffled(BENEFITS, seed));
			assertEquals(List.of(), Reconciliation.reconcile(shuffled, ReconRows.settings()), "seed " + seed);
		}
	}

	@Test
	@DisplayName("RC1-RC6: break rows sorted as breaks.csv: object, key, reported key, field, as written")
	void breakRowsInFileOrder() {
		// given the faithful report, less the last monthly lot, with an unexpected lot,
		// a benefit in another status and a month of transactions no one simulated
		ReconciliationInput faithful = faithful(LOTS, EVENTS, BENEFITS);
		List<ReportedLot> reportedLots = new ArrayList<>(
				faithful.reportedLots().stream().filter(r -> !"PU1-AZMONTHLY-03".equals(r.lotReference())).toList());
		reportedLots.add(reported(99).reference("PO-1").closed("5.00").row());
		List<ReportedBenefit> reportedBenefits = faithful.reportedBenefits()
			.stream()
			.map(r -> r.benefitId().equals("PU3-AZBULK") ? new ReportedBenefit(r.line(), r.benefitId(), "ACTIVE",
					r.redeemedOn(), r.billingProfileId(), r.expiryDate(), r.creditsConsumed(), r.asOf()) : r)
			.toList();
		List<ReportedEvent> reportedEvents = new ArrayList<>(faithful.reportedEvents());
		reportedEvents.add(transaction(99, "BP9", "2025-06-07", "SettledCharges", "USD").withCharges("-7.00")
			.withNewCredit("8.00")
			.row());
		ReconciliationInput input = new ReconciliationInput(faithful.lots(), faithful.events(), faithful.benefits(),
				reportedLots, reportedEvents, reportedBenefits, faithful.credits(), faithful.present(),
				faithful.profileOwners());

		// when
		List<BreakRow> rows = Reconciliation.reconcile(input, ReconRows.settings());

		// then objects come in the alphabetical order of their names, a blank key
		// before any other
		assertEquals(
				List.of("BENEFIT|PU3-AZBULK|PU3-AZBULK|status", "LOT||BP1|PO-1|2025-06-01|UNEXPECTED_IN_REPORT",
						"LOT|PU1-AZMONTHLY-03||MISSING_IN_REPORT", "TRANSACTIONS||BP9|2025-06|USD|charges",
						"TRANSACTIONS||BP9|2025-06|USD|new_credit"),
				rows.stream()
					.map(row -> row.object() + "|" + row.key() + "|" + row.reportedKey() + "|" + row.field())
					.toList());
		List<BreakRow> sorted = new ArrayList<>(rows);
		Collections.reverse(sorted);
		sorted.sort(Reconciliation.FILE_ORDER);
		assertEquals(rows, sorted);
	}

	@Test
	@DisplayName("breaks.csv order: within an object by key, reported key, field, expected, then reported")
	void fileOrderWithinAnObject() {
		// given rows differing in one column each, listed in reverse
		List<BreakRow> rows = new ArrayList<>(List.of(row("L2", "", "MISSING_IN_REPORT", "1.00", ""),
				row("L1", "BP1|L1|2025-06-01", "status", "ACTIVE", "None"),
				row("L1", "BP1|L1|2025-06-01", "closed_balance", "2.00", "4.00"),
				row("L1", "BP1|L1|2025-06-01", "closed_balance", "2.00", "3.00"),
				row("L1", "BP1|L1|2025-06-01", "closed_balance", "1.00", "3.00"),
				row("L1", "BP1|L1|2025-05-01", "status", "ACTIVE", "None"),
				row("", "BP2|X|2025-06-01", "UNEXPECTED_IN_REPORT", "", "1.00"),
				row("", "BP1|X|2025-06-01", "UNEXPECTED_IN_REPORT", "", "1.00")));
		List<BreakRow> expected = new ArrayList<>(rows);
		Collections.reverse(expected);

		// when
		rows.sort(Reconciliation.FILE_ORDER);

		// then
		assertEquals(expected, rows);
	}

	/** The reported extracts as Azure and Partner Center would show the simulation. */
	private static ReconciliationInput faithful(List<LotRow> lots, List<EventRow> events, List<BenefitRow> benefits) {
		List<ReportedLot> reportedLots = new ArrayList<>();
		Map<String, String> profileOfLot = new TreeMap<>();
		long line = 1;
		for (LotRow lot : lots) {
			profileOfLot.put(lot.lotId(), lot.billingProfileId());
			if (lot.billingProfileId().isEmpty()) {
				// Azure has no lot for a legacy lot without a billing profile
				continue;
			}
			// the bulk benefit's lot named by its benefit; the third one by nothing
			String reference = switch (lot.lotId()) {
				case "PU1-AZBULK-01" -> "PU1-AZBULK";
				case "PU3-AZBULK-01" -> "";
				default -> lot.lotId();
			};
			reportedLots.add(new ReportedLot(line++, lot.billingProfileId(), reference, "Partner", lot.currency(),
					lot.originalAmount(), lot.closedBalance(), lot.startDate(), lot.endDate(),
					LotStatuses.reported(lot.status()), AS_OF));
		}
		List<ReportedEvent> reportedEvents = new ArrayList<>();
		Map<String, BigDecimal> charges = new TreeMap<>();
		for (EventRow event : events) {
			String profile = profileOfLot.get(event.lotId());
			if (profile.isEmpty()) {
				continue;
			}
			reportedEvents.add(transaction(line++, profile, event.date().toString(), azureType(event.eventType()),
					event.currency())
				.with(event.eventType(), event.amount())
				.row());
			if (event.eventType() == EventType.SETTLED_CHARGES) {
				charges.merge(profile + "|" + YearMonth.from(event.date()) + "|" + event.currency(), event.amount(),
						BigDecimal::add);
			}
		}
		List<ReportedCredit> credits = new ArrayList<>();
		charges.forEach((key, amount) -> {
			String[] parts = key.split("\\|");
			credits.add(credit(parts[0], parts[1], parts[2], amount.negate().toPlainString()));
		});
		List<ReportedBenefit> reportedBenefits = new ArrayList<>();
		for (BenefitRow benefit : benefits) {
			reportedBenefits.add(reportedBenefit(line++, benefit));
		}
		return input().lotRows(lots)
			.eventRows(events)
			.benefitRows(benefits)
			.reportedLots(reportedLots)
			.reportedEventRows(reportedEvents)
			.reportedBenefitRows(reportedBenefits)
			.creditRows(credits)
			.build();
	}

	private static String azureType(EventType type) {
		return switch (type) {
			case NEW_CREDIT -> "NewCredit";
			case SETTLED_CHARGES -> "SettledCharges";
			case CREDIT_LAPSED -> "CreditExpired";
			case CREDIT_EXPIRED -> "ExpiredCredit";
			case CREDIT_REVOKED, ADJUSTMENT -> "UnKnown";
		};
	}

	private static <T> List<T> shuffled(List<T> rows, long seed) {
		List<T> copy = new ArrayList<>(rows);
		Collections.shuffle(copy, new Random(seed));
		return copy;
	}

	private static BreakRow row(String key, String reportedKey, String field, String expected, String reported) {
		return new BreakRow(BreakObject.LOT, key, reportedKey, MatchMethod.REFERENCE, field, expected, reported, null,
				BreakClass.UNEXPLAINED, "USD", "P1");
	}

}
