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
 * {@link ReassignmentStory}: seats taken back and given again are decided by the engine
 * as it meant (rules L1.4, L3).
 */
class ReassignmentStoryTests {

	private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

	@Test
	@DisplayName("rule L1.4: a monthly seat passed on five times, then refused at the limit")
	void monthlySeatUntilTheLimit() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 4);
			Purchase purchase = bench.purchases(Story.LEG_MONTHLY).get(0);
			bench.assignment.tell(purchase, purchase.benefits.get(0),
					new AssignmentPlan(EnumSet.of(AssignmentTurn.LIMIT), false, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REMOVE ACCEPTED", "ASSIGN ACCEPTED", "ASSIGN REASSIGNMENT_LIMIT_REACHED");
	}

	@Test
	@DisplayName("rules L3, L1.4: a seat removed, then given again: accepted for a monthly credit, refused for a bulk one")
	void removedThenGivenAgain() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 3);
			Purchase purchase = bench.purchases(Story.LEG_HURDLES).get(0);
			for (GeneratedPartner.Benefit benefit : purchase.benefits) {
				bench.assignment.tell(purchase, benefit,
						new AssignmentPlan(EnumSet.of(AssignmentTurn.REASSIGN), false, 0));
			}
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REMOVE ACCEPTED", "ASSIGN REASSIGNMENT_NOT_ALLOWED", "ASSIGN ACCEPTED");
	}

	@Test
	@DisplayName("rule L0: a seat removed after its last credit period is refused as complete")
	void removedWhenComplete() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 6);
			Purchase purchase = bench.purchases(Story.LEG_COMPLETE).get(0);
			bench.assignment.tell(purchase, purchase.benefits.get(0),
					new AssignmentPlan(EnumSet.of(AssignmentTurn.COMPLETE), false, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REMOVE BENEFIT_COMPLETE");
	}

}
