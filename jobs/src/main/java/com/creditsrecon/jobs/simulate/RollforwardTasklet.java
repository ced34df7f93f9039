package com.creditsrecon.jobs.simulate;

import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.jobs.store.StoredPartners;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.rollforward.RollforwardCheck;
import com.creditsrecon.model.rollforward.RollforwardLevels;
import com.creditsrecon.model.world.Partner;

/**
 * Completes the roll-forward (rule RC7): the GLOBAL, REGION and COUNTRY rows summed from
 * the engine's PARTNER rows with each partner's country and region, then every written
 * row checked; a violation fails the run, naming the scope. Redone whole on a restart.
 */
public class RollforwardTasklet implements Tasklet {

	/** The name of the run of the upper levels (GLOBAL, REGION, COUNTRY). */
	private static final String LEVELS = "levels";

	private final JdbcTemplate jdbc;

	private final ResultWriter writer;

	private final ResultPages pages;

	private final SimulationContext context;

	public RollforwardTasklet(JdbcTemplate jdbc, ResultWriter writer, ResultPages pages, SimulationContext context) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.pages = pages;
		this.context = context;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Optional<Scenario> scenario = this.context.scenario();
		if (scenario.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		complete();
		check(scenario.get());
		return RepeatStatus.FINISHED;
	}

	/** Writes the upper levels afresh from the PARTNER rows. */
	void complete() {
		this.writer.discard(LEVELS, 0);
		Map<String, Partner> partners = StoredPartners.load(this.jdbc);
		RollforwardLevels levels = new RollforwardLevels();
		this.pages.forEach(ResultTables.ROLLFORWARD, row -> {
			// the engine's own rows first, so that a violation names the partner or
			// profile rather than the levels that sum it
			RollforwardCheck.checkIdentity(row);
			if (row.scopeType().equals("PARTNER")) {
				Partner partner = partners.get(row.scopeId());
				if (partner == null) {
					throw new IllegalStateException(
							"A PARTNER roll-forward row names '" + row.scopeId() + "', which is no partner");
				}
				levels.add(row, partner.country(), partner.region());
			}
		});
		ResultWriter.Block block = new ResultWriter.Block(LEVELS, 1);
		block.add(ResultTables.ROLLFORWARD, "", levels.rows(), 0);
		this.writer.write(block);
	}

	/**
	 * Checks every written row in file order.
	 * @throws com.creditsrecon.model.engine.ConservationException naming the scope
	 */
	long check(Scenario scenario) {
		RollforwardCheck check = new RollforwardCheck(scenario.asOf());
		this.pages.forEach(ResultTables.ROLLFORWARD, (RollforwardRow row) -> check.accept(row));
		return check.finish();
	}

}
