package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.money;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rules P1–P4: provisioning, statuses, entitlement. */
class ProvisioningRulesTests {

	private static WorldBuilder world() {
		return WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", 30)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01");
	}

	@Test
	@DisplayName("P1: provisioned four days after purchase")
	void ruleP1_provisionedFourDaysAfterPurchase() {
		assertEquals("PENDING", benefit(world().run("2025-01-04"), "PU1-AZMONTHLY").status());
		BenefitRow provisioned = benefit(world().run("2025-01-05"), "PU1-AZMONTHLY");
		assertEquals("AVAILABLE", provisioned.status());
		assertEquals(LocalDate.parse("2025-01-05"), provisioned.provisionedOn());
	}

	@Test
	@DisplayName("P1: delay is a policy")
	void ruleP1_delayIsAPolicy() {
		BenefitRow row = benefit(world().policy("provisioning-delay-days", "0").run("2025-01-01"), "PU1-AZMONTHLY");
		assertEquals(LocalDate.parse("2025-01-01"), row.provisionedOn());
	}

	@Test
	@DisplayName("P2: not redeemed by activate by expires and is forfeited")
	void ruleP2_notRedeemedByActivateByExpiresAndIsForfeited() {
		PartnerResult result = world().redeem("2025-02-05", "PU1-AZMONTHLY", "BP1").run("2025-02-05");
		BenefitRow row = benefit(result, "PU1-AZMONTHLY");
		assertEquals(LocalDate.parse("2025-02-04"), row.activateBy());
		assertEquals("EXPIRED", row.status());
		assertEquals(money("1300.00"), row.forfeited());
		assertEquals(money("0.00"), row.granted());
		assertEquals(List.of("BENEFIT_EXPIRED"), reasons(result));
	}

	@Test
	@DisplayName("P2: redeemed on the activate by day is in time")
	void ruleP2_redeemedOnTheActivateByDayIsInTime() {
		PartnerResult result = world().redeem("2025-02-04", "PU1-AZMONTHLY", "BP1").run("2025-02-05");
		assertEquals("ACTIVE", benefit(result, "PU1-AZMONTHLY").status());
	}

	@Test
	@DisplayName("P2: blank means no limit")
	void ruleP2_blankMeansNoLimit() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.run("2026-06-01");
		BenefitRow row = benefit(result, "PU1-AZBULK");
		assertEquals("AVAILABLE", row.status());
		assertNull(row.activateBy());
	}

	@Test
	@DisplayName("P3: statuses through a legacy life")
	void ruleP3_statusesThroughALegacyLife() {
		WorldBuilder world = WorldBuilder.legacy()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.assign("2025-01-06T09:00:00Z", "PU1-AZBULK", WorldBuilder.ADMIN)
			.activate("2025-01-07T09:00:00Z", "PU1-AZBULK", WorldBuilder.ADMIN, null);
		assertEquals("PENDING", benefit(world.run("2025-01-02"), "PU1-AZBULK").status());
		assertEquals("AVAILABLE", benefit(world.run("2025-01-05"), "PU1-AZBULK").status());
		assertEquals("PROVISIONED", benefit(world.run("2025-01-06"), "PU1-AZBULK").status());
		assertEquals("ACTIVE", benefit(world.run("2025-01-07"), "PU1-AZBULK").status());
		assertEquals("ACTIVE", benefit(world.run("2026-01-05"), "PU1-AZBULK").status());
		assertEquals("COMPLETE", benefit(world.run("2026-01-06"), "PU1-AZBULK").status());
	}

	@Test
	@DisplayName("P4: entitlement and granted")
	void ruleP4_entitlementAndGranted() {
		PartnerResult result = world().redeem("2025-01-20", "PU1-AZMONTHLY", "BP1").run("2025-03-19");
		BenefitRow row = benefit(result, "PU1-AZMONTHLY");
		assertEquals(money("1300.00"), row.entitlement());
		assertEquals(money("200.00"), row.granted());
		PartnerResult shortMembership = WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", 30)
			.purchase("PU1", "O", "2025-01-01", "2025-06-30")
			.run("2025-01-10");
		// not started: as if it started on its provisioned day (2025-01-05): Jan 5 .. Jun
		// 5
		assertEquals(money("600.00"), benefit(shortMembership, "PU1-AZMONTHLY").entitlement());
	}

}
