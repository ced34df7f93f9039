package com.creditsrecon.jobs.reconcile;

import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.StoredPartners;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.run.RunReport;

/**
 * Writes reconciliation/breaks.csv from the break rows streamed in key order (so that it
 * depends neither on how partners were grouped nor on the database), and summary.csv from
 * the same rows. Redone whole on a restart.
 */
public class ReconciliationFilesTasklet implements Tasklet {

	private final ResultPages pages;

	private final JdbcTemplate jdbc;

	private final ImportContext importContext;

	/**
	 * @param jdbc the store, whose partners give the breaks their names and countries
	 */
	public ReconciliationFilesTasklet(ResultPages pages, JdbcTemplate jdbc, ImportContext importContext) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.importContext = importContext;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		// the number of break rows is not known before
		ProgressMeter.Tally written = ProgressMeter
			.counting("write reconciliation files", "breaks", ProgressMeter.UNKNOWN, this.importContext.progress(),
					System::nanoTime)
			.tally();
		Map<String, Partner> partners = StoredPartners.load(this.jdbc);
		BreakSummary summary = ReconciliationFiles.write(this.importContext.options().staging(), partners::get,
				this.importContext.options().csvBom(), row -> {
					this.pages.forEach(ResultTables.BREAKS, breakRow -> {
						row.accept(breakRow);
						written.one();
					});
					written.flush();
				});
		ReconciliationOutcome.breaks(chunkContext.getStepContext().getStepExecution().getJobExecution(),
				RunReport.Breaks.of(summary, this.importContext.policy().materiality()));
		contribution.incrementWriteCount(summary.count());
		return RepeatStatus.FINISHED;
	}

}
