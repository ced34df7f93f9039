package com.creditsrecon.jobs.simulate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.importing.ProgressSink;
import com.creditsrecon.jobs.store.JobThreads;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.StoredPartners;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.forecast.BurnForecast;
import com.creditsrecon.model.forecast.ForecastRow;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;

/**
 * Writes the simulation's output files from the result tables, each streamed in its sort
 * order, so that the files depend neither on the number of partitions nor on the
 * database, then forecast.csv from the lots and events. Redone whole on a restart.
 */
public class SimulationFilesTasklet implements Tasklet {

	private final ResultPages pages;

	private final JdbcTemplate jdbc;

	private final SimulationContext simulation;

	private final Supplier<Path> folder;

	private final Supplier<Boolean> bom;

	private final ProgressSink progress;

	/**
	 * @param jdbc the store, whose partners give the files their names and countries
	 * @param simulation the run's as-of day
	 * @param folder where the running job stages its result files
	 * @param bom whether the files start with a UTF-8 byte-order mark ({@code --csv-bom})
	 */
	public SimulationFilesTasklet(ResultPages pages, JdbcTemplate jdbc, SimulationContext simulation,
			Supplier<Path> folder, Supplier<Boolean> bom, ProgressSink progress) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.simulation = simulation;
		this.folder = folder;
		this.bom = bom;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		SimulationTotals totals = new SimulationTotals();
		LocalDate asOf = this.simulation.scenario().map(Scenario::asOf).orElse(null);
		Labels labels = new Labels(StoredPartners.load(this.jdbc), asOf, this.bom.get());
		long rows = writeAll(this.pages, this.folder.get(), totals, this.progress, labels);
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
	static long writeAll(ResultPages pages, Path folder, SimulationTotals totals, ProgressSink progress,
			Labels labels) {
		ProgressMeter rowsWritten = ProgressMeter.counting("write simulation files", "rows", ProgressMeter.UNKNOWN,
				progress, System::nanoTime);
		// the largest first, so that the small ones fill in beside them
		Files files = new Files(pages, folder, rowsWritten, labels.bom());
		// fed by events.csv and lots.csv as they are written, not by a read of its own
		BurnForecast forecast = labels.asOf() == null ? null : new BurnForecast(labels.asOf());
		List<Callable<Long>> tasks = List.of(() -> files.write(ResultTables.CONSUMPTION, SimulationFiles.CONSUMPTION),
				() -> files.write(ResultTables.EVENTS, SimulationFiles.EVENTS, (EventRow event) -> {
					if (forecast != null) {
						forecast.event(event);
					}
					return event;
				}), () -> files.write(ResultTables.ROLLFORWARD, SimulationFiles.ROLLFORWARD),
				() -> files.write(ResultTables.DECISIONS, SimulationFiles.DECISIONS),
				() -> files.write(ResultTables.LOTS, SimulationFiles.LOTS, lot -> {
					totals.add(lot);
					if (forecast != null) {
						forecast.lot(lot, labels::partner);
					}
					return new SimulationFiles.LotLine(lot, labels.partner(lot.partnerId()), labels.asOf());
				}),
				() -> files.write(ResultTables.BENEFITS, SimulationFiles.BENEFITS,
						(BenefitRow b) -> new SimulationFiles.BenefitLine(b, labels.partner(b.partnerId()))),
				() -> files.write(ResultTables.ELIGIBILITY, SimulationFiles.ELIGIBILITY),
				() -> files.write(ResultTables.REVOCATIONS, SimulationFiles.REVOCATIONS));
		SimpleAsyncTaskExecutor threads = JobThreads.executor("files-", Runtime.getRuntime().availableProcessors());
		List<Future<Long>> written = tasks.stream().map(threads::submit).toList();
		try {
			long rows = 0;
			for (Future<Long> file : written) {
				rows += file.get();
			}
			return rows + forecast(forecast, folder, labels.bom(), rowsWritten);
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

	/**
	 * forecast.csv, once events.csv and lots.csv have fed {@code forecast}: the rows
	 * sorted in memory (one per open lot at most); header only without an as-of day
	 * ({@code forecast} null).
	 */
	private static long forecast(BurnForecast forecast, Path folder, boolean bom, ProgressMeter progress) {
		ProgressMeter.Tally written = progress.tally();
		try (ResultFile.Writer<ForecastRow> out = SimulationFiles.FORECAST.create(folder, bom)) {
			if (forecast != null) {
				for (ForecastRow row : forecast.rows()) {
					out.write(row);
					written.one();
				}
			}
			written.flush();
			out.close();
			return out.rows();
		}
	}

	/**
	 * What the files add to the result rows: the imported partners (by ID), the as-of day
	 * (null when nothing was simulated), and whether they start with a byte-order mark.
	 */
	record Labels(Map<String, Partner> partners, LocalDate asOf, boolean bom) {

		Labels {
			partners = Map.copyOf(partners);
		}

		/** The imported partner of an ID, null when none has it. */
		Partner partner(String partnerId) {
			return this.partners.get(partnerId);
		}

	}

	/** Writes one file from its table, a row at a time. */
	private record Files(ResultPages pages, Path folder, ProgressMeter progress, boolean bom) {

		<R> long write(ResultTables.Table<R> table, ResultFile<R> file) {
			return write(table, file, row -> row);
		}

		/** Writes a file whose rows are made from the table's by {@code line}. */
		<R, L> long write(ResultTables.Table<R> table, ResultFile<L> file, Function<R, L> line) {
			ProgressMeter.Tally written = this.progress.tally();
			try (ResultFile.Writer<L> out = file.create(this.folder, this.bom)) {
				this.pages.forEach(table, row -> {
					out.write(line.apply(row));
					written.one();
				});
				written.flush();
				out.close();
				return out.rows();
			}
		}

	}

}
