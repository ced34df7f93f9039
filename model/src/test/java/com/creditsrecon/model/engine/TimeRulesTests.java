package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.world.BenefitType;

/** Rules T2, T3, T5, T6, T7 (T1 and T4 are checked by the job's tests). */
class TimeRulesTests {

	private static WorldBuilder monthly() {
		return WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", 5)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01");
	}

	@Test
	@DisplayName("T2: revocation before provisioning before actions before consumption before closing")
	void ruleT2_revocationBeforeProvisioningBeforeActionsBeforeConsumptionBeforeClosing() {
		PartnerResult revokedOnProvisioningDay = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "CANCELLED", "2025-01-05")
			.run("2025-01-10");
		assertEquals("REVOKED", benefit(revokedOnProvisioningDay, "PU1-AZBULK").status());
		assertEquals(null, benefit(revokedOnProvisioningDay, "PU1-AZBULK").provisionedOn());
		// a deposit late in the day is drawn on by that day's usage; a lot's last day
		// draws before the lapse; the activate-by deadline comes after the day's actions
		PartnerResult result = monthly().redeem("2025-01-10T23:59:00Z", "PU1-AZMONTHLY", "BP1")
			.usage("s1", "BP1", "2025-01-10", "USD", "10.00")
			.usage("s1", "BP1", "2025-02-09", "USD", "15.00")
			.run("2025-02-10");
		assertEquals(List.of(""), reasons(result));
		assertEquals(money("25.00"), lot(result, "PU1-AZMONTHLY-01").charged());
		assertEquals(money("75.00"), lot(result, "PU1-AZMONTHLY-01").lapsed());
		List<EventType> lastDay = result.events()
			.stream()
			.filter(e -> e.date().equals(LocalDate.parse("2025-02-09")))
			.map(EventRow::eventType)
			.toList();
		assertEquals(List.of(EventType.SETTLED_CHARGES, EventType.CREDIT_LAPSED), lastDay);
	}

	@Test
	@DisplayName("T2: events of one lot and day in their order")
	void ruleT2_eventsOfOneLotAndDayInTheirOrder() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "CANCELLED", "2025-01-12")
			.redeem("2025-01-10", "PU1-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-01-10", "USD", "-1.00")
			.usage("s1", "BP1", "2025-01-10", "USD", "10.00")
			.usage("s1", "BP1", "2025-01-11", "USD", "-4.00")
			.run("2025-01-12");
		assertEquals(List.of(EventType.NEW_CREDIT, EventType.SETTLED_CHARGES, EventType.ADJUSTMENT,
				EventType.ADJUSTMENT, EventType.CREDIT_REVOKED), Rows.column(result.events(), EventRow::eventType));
		assertEquals(List.of(money("100.00"), money("90.00"), money("91.00"), money("95.00"), money("0.00")),
				Rows.column(result.events(), EventRow::closedBalance));
	}

	@Test
	@DisplayName("T3: windows include both ends")
	void ruleT3_windowsIncludeBothEnds() {
		PartnerResult result = monthly().redeem("2025-01-10", "PU1-AZMONTHLY", "BP1")
			.usage("s1", "BP1", "2025-01-09", "USD", "1.00")
			.usage("s1", "BP1", "2025-01-10", "USD", "2.00")
			.usage("s1", "BP1", "2025-02-09", "USD", "4.00")
			.usage("s1", "BP1", "2025-02-10", "USD", "8.00")
			.run("2025-02-10");
		assertEquals(money("6.00"), lot(result, "PU1-AZMONTHLY-01").charged());
		assertEquals(money("8.00"), lot(result, "PU1-AZMONTHLY-02").charged());
	}

	@Test
	@DisplayName("T5: only days with work are run")
	void ruleT5_onlyDaysWithWorkAreRun() {
		WorldBuilder world = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.redeem("2025-01-10", "PU1-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-03-01", "USD", "1.00");
		PartnerState oneYear = Simulation.simulate(world.world(), world.scenario("2026-01-10"));
		PartnerState tenYears = Simulation.simulate(world.world(), world.scenario("2035-01-10"));
		// purchase-day is idle; provisioning, redemption, usage, lot end
		assertEquals(4, oneYear.timeline.daysRun);
		assertEquals(oneYear.timeline.daysRun, tenYears.timeline.daysRun);
	}

	@Test
	@DisplayName("T6: usage is rounded once per day scope and group")
	void ruleT6_usageIsRoundedOncePerDayScopeAndGroup() {
		PartnerResult result = WorldBuilder.modernized()
			.profile("BPJ", "BA1", "MCA_STANDARD", "JPY", true)
			.usage("s1", "BP1", "2025-01-10", "USD", "0.005")
			.usage("s1", "BP1", "2025-01-10", "USD", "0.005")
			.usage("s1", "BP1", "2025-01-11", "USD", "0.125")
			.usage("s2", "BPJ", "2025-01-11", "JPY", "10.5")
			.usage("s2", "BPJ", "2025-01-12", "JPY", "11.5")
			.run("2025-01-12");
		ConsumptionRow usd = Rows.one(result.consumption(), r -> r.currency().equals("USD"), "USD");
		// 0.01 (summed, then rounded) + 0.12 (HALF_EVEN)
		assertEquals(money("0.13"), usd.amount());
		ConsumptionRow jpy = Rows.one(result.consumption(), r -> r.currency().equals("JPY"), "JPY");
		assertEquals(money("22"), jpy.amount());
	}

	@Test
	@DisplayName("T7: purchase after as of has not happened")
	void ruleT7_purchaseAfterAsOfHasNotHappened() {
		PartnerResult result = monthly().purchase("PU2", "O", "2025-03-01", "2027-01-01").run("2025-02-28");
		assertEquals(List.of("PU1-AZMONTHLY"), Rows.column(result.benefits(), b -> b.benefitId()));
	}

	@Test
	@DisplayName("T7: usage of no known partner is unattributed")
	void ruleT7_usageOfNoKnownPartnerIsUnattributed() {
		WorldBuilder world = WorldBuilder.modernized();
		PartnerResult result = Simulation.runUnattributed(
				List.of(new com.creditsrecon.model.world.Action("A9", java.time.Instant.parse("2025-01-01T00:00:00Z"),
						"MOVE_SUBSCRIPTION", "", "", "", "ghost", "", "BP1", "")),
				List.of(new com.creditsrecon.model.world.UsageSum("ghost", "bp-ghost", LocalDate.parse("2025-01-05"),
						"USD", false, PreClassification.USAGE, "VM", "", 3, money("12.345"))),
				world.scenario("2025-01-31"));
		assertEquals(List.of("UNKNOWN_SUBSCRIPTION"), reasons(result));
		ConsumptionRow row = Rows.one(result.consumption(), r -> true, "row");
		assertEquals("", row.billingProfileId());
		assertEquals(money("12.34"), row.uncovered());
		assertEquals(3, row.rows());
		assertTrue(result.lots().isEmpty());
	}

}
