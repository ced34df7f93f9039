package com.creditsrecon.jobs.store;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Threads that work for the running job execution: partitions, and files written side by
 * side. Spring Batch binds its job scope to the launching thread only
 * (spring-batch#1335), so a task is bound to the execution that submitted it; its
 * job-scoped beans are then that execution's, whatever thread runs it.
 */
public final class JobThreads {

	private JobThreads() {
	}

	/** At most {@code threads} at a time, named {@code prefix} and a number. */
	public static SimpleAsyncTaskExecutor executor(String prefix, int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
		executor.setConcurrencyLimit(threads);
		executor.setTaskDecorator(task -> {
			JobContext context = JobSynchronizationManager.getContext();
			if (context == null) {
				return task;
			}
			JobExecution execution = context.getJobExecution();
			return () -> {
				JobSynchronizationManager.register(execution);
				try {
					task.run();
				}
				finally {
					JobSynchronizationManager.release();
				}
			};
		});
		return executor;
	}

}
