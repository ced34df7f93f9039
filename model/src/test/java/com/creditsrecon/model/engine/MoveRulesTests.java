package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rules SM1–SM3: moves. */
class MoveRulesTests {

	private static WorldBuilder moveSubscription(WorldBuilder world, String at, String subscription, String target) {
		return world.action(at, "MOVE_SUBSCRIPTION", null, null, null, subscription, null, target, null);
	}

	private static WorldBuilder moveCredits(WorldBuilder world, String at, String subscription, String target) {
		return world.action(at, "MOVE_CREDITS", null, null, null, subscription, null, target, null);
	}

	@Test
	@DisplayName("SM1: blocked while the profile holds active credits then accepted")
	void ruleSM1_blockedWhileTheProfileHoldsActiveCreditsThenAccepted() {
		WorldBuilder world = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.subscription("sub-1", "BP1")
			.redeem("2025-01-10", "PU1-AZBULK", "BP1");
		moveSubscription(world, "2025-01-11", "sub-unknown", "BP2");
		moveSubscription(world, "2025-01-11", "sub-1", "BP-OF-ANOTHER-PARTNER");
		moveSubscription(world, "2025-01-11", "sub-1", "BP2");
		world.usage("sub-1", "BP1", "2025-01-12", "USD", "100.00");
		moveSubscription(world, "2025-01-13", "sub-1", "BP2");
		world.usage("sub-1", "BP1", "2025-01-14", "USD", "9.00");
		PartnerResult result = world.run("2025-01-14");
		assertEquals(List.of("", "UNKNOWN_SUBSCRIPTION", "UNKNOWN_BILLING_PROFILE", "SUBSCRIPTION_MOVE_BLOCKED", ""),
				reasons(result));
		ConsumptionRow moved = Rows.one(result.consumption(), r -> r.billingProfileId().equals("BP2"), "BP2");
		assertEquals(money("9.00"), moved.uncovered());
	}

	@Test
	@DisplayName("SM1: blocked while the subscription scopes an active legacy lot")
	void ruleSM1_blockedWhileTheSubscriptionScopesAnActiveLegacyLot() {
		WorldBuilder world = legacyWithCredits();
		moveSubscription(world, "2025-01-08", "sub-PU1-AZBULK-1", "BP2");
		PartnerResult result = world.run("2025-01-08");
		assertEquals(List.of("", "", "SUBSCRIPTION_MOVE_BLOCKED"), reasons(result));
	}

	@Test
	@DisplayName("SM2: move credits within the profile then the subscription moves")
	void ruleSM2_moveCreditsWithinTheProfileThenTheSubscriptionMoves() {
		WorldBuilder world = legacyWithCredits().subscription("sub-2", "BP1").subscription("sub-3", "BP2");
		moveCredits(world, "2025-01-08T09:00:00Z", "sub-nope", "sub-2");
		moveCredits(world, "2025-01-08T09:01:00Z", "sub-2", "sub-3");
		moveCredits(world, "2025-01-08T09:02:00Z", "sub-PU1-AZBULK-1", "sub-3");
		moveCredits(world, "2025-01-08T09:03:00Z", "sub-PU1-AZBULK-1", "sub-2");
		moveSubscription(world, "2025-01-08T09:04:00Z", "sub-PU1-AZBULK-1", "BP2");
		world.usage("sub-2", "BP1", "2025-01-09", "USD", "40.00");
		PartnerResult result = world.run("2025-01-09");
		assertEquals(List.of("", "", "UNKNOWN_SUBSCRIPTION", "NO_CREDITS_ON_SUBSCRIPTION", "CREDITS_MOVE_OTHER_PROFILE",
				"", ""), reasons(result));
		assertEquals("sub-2", lot(result, "PU1-AZBULK-01").subscriptionId());
		assertEquals(money("40.00"), lot(result, "PU1-AZBULK-01").charged());
	}

	@Test
	@DisplayName("SM2: a revoked benefit has no credits to move, whatever the target's profile")
	void ruleSM2_revokedBenefitHasNoCreditsToMove() {
		// given the only legacy benefit on the subscription is revoked on 2025-01-07
		WorldBuilder world = WorldBuilder.legacy()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "CANCELLED", "2025-01-07")
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.subscription("sub-same", "BP1")
			.subscription("sub-other", "BP2")
			.assign("2025-01-06T09:00:00Z", "PU1-AZBULK", WorldBuilder.ADMIN)
			.activate("2025-01-06T09:30:00Z", "PU1-AZBULK", WorldBuilder.ADMIN, "BP1");
		moveCredits(world, "2025-01-08T09:00:00Z", "sub-PU1-AZBULK-1", "sub-other");
		moveCredits(world, "2025-01-08T09:01:00Z", "sub-PU1-AZBULK-1", "sub-same");

		// when
		PartnerResult result = world.run("2025-01-08");

		// then
		assertEquals(List.of("", "", "NO_CREDITS_ON_SUBSCRIPTION", "NO_CREDITS_ON_SUBSCRIPTION"), reasons(result));
		assertEquals("sub-PU1-AZBULK-1", Rows.benefit(result, "PU1-AZBULK").subscriptionId());
	}

	@Test
	@DisplayName("SM3: moving a billing profile is not supported")
	void ruleSM3_movingABillingProfileIsNotSupported() {
		PartnerResult result = WorldBuilder.modernized()
			.action("2025-01-08", "MOVE_BILLING_PROFILE", null, null, "BP1", null, null, "BA2", null)
			.run("2025-01-08");
		assertEquals(List.of("NOT_SUPPORTED"), reasons(result));
	}

	/** A legacy bulk benefit assigned and activated on a subscription of BP1. */
	private static WorldBuilder legacyWithCredits() {
		return WorldBuilder.legacy()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.assign("2025-01-06T09:00:00Z", "PU1-AZBULK", WorldBuilder.ADMIN)
			.activate("2025-01-06T09:30:00Z", "PU1-AZBULK", WorldBuilder.ADMIN, "BP1");
	}

}
