package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.Partner;

/** Rules X1, X2: legacy or modernized experience. */
class ExperienceRulesTests {

	private static String experience(WorldBuilder world, String purchaseDay) {
		PartnerResult result = world.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", purchaseDay, "2027-01-01")
			.run("2026-06-01");
		return benefit(result, "PU1-AZBULK").experience();
	}

	@Test
	@DisplayName("X1: country entry wins over region")
	void ruleX1_countryEntryWinsOverRegion() {
		WorldBuilder world = WorldBuilder.legacy().rollout("us", "2025-06-01").rollout("NA", "2025-01-01");
		assertEquals("LEGACY", experience(world, "2025-03-01"));
	}

	@Test
	@DisplayName("X1: region entry when the country has none")
	void ruleX1_regionEntryWhenTheCountryHasNone() {
		WorldBuilder world = WorldBuilder.legacy().rollout("na", "2025-01-01");
		assertEquals("MODERNIZED", experience(world, "2025-03-01"));
	}

	@Test
	@DisplayName("X1: no entry means legacy")
	void ruleX1_noEntryMeansLegacy() {
		WorldBuilder world = WorldBuilder.legacy()
			.partner(new Partner("P1", "Contoso", "US", "", java.util.List.of("contoso.com")))
			.rollout("NA", "2020-01-01");
		assertEquals("LEGACY", experience(world, "2025-03-01"));
	}

	@Test
	@DisplayName("X2: purchase on the rollout day is modernized")
	void ruleX2_purchaseOnTheRolloutDayIsModernized() {
		assertEquals("MODERNIZED", experience(WorldBuilder.legacy().rollout("US", "2025-03-01"), "2025-03-01"));
		assertEquals("LEGACY", experience(WorldBuilder.legacy().rollout("US", "2025-03-01"), "2025-02-28"));
	}

}
