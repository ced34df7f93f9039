package com.creditsrecon.jobs.run;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.creditsrecon.jobs.simulate.SimulationOutcome;

/**
 * run.json's {@code durations_ms}: milliseconds per phase (the report's last), then per
 * step of this execution (a restarted run counts only what its last execution did), then
 * where the simulation's partitions spent their time.
 */
final class RunDurations {

	private RunDurations() {
	}

	static Map<String, Long> of(JobExecution execution, RunPhases phases) {
		return of(execution, phases, null);
	}

	/**
	 * As {@link #of(JobExecution, RunPhases)}, with the {@code report} phase after the
	 * job's: the page and charts the launcher writes once the job completed.
	 * @param reportMillis null when no report was written
	 */
	static Map<String, Long> of(JobExecution execution, RunPhases phases, Long reportMillis) {
		Map<String, Long> durations = new LinkedHashMap<>();
		if (execution == null) {
			return durations;
		}
		phases.names().forEach(phase -> durations.put(phase, 0L));
		if (reportMillis != null) {
			durations.put("report", reportMillis);
		}
		Map<String, Long> steps = new LinkedHashMap<>();
		Map<String, Long> partitions = new LinkedHashMap<>();
		List<StepExecution> executions = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.toList();
		for (StepExecution step : executions) {
			String phase = phases.phaseOf(step.getStepName());
			if (phase != null && step.getStartTime() != null && step.getEndTime() != null) {
				long ms = Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
				steps.put(step.getStepName(), ms);
				durations.merge(phase, ms, Long::sum);
				partitions.putAll(SimulationOutcome.partitionMillis(step));
			}
		}
		durations.putAll(steps);
		durations.putAll(partitions);
		return durations;
	}

}
