package com.creditsrecon.jobs.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a partitioned step into its partitions, as Spring Batch's
 * {@code SimpleStepExecutionSplitter} does, except that a partition always gets its
 * identity from the partitioner, whatever its last execution saved.
 * <p>
 * Spring Batch's splitter creates a partition's step execution, then saves its context in
 * a second transaction. A kill between the two leaves a partition with an empty context,
 * and every restart copies that empty context: a usage file partition without its file,
 * or a simulate partition without its range, and the run can never finish. The
 * partitioners here are deterministic, so asking again gives the same partitions; a
 * restarted partition's context is its identity, then what its last execution saved on
 * top (where its reader had got to).
 */
public final class KillSafeSplitter implements StepExecutionSplitter {

	/**
	 * Kept in the managing step's context: a restart keeps the partitions it began with.
	 */
	private static final String GRID_SIZE = "KillSafeSplitter.GRID_SIZE";

	private final JobRepository jobRepository;

	private final String stepName;

	private final Partitioner partitioner;

	/** Partitions are named {@code stepName:partition}, as Spring Batch names them. */
	public KillSafeSplitter(JobRepository jobRepository, String stepName, Partitioner partitioner) {
		this.jobRepository = jobRepository;
		this.stepName = stepName;
		this.partitioner = partitioner;
	}

	@Override
	public String getStepName() {
		return stepName;
	}

	@Override
	public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
		Set<StepExecution> toRun = new HashSet<>();
		for (Map.Entry<String, ExecutionContext> partition : partitioner.partition(gridSize(manager, gridSize))
			.entrySet()) {
			String name = stepName + ":" + partition.getKey();
			StepExecution last = jobRepository.getLastStepExecution(manager.getJobExecution().getJobInstance(), name);
			if (last == null || mustRunAgain(manager, last)) {
				ExecutionContext context = new ExecutionContext(partition.getValue());
				if (last != null) {
					last.getExecutionContext()
						.entrySet()
						.forEach(saved -> context.put(saved.getKey(), saved.getValue()));
				}
				StepExecution execution = jobRepository.createStepExecution(name, manager.getJobExecution());
				execution.setExecutionContext(context);
				jobRepository.updateExecutionContext(execution);
				toRun.add(execution);
			}
		}
		return toRun;
	}

	private int gridSize(StepExecution manager, int gridSize) {
		ExecutionContext context = manager.getExecutionContext();
		if (!context.containsKey(GRID_SIZE)) {
			context.putInt(GRID_SIZE, gridSize);
			jobRepository.updateExecutionContext(manager);
		}
		return context.getInt(GRID_SIZE);
	}

	/**
	 * A partition completed by an earlier execution is done; one that failed or stopped
	 * runs again. A partition still marked running was not recovered (the job starter
	 * recovers every one before the job restarts), so it is refused, as Spring Batch
	 * does.
	 */
	private static boolean mustRunAgain(StepExecution manager, StepExecution last) throws JobExecutionException {
		return switch (last.getStatus()) {
			case COMPLETED -> last.getJobExecutionId() == manager.getJobExecutionId();
			case FAILED, STOPPED -> true;
			default -> throw new JobExecutionException(
					"cannot restart partition " + last.getStepName() + " from status " + last.getStatus());
		};
	}

}
