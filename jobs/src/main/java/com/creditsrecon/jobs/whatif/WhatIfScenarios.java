package com.creditsrecon.jobs.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.whatif.WhatIfComparison;

/**
 * The scenarios one what-if job execution simulates every partner under: the baseline
 * (the simulation context's, the input's own rollout and policy) first, then each
 * scenario of the job's parameters, with the baseline's offers and as-of day. A
 * job-scoped bean, resolved when first asked (the import is done by then).
 */
class WhatIfScenarios {

	/** A scenario under its name in the outputs. */
	record Named(String name, Scenario scenario) {
	}

	private final SimulationContext context;

	private final JobParameters parameters;

	private List<Named> scenarios;

	WhatIfScenarios(SimulationContext context, JobParameters parameters) {
		this.context = context;
		this.parameters = parameters;
	}

	/** Every scenario, the baseline first; none when there is nothing to simulate. */
	synchronized List<Named> all() {
		if (this.scenarios == null) {
			this.scenarios = resolve();
		}
		return this.scenarios;
	}

	private List<Named> resolve() {
		Scenario baseline = this.context.scenario().orElse(null);
		if (baseline == null) {
			return List.of();
		}
		List<Named> all = new ArrayList<>();
		all.add(new Named(WhatIfComparison.BASELINE, baseline));
		for (ScenarioFile file : WhatIfParameters.scenarios(this.parameters)) {
			Properties overrides = new Properties();
			overrides.putAll(file.overrides());
			Scenario scenario = new Scenario(baseline.policy().with(overrides, "scenario " + file.name()),
					file.schedule(), baseline.offers(), baseline.asOf());
			all.add(new Named(file.name(), scenario));
		}
		return all;
	}

}
