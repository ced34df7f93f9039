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

import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.importing.ProgressSink;
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

	private final ProgressSink progress;

	/**
	 * @param folder where the running job stages its result files
	 */
	public SimulationFilesTasklet(ResultPages pages, Supplier<Path> folder, ProgressSink progress) {
		this.pages = pages;
		this.folder = folder;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		SimulationTotals totals = new SimulationTotals();
		long rows = writeAll(this.pages, this.folder.get(), totals, this.progress);
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
	 * @param progress where the rows written so far are told, if it takes a while (the
	 * number of rows is not known before)
	 */
	static long writeAll(ResultPages pages, Path folder, SimulationTotals totals, ProgressSink progress) {
		ProgressMeter rowsWritten = ProgressMeter.counting("write simulation files", "rows", ProgressMeter.UNKNOWN,
				progress, System::nanoTime);
		// the largest first, so that the small ones fill in beside them
		List<Callable<Long>> files = List.of(
				() -> write(pages, ResultTables.CONSUMPTION, SimulationFiles.CONSUMPTION, folder, rowsWritten),
				() -> write(pages, ResultTables.EVENTS, SimulationFiles.EVENTS, folder, rowsWritten),
				() -> write(pages, ResultTables.ROLLFORWARD, SimulationFiles.ROLLFORWARD, folder, rowsWritten),
				() -> write(pages, ResultTables.DECISIONS, SimulationFiles.DECISIONS, folder, rowsWritten),
				() -> write(pages, ResultTables.LOTS, SimulationFiles.LOTS, folder, rowsWritten, totals::add),
				() -> write(pages, ResultTables.BENEFITS, SimulationFiles.BENEFITS, folder, rowsWritten),
				() -> write(pages, ResultTables.ELIGIBILITY, SimulationFiles.ELIGIBILITY, folder, rowsWritten),
				() -> write(pages, ResultTables.REVOCATIONS, SimulationFiles.REVOCATIONS, folder, rowsWritten));
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

	private static <R> long write(ResultPages pages, ResultTables.Table<R> table, ResultFile<R> file, Path folder,
			ProgressMeter progress) {
		return write(pages, table, file, folder, progress, row -> {
		});
	}

	/** Writes a file, handing each row to {@code seen} too. */
	private static <R> long write(ResultPages pages, ResultTables.Table<R> table, ResultFile<R> file, Path folder,
			ProgressMeter progress, Consumer<R> seen) {
		ProgressMeter.Tally written = progress.tally();
		try (ResultFile.Writer<R> out = file.create(folder)) {
			pages.forEach(table, row -> {
				out.write(row);
				seen.accept(row);
				written.one();
			});
			written.flush();
			out.close();
			return out.rows();
		}
	}

}
