package com.creditsrecon.generator;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AccountChangeStory}: cards and roles changed over the window are all accepted
 * (rule A1).
 */
class AccountChangeStoryTests {

	@Test
	@DisplayName("rule A1: payment instruments set and roles granted and revoked, over many partners, all accepted")
	void accountChangesAccepted() {
		Set<String> outcomes = new TreeSet<>();
		for (long seed : List.of(1L, 2L, 3L)) {
			for (int index = 0; index < StoryBench.PARTNERS; index++) {
				StoryBench bench = StoryBench.of(seed, index);
				bench.accountChanges.tell();
				if (!bench.partner().actions.isEmpty()) {
					outcomes.addAll(bench.assertDecidedAsMeant());
				}
			}
		}
		assertThat(outcomes).containsExactly("GRANT_ROLE ACCEPTED", "REVOKE_ROLE ACCEPTED",
				"SET_PAYMENT_INSTRUMENT ACCEPTED");
	}

}
