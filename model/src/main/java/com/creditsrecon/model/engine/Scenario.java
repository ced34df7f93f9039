package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.Objects;

import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.world.Offers;
import com.creditsrecon.model.world.Rollout;

/**
 * What every partner's simulation shares: the policy, the rollout schedule, the offers
 * and the last simulated day (rule T1). A what-if scenario is another value of this.
 */
public record Scenario(Policy policy, Rollout rollout, Offers offers, LocalDate asOf) {

	public Scenario {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(rollout, "rollout");
		Objects.requireNonNull(offers, "offers");
		Objects.requireNonNull(asOf, "asOf");
	}

}
