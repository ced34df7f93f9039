package com.creditsrecon.jobs.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.creditsrecon.model.policy.Policy;
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
	 * One line per scenario that has no entry for scopes the baseline has: a scenario is
	 * a whole rollout, so the partners of those scopes have no rollout date in it (their
	 * purchases are legacy), which may or may not be what its author meant.
	 * @param baseline the scopes of the baseline's rollout, as imported
	 */
	public static List<String> gaps(List<WhatIfScenario> scenarios, Collection<String> baseline) {
		List<String> lines = new ArrayList<>();
		for (WhatIfScenario scenario : scenarios) {
			Set<String> own = new HashSet<>();
			scenario.rollout().keySet().forEach(scope -> own.add(key(scope)));
			List<String> missing = baseline.stream().filter(scope -> !own.contains(key(scope))).sorted().toList();
			if (!missing.isEmpty()) {
				lines.add("scenario " + scenario.name() + " has no entry for " + String.join(", ", missing)
						+ " of the baseline's rollout: a scenario is a whole rollout, so their partners have no"
						+ " rollout date in it");
			}
		}
		return lines;
	}

	private static String key(String scope) {
		return scope.trim().toLowerCase(Locale.ROOT);
	}

	/** As run.json and the page show them, sorted by name. */
	public List<WhatIfScenario> reports() {
		return this.scenarios.stream().map(ScenarioFile::report).toList();
	}

}
