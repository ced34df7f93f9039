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
 * {@link AssignmentStory}: what it writes for a legacy benefit is decided by the engine
 * as it meant (rules L0–L2).
 */
class AssignmentStoryTests {

	private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

	@Test
	@DisplayName("rules L0–L2: every assignment hurdle in turn, each refused for its reason, then the assignment and activation")
	void hurdlesThenTheSeat() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 3);
			Purchase purchase = bench.purchases(Story.LEG_HURDLES).get(0);
			Set<AssignmentTurn> turns = EnumSet.of(AssignmentTurn.EARLY, AssignmentTurn.WRONG_ACTION,
					AssignmentTurn.NON_ADMIN, AssignmentTurn.NOT_FOUND, AssignmentTurn.FREE_HOSTED,
					AssignmentTurn.GUEST, AssignmentTurn.CREATE, AssignmentTurn.FOREIGN_SUBSCRIPTION,
					AssignmentTurn.IN_PROGRESS, AssignmentTurn.ALREADY_ASSIGNED, AssignmentTurn.NO_SEAT,
					AssignmentTurn.NOT_ASSIGNED_USER, AssignmentTurn.ALREADY_ACTIVE, AssignmentTurn.USER_NOT_ASSIGNED);
			bench.assignment.tell(purchase, purchase.benefits.get(0), new AssignmentPlan(turns, seed % 2 == 0, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("ASSIGN BENEFIT_NOT_PROVISIONED", "REDEEM WRONG_EXPERIENCE",
				"ASSIGN NOT_PARTNER_ADMIN", "ASSIGN USER_NOT_FOUND", "ASSIGN FREE_HOSTED_DOMAIN",
				"ASSIGN GUEST_USER_NOT_ALLOWED", "ASSIGN UNKNOWN_SUBSCRIPTION", "ASSIGN ACCEPTED",
				"ASSIGN ASSIGNMENT_IN_PROGRESS", "ASSIGN USER_ALREADY_ASSIGNED", "ASSIGN NO_SEAT_AVAILABLE",
				"ACTIVATE NOT_ASSIGNED_USER", "ACTIVATE ACCEPTED", "ACTIVATE ALREADY_ACTIVE",
				"REMOVE USER_NOT_ASSIGNED");
	}

	@Test
	@DisplayName("rule L1 step 7: a user who holds one bulk credit cannot be given the next")
	void oneBulkCreditPerUser() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 5);
			for (Story story : List.of(Story.LEG_BULK_FIRST, Story.LEG_BULK_SECOND)) {
				Purchase purchase = bench.purchases(story).get(0);
				bench.assignment.tell(purchase, purchase.benefits.get(0), AssignmentPlan.first(story, bench.random()));
			}
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("ASSIGN BULK_LIMIT_REACHED", "ASSIGN ACCEPTED", "ACTIVATE ACCEPTED");
	}

	@Test
	@DisplayName("rule L0: activated after its activate-by day, refused as expired")
	void activatedTooLate() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 6);
			Purchase purchase = bench.purchases(Story.LEG_LATE).get(0);
			bench.assignment.tell(purchase, purchase.benefits.get(0),
					new AssignmentPlan(EnumSet.of(AssignmentTurn.LATE_ACTIVATION), false, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("ACTIVATE BENEFIT_EXPIRED");
	}

}
