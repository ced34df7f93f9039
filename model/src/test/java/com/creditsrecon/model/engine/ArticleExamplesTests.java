package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.events;
import static com.creditsrecon.model.engine.Rows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/**
 * The Partner Center article's own examples. Others live with their rules: five
 * reassignments (AssignmentRulesTests), provisioning after four days
 * (ProvisioningRulesTests), the assignment checks in order (AssignmentRulesTests), the
 * redemption messages and a failed attempt (RedemptionRulesTests).
 */
class ArticleExamplesTests {

	@Test
	@DisplayName("K2: hundred dollars a month lapsing each period for thirteen months")
	void ruleK2_hundredDollarsAMonthLapsingEachPeriodForThirteenMonths() {
		WorldBuilder world = WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.redeem("2025-01-15", "PU1-AZMONTHLY", "BP1");
		for (int month = 0; month < 14; month++) {
			world.usage("s1", "BP1", LocalDate.parse("2025-01-20").plusMonths(month).toString(), "USD", "60.00");
		}
		PartnerResult result = world.run("2026-06-30");
		List<LotRow> lots = result.lots();
		assertEquals(13, lots.size());
		assertEquals(LocalDate.parse("2026-02-14"), lots.get(12).endDate());
		List<EventRow> lapses = events(result, EventType.CREDIT_LAPSED);
		assertEquals(13, lapses.size());
		// unconsumed credit never carries forward: each period lapses 40 of its own 100
		assertEquals(List.of(money("40.00")), lapses.stream().map(EventRow::amount).distinct().toList());
		BenefitRow row = benefit(result, "PU1-AZMONTHLY");
		assertEquals("COMPLETE", row.status());
		assertEquals(money("1300.00"), row.granted());
		assertEquals(money("780.00"), row.charged());
		assertEquals(money("520.00"), row.lapsed());
	}

	@Test
	@DisplayName("K3: six thousand dollars for one year then expiry")
	void ruleK3_sixThousandDollarsForOneYearThenExpiry() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.redeem("2025-03-01", "PU1-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-06-01", "USD", "4500.00")
			.run("2026-03-01");
		EventRow expiry = Rows.one(events(result, EventType.CREDIT_EXPIRED), e -> true, "expiry");
		assertEquals(LocalDate.parse("2026-02-28"), expiry.date());
		assertEquals(money("1500.00"), expiry.amount());
		assertEquals("EXPIRED", Rows.lot(result, "PU1-AZBULK-01").status());
	}

	@Test
	@DisplayName("RV2: full ten thousand revoked")
	void ruleRV2_fullTenThousandRevoked() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "10000.00", "USD", null)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "CANCELLED", "2025-05-01")
			.redeem("2025-01-10", "PU1-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-02-01", "USD", "3000.00")
			.run("2025-06-01");
		assertEquals("REVOKED", benefit(result, "PU1-AZBULK").status());
		var row = Rows.one(result.revocations(), r -> true, "revocation");
		assertEquals(money("7000.00"), row.remainingRevoked());
		assertEquals(money("3000.00"), row.clawback());
		assertEquals(money("10000.00"), row.remainingRevoked().add(row.clawback()));
	}

}
