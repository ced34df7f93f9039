package com.creditsrecon.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.history.BreakHistory;
import com.creditsrecon.model.history.HistoryEntry;
import com.creditsrecon.model.history.NightBreak;
import com.creditsrecon.model.reconcile.BreakIds;
import com.creditsrecon.reports.csv.HistoryFile;

/**
 * Records tonight's break history, after the reconciliation's files: tonight's breaks
 * with their IDs, the previous night's entries and the model's
 * {@link BreakHistory#tonight} give tonight's entries, which replace any of tonight's in
 * {@code cr_break_history}, with tonight in {@code cr_night}, in one transaction; then
 * reconciliation/history.csv is written into the staging folder. Running it again, as a
 * restart or a rerun of the same night, computes the same night from the same night
 * before, so a step built on it may well {@code allowStartIfComplete(true)}, as the
 * reconciliation's files step does; a kill before the commit leaves the store as it was.
 * A night before the newest one recorded is refused (exit 2).
 */
public class BreakHistoryTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final Path staging;

	private final LocalDate asOf;

	private final boolean csvBom;

	private final TransactionTemplate transaction;

	/**
	 * @param jdbc the store, which holds tonight's break rows ({@code cr_result_break})
	 * and the history
	 * @param staging the folder the run's outputs are written in
	 * @param asOf tonight
	 * @param csvBom {@code --csv-bom}
	 */
	public BreakHistoryTasklet(JdbcTemplate jdbc, Path staging, LocalDate asOf, boolean csvBom) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc is required");
		this.staging = Objects.requireNonNull(staging, "staging is required");
		this.asOf = Objects.requireNonNull(asOf, "asOf is required");
		this.csvBom = csvBom;
		// the tasklet's own transaction, as ResultWriter's: the step's is resourceless
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Recorded recorded = record();
		HistoryFile.write(this.staging, recorded.entries(), recorded.previousNight(), this.csvBom);
		contribution.incrementWriteCount(recorded.entries().size());
		return RepeatStatus.FINISHED;
	}

	/** Computes and stores tonight's entries, in one transaction. */
	Recorded record() {
		return this.transaction.execute(status -> {
			Nights nights = new Nights(this.jdbc);
			Nights.newest(this.jdbc).filter(this.asOf::isBefore).ifPresent(newest -> {
				throw new InputRefusedException("as-of " + this.asOf + " is before " + newest
						+ ", the newest night recorded in the store: nights go forward");
			});
			LocalDate previousNight = nights.before(this.asOf).orElse(null);
			StoredHistory history = new StoredHistory(this.jdbc);
			List<HistoryEntry> previous = previousNight == null ? List.of() : history.night(previousNight);
			List<HistoryEntry> entries = BreakHistory.tonight(previous, tonightsBreaks(), this.asOf);
			// the night first: its history rows refer to it
			nights.record(this.asOf);
			history.replace(this.asOf, entries);
			return new Recorded(previousNight, entries);
		});
	}

	/**
	 * Tonight's break rows with the IDs breaks.csv gives them: the same rows, streamed in
	 * the same order as {@code ReconciliationFilesTasklet} writes that file, numbered by
	 * the same {@link BreakIds}. The store, not the file, is read: its values are the
	 * ones before the formula guard, which a cell of the file cannot always give back.
	 */
	private List<NightBreak> tonightsBreaks() {
		List<NightBreak> breaks = new ArrayList<>();
		BreakIds ids = new BreakIds();
		// the break rows are in the database, never in runs: no runs to read
		new ResultPages(this.jdbc, null).forEach(ResultTables.BREAKS,
				row -> breaks.add(new NightBreak(ids.next(row), row)));
		return breaks;
	}

	/** Tonight's entries, and the night they are compared with (null for none). */
	record Recorded(LocalDate previousNight, List<HistoryEntry> entries) {
	}

}
