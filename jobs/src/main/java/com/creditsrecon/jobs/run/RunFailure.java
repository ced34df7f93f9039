package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RejectsUnwritableException;
import com.creditsrecon.jobs.importing.RunOptions;

/** Why a job execution did not complete, in one line for the console and run.json. */
final class RunFailure {

	private RunFailure() {
	}

	/** The first failure of {@code type} the execution met, or null. */
	static Throwable find(JobExecution execution, Class<? extends Throwable> type) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (type.isInstance(cause)) {
					return cause;
				}
			}
		}
		return null;
	}

	/**
	 * The step the execution was in when it ended: the last one it started, a partitioned
	 * step rather than one of its partitions.
	 */
	static Optional<String> lastStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> !step.getStepName().contains(":"))
			.max(Comparator.comparing(StepExecution::getId))
			.map(StepExecution::getStepName);
	}

	/**
	 * What made the run fail: a rejects file that cannot be written (the environment,
	 * exit code 1, rule V1 keeps every rejected row or fails) or another file problem in
	 * words, else the root cause's message.
	 */
	static String describe(JobExecution execution, RunOptions options) {
		Throwable rejects = find(execution, RejectsUnwritableException.class);
		if (rejects != null) {
			return rejects.getMessage();
		}
		List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
		if (failures.isEmpty()) {
			return "the run ended " + execution.getStatus();
		}
		// a partition's own failure says more than the partitioned step's summary of it
		failures.sort(Comparator.comparing(f -> rootMessage(f).startsWith("Partition handler returned")));
		Throwable root = root(failures.get(0));
		if (root instanceof IOException io) {
			return fileProblem(io, options);
		}
		return rootMessage(failures.get(0));
	}

	/**
	 * A file problem of the run's own files in words; one in rejects/ is about the
	 * rejects, whatever step wrote them.
	 */
	private static String fileProblem(IOException ex, RunOptions options) {
		Path file = ex instanceof FileSystemException fs && fs.getFile() != null
				? Path.of(fs.getFile()).toAbsolutePath().normalize() : null;
		if (file != null && file.startsWith(options.staging().resolve("rejects"))) {
			return "cannot write the rejects file " + file + ": " + FileProblems.describe(ex, file);
		}
		return FileProblems.describe(ex);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = root(failure);
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
