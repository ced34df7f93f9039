package com.creditsrecon.jobs.simulate;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.UsageSum;

/**
 * Simulates what belongs to no known partner (rule T7), part by part
 * ({@link UnattributedParts}); the parts' consumption rows of one month are summed when
 * consumption.csv is written. Redone whole on a restart.
 */
public class SimulateUnattributedTasklet implements Tasklet {

	/**
	 * The name of this step's runs, numbered by the position of each part's first row.
	 */
	private static final String RUNS = "unattributed";

	private final JdbcTemplate jdbc;

	private final ResultWriter writer;

	private final SimulationEngine engine;

	private final SimulationContext context;

	private final int partRows;

	/**
	 * @param partRows about how many daily sums are simulated at once
	 */
	public SimulateUnattributedTasklet(JdbcTemplate jdbc, ResultWriter writer, SimulationEngine engine,
			SimulationContext context, int partRows) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.engine = engine;
		this.context = context;
		this.partRows = partRows;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.writer.discard(RUNS, 0);
		Optional<Scenario> scenario = this.context.scenario();
		if (scenario.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		int[] seq = { 0 };
		new UnattributedParts(this.jdbc, this.context.usage(), this.partRows).forEach(scenario.get().asOf(),
				(actions, usage) -> seq[0] += write(actions, usage, scenario.get(), seq[0]));
		return RepeatStatus.FINISHED;
	}

	private int write(List<Action> actions, List<UsageSum> usage, Scenario scenario, int seq) {
		ResultWriter.Block block = new ResultWriter.Block(RUNS, seq + 1);
		int used = block.add("", this.engine.runUnattributed(actions, usage, scenario), seq);
		this.writer.write(block);
		return Math.max(1, used);
	}

}
