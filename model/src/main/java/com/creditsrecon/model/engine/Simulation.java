package com.creditsrecon.model.engine;

import java.util.List;

import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.UsageSum;
import com.creditsrecon.model.world.PartnerWorld;

/** The engine: a pure function from one partner's world and a scenario to its results. */
public final class Simulation {

	private Simulation() {
	}

	/**
	 * Simulates one partner from its first dated event to the end of {@code as-of}.
	 * @throws ConservationException when an identity fails (a bug)
	 */
	public static PartnerResult run(PartnerWorld world, Scenario scenario) {
		throw new UnsupportedOperationException("engine under construction");
	}

	/**
	 * What belongs to no known partner (rule T7): actions whose subscription no extract
	 * defines (rejected) and usage whose subscription and profile belong to no partner
	 * (consumption with a blank profile, no credit).
	 * @return a result with a blank partner ID holding only decisions and consumption
	 */
	public static PartnerResult runUnattributed(List<Action> actions, List<UsageSum> usage, Scenario scenario) {
		throw new UnsupportedOperationException("engine under construction");
	}

}
