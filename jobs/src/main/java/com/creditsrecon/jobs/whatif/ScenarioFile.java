package com.creditsrecon.jobs.whatif;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.world.Rollout;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * One {@code --scenario} of a what-if run, read and checked: its name (the file's base
 * name), its rollout schedule and the policy settings that its own file overrides.
 *
 * @param rollout scope as written to its first modernized day, in the file's order
 * @param policyFile {@code <name>.properties} beside it, or null
 * @param overrides the settings of that file, by key
 */
record ScenarioFile(String name, Path rolloutFile, Map<String, LocalDate> rollout, Path policyFile,
		Map<String, String> overrides) {

	ScenarioFile {
		rollout = Collections.unmodifiableMap(new LinkedHashMap<>(rollout));
		overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
	}

	Rollout schedule() {
		return new Rollout(this.rollout);
	}

	/** As run.json and the page show it. */
	WhatIfScenario report() {
		Map<String, String> days = new LinkedHashMap<>();
		this.rollout.forEach((scope, day) -> days.put(scope, day.toString()));
		return new WhatIfScenario(this.name, this.rolloutFile.toString(),
				this.policyFile == null ? null : this.policyFile.toString(), days, this.overrides);
	}

}
