package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.column;
import static com.creditsrecon.model.engine.Rows.events;
import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rules K1–K7: credit lots. */
class LotRulesTests {

	private static WorldBuilder monthly(String membershipEnd) {
		return WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", membershipEnd)
			.redeem("2025-01-31", "PU1-AZMONTHLY", "BP1");
	}

	@Test
	@DisplayName("K1: modernized start is the deposit day")
	void ruleK1_modernizedStartIsTheDepositDay() {
		PartnerResult result = monthly("2027-12-31").run("2025-02-01");
		assertEquals(LocalDate.parse("2025-01-31"), benefit(result, "PU1-AZMONTHLY").startedOn());
		assertEquals(LocalDate.parse("2025-01-31"), lot(result, "PU1-AZMONTHLY-01").startDate());
	}

	@Test
	@DisplayName("K1: legacy start is the first activation day")
	void ruleK1_legacyStartIsTheFirstActivationDay() {
		PartnerResult result = WorldBuilder.legacy()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.assign("2025-01-10T09:00:00Z", "PU1-AZMONTHLY", WorldBuilder.ADMIN)
			.activate("2025-01-12T09:00:00Z", "PU1-AZMONTHLY", WorldBuilder.ADMIN, "BP1")
			.run("2025-01-20");
		assertEquals(LocalDate.parse("2025-01-12"), benefit(result, "PU1-AZMONTHLY").startedOn());
	}

	@Test
	@DisplayName("K2: anniversary periods clamp to month end and last thirteen months")
	void ruleK2_anniversaryPeriodsClampToMonthEndAndLastThirteenMonths() {
		PartnerResult result = monthly("2027-12-31").run("2027-06-30");
		List<LotRow> lots = result.lots();
		assertEquals(13, lots.size());
		assertEquals(LocalDate.parse("2025-01-31"), lots.get(0).startDate());
		assertEquals(LocalDate.parse("2025-02-27"), lots.get(0).endDate());
		assertEquals(LocalDate.parse("2025-02-28"), lots.get(1).startDate());
		assertEquals(LocalDate.parse("2025-03-30"), lots.get(1).endDate());
		assertEquals(LocalDate.parse("2025-03-31"), lots.get(2).startDate());
		// 13 months from activation: the entitlement ends the day before 2026-02-28
		assertEquals(LocalDate.parse("2026-02-27"), lots.get(12).endDate());
		for (int i = 1; i < lots.size(); i++) {
			assertEquals(lots.get(i - 1).endDate().plusDays(1), lots.get(i).startDate(), "periods are contiguous");
		}
	}

	@Test
	@DisplayName("K2, RC5: a benefit expires at the end of its schedule's last lot, opened or not")
	void ruleK2_benefitExpiresAtTheEndOfItsScheduleLastLot() {
		// given a monthly benefit two periods into its thirteen
		WorldBuilder world = monthly("2027-12-31");
		// when
		PartnerResult early = world.run("2025-03-15");
		PartnerResult notStarted = world.run("2025-01-15");
		// then its expiry is already the thirteenth lot's end, and none before it starts
		assertEquals(2, early.lots().size());
		assertEquals(LocalDate.parse("2026-02-27"), benefit(early, "PU1-AZMONTHLY").expiresOn());
		assertNull(benefit(notStarted, "PU1-AZMONTHLY").expiresOn());
	}

	@Test
	@DisplayName("K2: last lot is cut to the membership end")
	void ruleK2_lastLotIsCutToTheMembershipEnd() {
		PartnerResult result = monthly("2025-04-15").run("2025-12-31");
		List<LotRow> lots = result.lots();
		assertEquals(3, lots.size());
		assertEquals(LocalDate.parse("2025-04-15"), lots.get(2).endDate());
		assertEquals(money("100.00"), lots.get(2).originalAmount());
	}

	@Test
	@DisplayName("K2: calendar periods with prorated first period")
	void ruleK2_calendarPeriodsWithProratedFirstPeriod() {
		PartnerResult result = WorldBuilder.modernized()
			.policy("monthly-period", "CALENDAR")
			.policy("first-period", "PRORATED")
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-12-31")
			.redeem("2025-04-21", "PU1-AZMONTHLY", "BP1")
			.run("2025-06-15");
		LotRow first = lot(result, "PU1-AZMONTHLY-01");
		assertEquals(LocalDate.parse("2025-04-30"), first.endDate());
		// 10 days of April's 30
		assertEquals(money("33.33"), first.originalAmount());
		LotRow second = lot(result, "PU1-AZMONTHLY-02");
		assertEquals(LocalDate.parse("2025-05-01"), second.startDate());
		assertEquals(LocalDate.parse("2025-05-31"), second.endDate());
		assertEquals(money("100.00"), second.originalAmount());
	}

	@Test
	@DisplayName("K2: prorated is ignored with anniversary periods")
	void ruleK2_proratedIsIgnoredWithAnniversaryPeriods() {
		PartnerResult result = monthly("2027-12-31").policy("first-period", "PRORATED").run("2025-02-01");
		assertEquals(money("100.00"), lot(result, "PU1-AZMONTHLY-01").originalAmount());
	}

