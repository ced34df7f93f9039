package com.creditsrecon.jobs.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.reconcile.ReconciliationInput;
import com.creditsrecon.model.reconcile.ReconciliationSettings;

/**
 * Reconciles unit by unit, one block per call: first the rows of no known partner, a
 * block of their profile keys at a time, then the partners, one block of the simulation
 * at a time (its runs hold their simulated rows), in the order the blocks cover the
 * partners. Each block's break rows are written in one transaction of its own, then how
 * far the step got is recorded in its context; a restarted step first deletes what was
 * written after that (a block written before the context was saved) and goes on from
 * there. With no reported extract in the input and no REPORTED_CREDIT usage there is
 * nothing to compare, and nothing is written.
 * <p>
 * Why a tasklet and not a chunk-oriented step like {@code simulatePartitionStep}: an item
 * here is a whole block of units read together (a simulation block's runs, or a block of
 * orphan profiles), so a chunk would be one item, and the reader, processor and writer
 * would share the block's position between them. The repeat of a
 * {@link RepeatStatus#CONTINUABLE} tasklet is the same Spring Batch restart: the step's
 * context is saved after each call. The break rows are written in a transaction of their
 * own, not the chunk's (every step of the run uses a resourceless transaction manager, so
 * that no transaction holds the store while the job repository is written), hence the
 * delete of rows written after the saved position.
 */
public class ReconcileTasklet implements Tasklet, StepExecutionListener {

	/** The last profile key of no known partner done. */
	static final String ORPHANS_AFTER = "reconcile.orphans.after";

	/** The position the next block of rows of no known partner starts at. */
	static final String ORPHANS_SEQ = "reconcile.orphans.seq";

	static final String ORPHANS_DONE = "reconcile.orphans.done";

	/** The last partner done. */
	static final String PARTNERS_AFTER = "reconcile.partners.after";

	/** How many blocks of the simulation are done. */
	static final String BLOCKS_DONE = "reconcile.blocks.done";

	private final UnitReader reader;

	private final ResultWriter writer;

	private final ReconciliationEngine engine;

	private final ImportContext importContext;

	private final SimulationContext simulationContext;

	private final JdbcTemplate jdbc;

	private final int blockProfiles;

	/**
	 * The simulation's blocks, listed once per step execution (a folder of a thousand
	 * runs at 100,000 partners); the step is never partitioned, so one list is enough.
	 */
	private List<String> blocks = List.of();

	/** The units done: the partners, and the profile keys of no known partner. */
	private ProgressMeter unitsDone;

	/**
	 * @param blockProfiles profile keys of no known partner per block and transaction
	 */
	public ReconcileTasklet(JdbcTemplate jdbc, ResultRuns runs, ResultWriter writer, ReconciliationEngine engine,
			ImportContext importContext, SimulationContext simulationContext, int blockProfiles) {
		this.jdbc = jdbc;
		this.reader = new UnitReader(jdbc, runs);
		this.writer = writer;
		this.engine = engine;
		this.importContext = importContext;
		this.simulationContext = simulationContext;
		this.blockProfiles = blockProfiles;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		ExecutionContext progress = stepExecution.getExecutionContext();
		this.writer.deleteBreaks(ResultTables.SIM_PARTNER + " = '' AND seq >= ?", progress.getInt(ORPHANS_SEQ, 0));
		this.writer.deleteBreaks(ResultTables.SIM_PARTNER + " > ?", progress.getString(PARTNERS_AFTER, ""));
		this.blocks = this.reader.blocks();
		this.unitsDone = ProgressMeter.counting("reconcile", "units", unitsLeft(progress),
				this.importContext.progress(), System::nanoTime);
	}

	/**
	 * The units a step starting from {@code progress} will do: the profile keys of no
	 * known partner not done yet, and the partners of the blocks not done yet (as many
	 * per block as on average: a block's partners are known only once it is read).
	 */
	private long unitsLeft(ExecutionContext progress) {
		long orphans = 0;
		if (!progress.containsKey(ORPHANS_DONE)) {
			String after = progress.getString(ORPHANS_AFTER, null);
			String count = "SELECT COUNT(*) FROM " + WorkTables.ORPHAN;
			orphans = (after == null) ? this.jdbc.queryForObject(count, Long.class)
					: this.jdbc.queryForObject(count + " WHERE profile_key > ?", Long.class, after);
		}
		if (this.blocks.isEmpty()) {
			return orphans;
		}
		long partners = this.jdbc.queryForObject("SELECT COUNT(*) FROM cr_partners", Long.class);
		long blocksLeft = this.blocks.size() - progress.getInt(BLOCKS_DONE, 0);
		return orphans + partners * blocksLeft / this.blocks.size();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext progress = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		Optional<Scenario> scenario = this.simulationContext.scenario();
		Set<ReportedExtract> present = ReportedInputs.present(this.importContext);
		if (scenario.isEmpty() || (present.isEmpty() && !hasCredits())) {
			return RepeatStatus.FINISHED;
		}
		ReconciliationSettings settings = ReconciliationSettings.of(this.importContext.policy(), scenario.get().asOf());
		ResultWriter.Block block = new ResultWriter.Block();
		if (!progress.containsKey(ORPHANS_DONE)) {
			List<String> keys = this.reader.orphanKeys(progress.getString(ORPHANS_AFTER, null), this.blockProfiles);
			if (keys.isEmpty()) {
				progress.putString(ORPHANS_DONE, "true");
				return RepeatStatus.CONTINUABLE;
			}
			List<BreakRow> rows = this.engine.reconcile(this.reader.orphans(keys, present), settings);
			int seq = progress.getInt(ORPHANS_SEQ, 0);
			block.add(ResultTables.BREAKS, "", rows, seq);
			this.writer.write(block);
			progress.putString(ORPHANS_AFTER, keys.get(keys.size() - 1));
			progress.putInt(ORPHANS_SEQ, seq + rows.size());
			contribution.incrementWriteCount(block.rows());
			this.unitsDone.add(keys.size());
			return RepeatStatus.CONTINUABLE;
		}
		int done = progress.getInt(BLOCKS_DONE, 0);
		if (done == this.blocks.size()) {
			return RepeatStatus.FINISHED;
		}
		String last = null;
		Map<String, ReconciliationInput> units = this.reader.partners(this.blocks.get(done), present);
		for (Map.Entry<String, ReconciliationInput> unit : units.entrySet()) {
			block.add(ResultTables.BREAKS, unit.getKey(), this.engine.reconcile(unit.getValue(), settings), 0);
			last = unit.getKey();
		}
		this.writer.write(block);
		progress.putInt(BLOCKS_DONE, done + 1);
		if (last != null) {
			progress.putString(PARTNERS_AFTER, last);
		}
		contribution.incrementWriteCount(block.rows());
		this.unitsDone.add(units.size());
		return RepeatStatus.CONTINUABLE;
	}

	/** Whether the usage exports carry REPORTED_CREDIT rows with a billing profile. */
	private boolean hasCredits() {
		return !this.jdbc.queryForList("SELECT partner_id FROM " + WorkTables.CREDIT + " LIMIT 1", String.class)
			.isEmpty();
	}

}
