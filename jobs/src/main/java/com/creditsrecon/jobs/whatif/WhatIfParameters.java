package com.creditsrecon.jobs.whatif;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.creditsrecon.jobs.importing.RunParameters;

/**
 * The scenarios of a what-if run as job parameters, and back: the job runs with the
 * scenarios the launcher read and checked, and never reads their files again. One
 * parameter per rollout entry and per setting (a parameter's value is short in the job
 * repository). Their files' fingerprint identifies the run, so that a changed scenario is
 * another run, not the restart of this one.
 */
public final class WhatIfParameters {

	/**
	 * Identifying: the fingerprint of the scenario files and their policy files, as the
	 * input files are fingerprinted ({@link RunParameters#fingerprint(List)}).
	 */
	public static final String SCENARIOS = "whatif.scenarios";

	private static final String PREFIX = "whatif.";

	private WhatIfParameters() {
	}

	/** The parameters of {@code scenarios}, numbered in their (sorted) order. */
	static JobParameters of(List<ScenarioFile> scenarios) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < scenarios.size(); i++) {
			ScenarioFile scenario = scenarios.get(i);
			String prefix = PREFIX + i + ".";
			parameters.addString(prefix + "name", scenario.name(), false);
			parameters.addString(prefix + "file", scenario.rolloutFile().toString(), false);
			files.add(scenario.rolloutFile());
			if (scenario.policyFile() != null) {
				parameters.addString(prefix + "policy-file", scenario.policyFile().toString(), false);
				files.add(scenario.policyFile());
			}
			scenario.rollout()
				.forEach((scope, day) -> parameters.addString(prefix + "rollout." + scope, day.toString(), false));
			scenario.overrides().forEach((key, value) -> parameters.addString(prefix + "policy." + key, value, false));
		}
		parameters.addString(SCENARIOS, RunParameters.fingerprint(files));
		return parameters.toJobParameters();
	}

	/** The scenarios a job execution runs, in their order. */
	static List<ScenarioFile> scenarios(JobParameters parameters) {
		Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
		for (JobParameter<?> parameter : parameters.parameters()) {
			String name = parameter.name();
			if (name.startsWith(PREFIX) && !name.equals(SCENARIOS)) {
				int dot = name.indexOf('.', PREFIX.length());
				int index = Integer.parseInt(name.substring(PREFIX.length(), dot));
				byIndex.computeIfAbsent(index, i -> new TreeMap<>())
					.put(name.substring(dot + 1), (String) parameter.value());
			}
		}
		List<ScenarioFile> scenarios = new ArrayList<>();
		byIndex.values().forEach(values -> scenarios.add(scenario(values)));
		return scenarios;
	}

	private static ScenarioFile scenario(Map<String, String> values) {
		Map<String, LocalDate> rollout = new LinkedHashMap<>();
		Map<String, String> overrides = new TreeMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith("rollout.")) {
				rollout.put(key.substring("rollout.".length()), LocalDate.parse(value));
			}
			else if (key.startsWith("policy.")) {
				overrides.put(key.substring("policy.".length()), value);
			}
		});
		String policyFile = values.get("policy-file");
		return new ScenarioFile(values.get("name"), Path.of(values.get("file")), rollout,
				policyFile == null ? null : Path.of(policyFile), overrides);
	}

}
