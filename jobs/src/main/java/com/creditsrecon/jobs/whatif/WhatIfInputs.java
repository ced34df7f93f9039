package com.creditsrecon.jobs.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.Rollout;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * The scenarios of a what-if run as the launcher takes them: read and checked once,
 * before the job starts, then handed to the job as parameters and shown in run.json and
 * on the page.
 */
public final class WhatIfInputs {

	private final List<ScenarioFile> scenarios;

	private WhatIfInputs(List<ScenarioFile> scenarios) {
		this.scenarios = List.copyOf(scenarios);
	}

	/**
	 * @param baseline the policy in force, which each scenario's own settings override
	 * @throws com.creditsrecon.jobs.importing.InputRefusedException for a scenario that
	 * cannot be taken (exit code 2)
	 */
	public static WhatIfInputs read(List<Path> files, Policy baseline) {
		return new WhatIfInputs(ScenarioFiles.read(files, baseline));
	}

	/** The job parameters that carry them ({@link WhatIfParameters}). */
	public JobParameters parameters() {
		return WhatIfParameters.of(this.scenarios);
	}

	/**
	 * One line per scenario under which some countries have no rollout date that the
	 * baseline gives them (rule X1: their own entry, else their region's). A scenario is
	 * a whole rollout, so a country or region left out of it is paused, which may or may
	 * not be what its author meant.
	 * @param baseline the baseline's rollout, as imported
	 * @param places the partners' countries and regions (one partner of each pair is
	 * enough)
	 */
	public List<String> gaps(Rollout baseline, List<Partner> places) {
		List<String> lines = new ArrayList<>();
		for (ScenarioFile scenario : this.scenarios) {
			Rollout own = scenario.schedule();
			Set<String> paused = new TreeSet<>();
			places.stream()
				.filter(place -> baseline.dateFor(place).isPresent() && own.dateFor(place).isEmpty())
				.forEach(place -> paused.add(place.country()));
			if (!paused.isEmpty()) {
				lines.add("scenario " + scenario.name() + " gives no rollout date to " + String.join(", ", paused)
						+ ", which the baseline's rollout does: a scenario is a whole rollout, not changes to it");
			}
		}
		return lines;
	}

	/** As run.json and the page show them, sorted by name. */
	public List<WhatIfScenario> reports() {
		return this.scenarios.stream().map(ScenarioFile::report).toList();
	}

}
