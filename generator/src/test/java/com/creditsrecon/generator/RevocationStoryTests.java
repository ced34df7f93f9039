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
 * {@link RevocationStory}: attempts after a purchase's revocation are refused as revoked,
 * in both experiences (rules RV1, M0, L0).
 */
class RevocationStoryTests {

	private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

	@Test
	@DisplayName("rules RV1, M0: a cancelled purchase's benefit deposited before, then tried again: BENEFIT_REVOKED")
	void redeemedAfterRevocation() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 2);
			Purchase purchase = bench.purchases(Story.MOD_REVOKED).get(0);
			assertThat(purchase.revokedOn()).isNotNull();
			bench.redemption.tell(purchase, EnumSet.of(RedemptionTurn.AFTER_REVOCATION));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("REDEEM ACCEPTED", "REDEEM BENEFIT_REVOKED");
	}

	@Test
	@DisplayName("rules RV1, L0: a fraudulent purchase's benefit assigned after its revocation: BENEFIT_REVOKED")
	void assignedAfterRevocation() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : SEEDS) {
			StoryBench bench = StoryBench.of(seed, 6);
			Purchase purchase = bench.purchases(Story.LEG_REVOKED).get(0);
			assertThat(purchase.revokedOn()).isNotNull();
			bench.assignment.tell(purchase, purchase.benefits.get(0),
					new AssignmentPlan(EnumSet.of(AssignmentTurn.AFTER_REVOCATION), false, 0));
			outcomes.addAll(bench.assertDecidedAsMeant());
		}
		assertThat(outcomes).contains("ASSIGN BENEFIT_REVOKED");
	}

}
