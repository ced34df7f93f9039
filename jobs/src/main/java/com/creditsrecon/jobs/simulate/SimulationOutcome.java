package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.creditsrecon.reports.run.RunReport;

/**
 * What the simulation tells the launcher, kept in the job execution's context (Spring
 * Batch's way of handing a step's results on, saved with the execution, so that a restart
 * that skips a completed step still has them): the as-of day and the lots' totals per
 * currency. Where the partitions' time went is kept in the partitioned step's own
 * context: it is the time of that step's execution only.
 */
public final class SimulationOutcome {

	private static final String AS_OF = "simulation.as-of";

	private static final String TOTALS = "simulation.totals";

	private static final String PARTITION_MILLIS = "simulation.partition-millis";

	private SimulationOutcome() {
	}

	/** The as-of day the run simulated to; empty before it was resolved. */
	public static Optional<LocalDate> asOf(JobExecution execution) {
		String asOf = (String) execution.getExecutionContext().get(AS_OF);
		return Optional.ofNullable(asOf).map(LocalDate::parse);
	}

	static void asOf(JobExecution execution, LocalDate asOf) {
		execution.getExecutionContext().putString(AS_OF, asOf.toString());
	}

	/** The simulated lots' totals per currency; empty until lots.csv is written. */
	@SuppressWarnings("unchecked")
	public static List<RunReport.CurrencyTotals> totals(JobExecution execution) {
		Object totals = execution.getExecutionContext().get(TOTALS);
		return totals == null ? List.of() : List.copyOf((List<RunReport.CurrencyTotals>) totals);
	}

	static void totals(JobExecution execution, List<RunReport.CurrencyTotals> totals) {
		execution.getExecutionContext().put(TOTALS, new ArrayList<>(totals));
	}

	/**
	 * Milliseconds of the partitions reading worlds, in the engine and writing results,
	 * summed over their threads; empty for a step that is not the partitioned simulation.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Long> partitionMillis(StepExecution step) {
		Object millis = step.getExecutionContext().get(PARTITION_MILLIS);
		return millis == null ? Map.of() : new LinkedHashMap<>((Map<String, Long>) millis);
	}

	static void partitionMillis(StepExecution step, Map<String, Long> millis) {
		step.getExecutionContext().put(PARTITION_MILLIS, new LinkedHashMap<>(millis));
	}

}
