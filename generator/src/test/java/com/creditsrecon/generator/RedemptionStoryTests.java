package com.creditsrecon.generator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RedemptionStory}: what it writes for a modernized purchase is decided by the
 * engine as it meant, hurdle by hurdle (rules M0–M6).
 */
class RedemptionStoryTests {

	private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L);

	@Test
	@DisplayName("rules M0–M6: every hurdle in turn, each refused for its reason, the fixes accepted, then the deposit and a repeat")
	void hurdlesThenTheDeposit() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 0);
			Purchase purchase = bench.purchases(Story.MOD_HURDLES).get(0);
			bench.redemption.tell(purchase,
					EnumSet.of(RedemptionTurn.EARLY, RedemptionTurn.WRONG_ACTION, RedemptionTurn.NON_ADMIN,
							RedemptionTurn.FOREIGN_PROFILE, RedemptionTurn.INELIGIBLE, RedemptionTurn.OTHER_ACCOUNT,
							RedemptionTurn.CREATE, RedemptionTurn.NO_INSTRUMENT, RedemptionTurn.NO_ROLE,
							RedemptionTurn.TWICE));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("ASSIGN WRONG_EXPERIENCE", "REDEEM NOT_PARTNER_ADMIN",
				"REDEEM UNKNOWN_BILLING_PROFILE", "REDEEM NOT_ELIGIBLE_ACCOUNT_TYPE",
				"REDEEM NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT", "REDEEM NO_PAYMENT_INSTRUMENT",
				"REDEEM NO_CONTRIBUTOR_ACCESS", "SET_PAYMENT_INSTRUMENT ACCEPTED", "GRANT_ROLE ACCEPTED",
				"REDEEM ACCEPTED", "REDEEM ALREADY_REDEEMED", "REDEEM BENEFIT_NOT_PROVISIONED");
	}

	@Test
	@DisplayName("rules M3, SM1: a large deposit blocks its profile's subscription moves and the next purchase's deposit there")
	void aLargeDepositBlocks() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 1);
			bench.redemption.tell(bench.purchases(Story.MOD_BLOCKER).get(0), EnumSet.of(RedemptionTurn.BLOCK_MOVES));
			bench.redemption.tell(bench.purchases(Story.MOD_BUSY).get(0), EnumSet.of(RedemptionTurn.BUSY));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REDEEM HAS_ACTIVE_CREDITS", "MOVE_SUBSCRIPTION SUBSCRIPTION_MOVE_BLOCKED",
				"MOVE_SUBSCRIPTION ACCEPTED", "MOVE_SUBSCRIPTION UNKNOWN_SUBSCRIPTION",
				"MOVE_SUBSCRIPTION UNKNOWN_BILLING_PROFILE", "REDEEM ACCEPTED");
	}

	@Test
	@DisplayName("rule M0: a benefit left past its activate-by day is refused as expired; others are deposited")
	void aBenefitLeftToExpire() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 2);
			bench.redemption.tell(bench.purchases(Story.MOD_LAPSE).get(0),
					EnumSet.of(RedemptionTurn.EARLY, RedemptionTurn.LET_EXPIRE));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REDEEM BENEFIT_EXPIRED");
	}

}
