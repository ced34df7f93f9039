package com.creditsrecon.jobs.simulate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import com.creditsrecon.jobs.store.JobThreads;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;

/**
 * Writes the simulation's output files from the result tables, each streamed in its sort
 * order, so that the files depend neither on the number of partitions nor on the
 * database. Redone whole on a restart.
 */
public class SimulationFilesTasklet implements Tasklet {

	private final ResultPages pages;

	private final Supplier<Path> folder;

	/**
	 * @param folder where the running job stages its result files
	 */
	public SimulationFilesTasklet(ResultPages pages, Supplier<Path> folder) {
		this.pages = pages;
		this.folder = folder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		SimulationTotals totals = new SimulationTotals();
		long rows = writeAll(this.pages, this.folder.get(), totals);
		// for run.json
		SimulationOutcome.totals(chunkContext.getStepContext().getStepExecution().getJobExecution(), totals.totals());
		contribution.incrementWriteCount(rows);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes every simulation file under {@code folder}, a file per core at a time (each
	 * file is one merge of its runs, on one thread: its bytes do not depend on the
	 * others); the rows written.
	 * @param totals what the lots add up to, summed as lots.csv is written
	 */
	static long writeAll(ResultPages pages, Path folder, SimulationTotals totals) {
		// the largest first, so that the small ones fill in beside them
		List<Callable<Long>> files = List.of(
				() -> write(pages, ResultTables.CONSUMPTION, SimulationFiles.CONSUMPTION, folder),
				() -> write(pages, ResultTables.EVENTS, SimulationFiles.EVENTS, folder),
				() -> write(pages, ResultTables.ROLLFORWARD, SimulationFiles.ROLLFORWARD, folder),
				() -> write(pages, ResultTables.DECISIONS, SimulationFiles.DECISIONS, folder),
				() -> write(pages, ResultTables.LOTS, SimulationFiles.LOTS, folder, totals::add),
				() -> write(pages, ResultTables.BENEFITS, SimulationFiles.BENEFITS, folder),
				() -> write(pages, ResultTables.ELIGIBILITY, SimulationFiles.ELIGIBILITY, folder),
				() -> write(pages, ResultTables.REVOCATIONS, SimulationFiles.REVOCATIONS, folder));
		SimpleAsyncTaskExecutor threads = JobThreads.executor("files-", Runtime.getRuntime().availableProcessors());
		List<Future<Long>> written = files.stream().map(threads::submit).toList();
		try {
			long rows = 0;
			for (Future<Long> file : written) {
				rows += file.get();
			}
			return rows;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing the simulation's files", ex);
		}
		catch (ExecutionException ex) {
			// as if written on this thread: the launcher words the file problems it knows
			if (ex.getCause() instanceof RuntimeException problem) {
				throw problem;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			written.forEach(file -> file.cancel(true));
		}
	}

	private static <R> long write(ResultPages pages, ResultTables.Table<R> table, ResultFile<R> file, Path folder) {
		return write(pages, table, file, folder, row -> {
		});
	}

	/** Writes a file, handing each row to {@code seen} too. */
	private static <R> long write(ResultPages pages, ResultTables.Table<R> table, ResultFile<R> file, Path folder,
			Consumer<R> seen) {
		try (ResultFile.Writer<R> out = file.create(folder)) {
			pages.forEach(table, row -> {
				out.write(row);
				seen.accept(row);
			});
			out.close();
			return out.rows();
		}
	}

}