	@Test
	@DisplayName("K3: bulk and product benefits grant one lot for a year")
	void ruleK3_bulkAndProductBenefitsGrantOneLotForAYear() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", null)
			.offer("O", "GHCOPILOT", BenefitType.GITHUB_COPILOT_ENTERPRISE, "468.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2025-03-01")
			.redeem("2025-02-28", "PU1-AZBULK", "BP1")
			.redeem("2025-02-28T13:00:00Z", "PU1-GHCOPILOT", "BP1")
			.run("2025-03-10");
		LotRow bulk = lot(result, "PU1-AZBULK-01");
		assertEquals(LocalDate.parse("2026-02-27"), bulk.endDate());
		assertEquals(money("6000.00"), bulk.originalAmount());
		assertEquals(money("468.00"), lot(result, "PU1-GHCOPILOT-01").originalAmount());
		assertEquals(2, result.lots().size());
	}

	@Test
	@DisplayName("K4: unconsumed monthly credit lapses and bulk expires")
	void ruleK4_unconsumedMonthlyCreditLapsesAndBulkExpires() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("M", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.offer("B", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", null)
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.role("BP2", WorldBuilder.ADMIN, "OWNER")
			.purchase("PU1", "M", "2025-01-01", "2027-01-01")
			.purchase("PU2", "B", "2025-01-01", "2027-01-01")
			.redeem("2025-01-10", "PU1-AZMONTHLY", "BP1")
			.redeem("2025-01-10", "PU2-AZBULK", "BP2")
			.usage("s1", "BP1", "2025-01-20", "USD", "30.00")
			.run("2026-01-15");
		List<EventRow> lapses = events(result, EventType.CREDIT_LAPSED);
		assertEquals(LocalDate.parse("2025-02-09"), lapses.get(0).date());
		assertEquals(money("70.00"), lapses.get(0).amount());
		assertEquals(money("0.00"), lapses.get(0).closedBalance());
		EventRow expiry = Rows.one(events(result, EventType.CREDIT_EXPIRED), e -> true, "expiry");
		assertEquals(LocalDate.parse("2026-01-09"), expiry.date());
		assertEquals(money("6000.00"), expiry.amount());
	}

	@Test
	@DisplayName("K4: no event of amount zero")
	void ruleK4_noEventOfAmountZero() {
		PartnerResult result = monthly("2027-12-31").usage("s1", "BP1", "2025-02-10", "USD", "100.00")
			.run("2025-03-01");
		assertTrue(result.events().stream().allMatch(e -> e.amount().signum() > 0));
		assertEquals(List.of(), events(result, EventType.CREDIT_LAPSED));
		assertEquals("COMPLETE", lot(result, "PU1-AZMONTHLY-01").status());
	}

	@Test
	@DisplayName("K5: lot ids are benefit and period number")
	void ruleK5_lotIdsAreBenefitAndPeriodNumber() {
		PartnerResult result = monthly("2027-12-31").run("2025-05-01");
		assertEquals(List.of("PU1-AZMONTHLY-01", "PU1-AZMONTHLY-02", "PU1-AZMONTHLY-03", "PU1-AZMONTHLY-04"),
				column(result.lots(), LotRow::lotId));
	}

	@Test
	@DisplayName("K6: every lot conserves its original amount")
	void ruleK6_everyLotConservesItsOriginalAmount() {
		PartnerResult result = monthly("2027-12-31").usage("s1", "BP1", "2025-02-01", "USD", "60.00")
			.usage("s1", "BP1", "2025-02-02", "USD", "-20.00")
			.run("2025-04-01");
		for (LotRow lot : result.lots()) {
			BigDecimal accounted = lot.charged()
				.subtract(lot.adjusted())
				.add(lot.lapsed())
				.add(lot.expired())
				.add(lot.revoked())
				.add(lot.closedBalance());
			assertEquals(0, accounted.compareTo(lot.originalAmount()), lot.lotId());
		}
	}

	@Test
	@DisplayName("K6: a violation fails naming the lot")
	void ruleK6_aViolationFailsNamingTheLot() {
		BenefitState benefit = new BenefitState("B1", null, new com.creditsrecon.model.world.OfferBenefit("O", "C",
				BenefitType.AZURE_BULK, money("10.00"), "USD", null), true);
		LotState lot = new LotState("B1-01", benefit,
				new LotPlan(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), money("10.00")));
		lot.charged = money("3.00");
		ConservationException failure = assertThrows(ConservationException.class, lot::checkConservation);
		assertTrue(failure.getMessage().contains("lot B1-01"), failure.getMessage());
	}

	@Test
	@DisplayName("K7: lot statuses at as of")
	void ruleK7_lotStatusesAtAsOf() {
		PartnerResult result = monthly("2027-12-31").usage("s1", "BP1", "2025-02-01", "USD", "40.00")
			.usage("s1", "BP1", "2025-03-05", "USD", "100.00")
			.run("2025-04-01");
		assertEquals("LAPSED", lot(result, "PU1-AZMONTHLY-01").status());
		assertEquals("COMPLETE", lot(result, "PU1-AZMONTHLY-02").status());
		assertEquals("ACTIVE", lot(result, "PU1-AZMONTHLY-03").status());
		// only opened lots exist
		assertEquals(3, result.lots().size());
	}

}
