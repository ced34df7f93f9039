package com.creditsrecon.jobs.simulate;

import java.util.List;

import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.engine.Simulation;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.UsageSum;

/**
 * The engine as the simulate steps call it: {@link Simulation} itself, behind an
 * interface so that the steps can be tested with an engine of the test's own.
 */
public interface SimulationEngine {

	/** Simulates one partner (rule T7: partners never share state). */
	PartnerResult run(PartnerWorld world, Scenario scenario);

	/** Simulates what belongs to no known partner: decisions and consumption only. */
	PartnerResult runUnattributed(List<Action> actions, List<UsageSum> usage, Scenario scenario);

	/** The model's engine. */
	static SimulationEngine standard() {
		return new SimulationEngine() {

			@Override
			public PartnerResult run(PartnerWorld world, Scenario scenario) {
				return Simulation.run(world, scenario);
			}

			@Override
			public PartnerResult runUnattributed(List<Action> actions, List<UsageSum> usage, Scenario scenario) {
				return Simulation.runUnattributed(actions, usage, scenario);
			}

		};
	}

}
