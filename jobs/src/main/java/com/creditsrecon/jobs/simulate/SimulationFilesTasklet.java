package com.creditsrecon.jobs.simulate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

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
	 * @param folder the output folder of the running job
	 */
	public SimulationFilesTasklet(ResultPages pages, Supplier<Path> folder) {
		this.pages = pages;
		this.folder = folder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long rows = writeAll(this.pages, this.folder.get());
		contribution.incrementWriteCount(rows);
		return RepeatStatus.FINISHED;
	}

	/** Writes every simulation file under {@code folder}; the rows written. */
	public static long writeAll(ResultPages pages, Path folder) {
		long rows = 0;
		rows += write(pages, ResultTables.BENEFITS, SimulationFiles.BENEFITS, folder);
		rows += write(pages, ResultTables.LOTS, SimulationFiles.LOTS, folder);
		rows += write(pages, ResultTables.EVENTS, SimulationFiles.EVENTS, folder);
		rows += write(pages, ResultTables.DECISIONS, SimulationFiles.DECISIONS, folder);
		rows += write(pages, ResultTables.ELIGIBILITY, SimulationFiles.ELIGIBILITY, folder);
		rows += write(pages, ResultTables.CONSUMPTION, SimulationFiles.CONSUMPTION, folder);
		rows += write(pages, ResultTables.REVOCATIONS, SimulationFiles.REVOCATIONS, folder);
		rows += write(pages, ResultTables.ROLLFORWARD, SimulationFiles.ROLLFORWARD, folder);
		return rows;
	}

	/** The names of the files {@link #writeAll} writes. */
	public static List<String> names() {
		return SimulationFiles.ALL.stream().map(ResultFile::name).toList();
	}

	private static <R> long write(ResultPages pages, ResultTables.Table<R> table, ResultFile<R> file, Path folder) {
		try (ResultFile.Writer<R> out = file.create(folder)) {
			pages.forEach(table, out::write);
			out.close();
			return out.rows();
		}
	}

}
