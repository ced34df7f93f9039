package com.creditsrecon.jobs.run;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.step.Step;

/**
 * The run job's steps, phase by phase, in the order the job runs them: what the job is
 * built from, and what run.json's {@code durations_ms} adds up per phase (outputs.md).
 */
final class RunPhases {

	private final Map<String, List<Step>> steps;

	private final Map<String, String> phaseOfStep = new HashMap<>();

	/**
	 * The phases and their steps.
	 * @param steps per phase name, in the order the job runs them
	 */
	RunPhases(Map<String, List<Step>> steps) {
		this.steps = new LinkedHashMap<>(steps);
		this.steps.forEach((phase, phaseSteps) -> phaseSteps.forEach(s -> this.phaseOfStep.put(s.getName(), phase)));
	}

	/** The phases and their steps, in order. */
	Map<String, List<Step>> phases() {
		return Collections.unmodifiableMap(this.steps);
	}

	/** Every step, in order. */
	List<Step> steps() {
		return this.steps.values().stream().flatMap(List::stream).toList();
	}

	/** The phases, in order. */
	List<String> names() {
		return List.copyOf(this.steps.keySet());
	}

	/**
	 * The phase a step belongs to; null for a step of none (a partition's step, counted
	 * in its partitioned step).
	 */
	String phaseOf(String stepName) {
		return this.phaseOfStep.get(stepName);
	}

}
