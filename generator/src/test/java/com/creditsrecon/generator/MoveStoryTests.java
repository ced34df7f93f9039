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
 * {@link MoveStory}: subscription, credit and billing-profile moves are decided by the
 * engine as it meant (rules SM1–SM3).
 */
class MoveStoryTests {

	private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

	@Test
	@DisplayName("rules SM1–SM3: a legacy credit's subscription blocked, every MOVE_CREDITS refusal, the credits moved, then the subscription, and a billing profile that cannot move")
	void legacyCreditMoves() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 7);
			Purchase purchase = bench.purchases(Story.LEG_MOVES).get(0);
			bench.assignment.tell(purchase, purchase.benefits.get(0),
					new AssignmentPlan(EnumSet.of(AssignmentTurn.MOVES), false, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("MOVE_SUBSCRIPTION SUBSCRIPTION_MOVE_BLOCKED",
				"MOVE_CREDITS UNKNOWN_SUBSCRIPTION", "MOVE_CREDITS NO_CREDITS_ON_SUBSCRIPTION",
				"MOVE_CREDITS CREDITS_MOVE_OTHER_PROFILE", "MOVE_CREDITS ACCEPTED", "MOVE_SUBSCRIPTION ACCEPTED",
				"MOVE_BILLING_PROFILE NOT_SUPPORTED");
	}

	@Test
	@DisplayName("rules SM1–SM3: the random moves after the stories, over many partners")
	void randomMoves() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			for (int index = 9; index < StoryBench.PARTNERS; index++) {
				StoryBench bench = StoryBench.of(seed, index);
				bench.moves.randomMoves();
				if (!bench.partner().actions.isEmpty()) {
					outcomes.addAll(bench.assertDecidedAsMeant());
				}
			}
		}
		assertThat(outcomes).contains("MOVE_SUBSCRIPTION ACCEPTED", "MOVE_SUBSCRIPTION UNKNOWN_SUBSCRIPTION",
				"MOVE_BILLING_PROFILE NOT_SUPPORTED", "MOVE_CREDITS NO_CREDITS_ON_SUBSCRIPTION");
	}

}
