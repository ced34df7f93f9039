package com.creditsrecon.reports.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario of a what-if run (rule W1), as run.json and the what-if page show it: its
 * name (the scenario file's base name), the files it came from, its rollout schedule and
 * the policy settings its own file overrides.
 *
 * @param name the scenario's name, as the {@code scenario} column of whatif.csv has it
 * @param rolloutFile the scenario file, its absolute path
 * @param policyFile the policy file beside it ({@code <name>.properties}), or null
 * @param rollout its schedule: scope (country code or region, as written) to the first
 * modernized day ({@code yyyy-MM-dd}), in the file's order
 * @param policyOverrides the settings its policy file sets, in key order; empty without
 * one
 */
public record WhatIfScenario(String name, String rolloutFile, String policyFile, Map<String, String> rollout,
		Map<String, String> policyOverrides) {

	public WhatIfScenario {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(rolloutFile, "rolloutFile");
		rollout = Collections.unmodifiableMap(new LinkedHashMap<>(rollout));
		policyOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(policyOverrides));
	}

}
