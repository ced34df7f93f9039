package com.creditsrecon.jobs.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.creditsrecon.jobs.simulate.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.ResultFile;

/**
 * Writes reconciliation/breaks.csv from the break rows streamed in key order (so that it
 * depends neither on how partners were grouped nor on the database), and summary.csv from
 * the same rows. Redone whole on a restart.
 */
public class ReconciliationFilesTasklet implements Tasklet {

	private final ResultPages pages;

	private final Supplier<Path> folder;

	private final ReconciliationContext context;

	/**
	 * @param folder the output folder of the running job
	 */
	public ReconciliationFilesTasklet(ResultPages pages, Supplier<Path> folder, ReconciliationContext context) {
		this.pages = pages;
		this.folder = folder;
		this.context = context;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		BreakSummary summary = ReconciliationFiles.write(this.folder.get(),
				row -> this.pages.forEach(ResultTables.BREAKS, row));
		this.context.summary(summary);
		contribution.incrementWriteCount(summary.count());
		return RepeatStatus.FINISHED;
	}

	/** The names of the files this step writes, under the output folder. */
	public static List<String> names() {
		return ReconciliationFiles.ALL.stream().map(ResultFile::name).toList();
	}

}
