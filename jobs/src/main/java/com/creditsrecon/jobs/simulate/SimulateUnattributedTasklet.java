package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.UsageSum;

/**
 * Simulates what belongs to no known partner (rule T7): actions whose partner the import
 * could not resolve, and usage whose subscription and profile no extract names. Such
 * usage draws no credit, so it is simulated in parts of whole days (each day's sums are
 * classified and rounded on their own, rule T6) to bound memory; the parts' consumption
 * rows of one month are summed when consumption.csv is written. Redone whole on a
 * restart.
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
		LocalDate asOf = scenario.get().asOf();
		List<Action> actions = WorldReader.sortedActions(this.jdbc.query("SELECT action_id, action_at, action,"
				+ " actor_upn, benefit_id, billing_profile_id, subscription_id, user_upn, target_id, action_value"
				+ " FROM cr_actions WHERE partner_id IS NULL OR partner_id = ''",
				(rs, n) -> WorldReader.action(rs, 1)));
		UsageSums usage = this.context.usage();
		List<List<LocalDate>> parts = parts(usage, asOf);
		int seq = 0;
		if (parts.isEmpty() && !actions.isEmpty()) {
			seq += write(actions, List.of(), scenario.get(), seq);
		}
		for (List<LocalDate> days : parts) {
			seq += write(seq == 0 ? actions : List.of(), WorldReader.sortedUsage(usage.unattributed(days)),
					scenario.get(), seq);
		}
		return RepeatStatus.FINISHED;
	}

	private int write(List<Action> actions, List<UsageSum> usage, Scenario scenario, int seq) {
		ResultWriter.Block block = new ResultWriter.Block(RUNS, seq + 1);
		int used = block.add("", this.engine.runUnattributed(actions, usage, scenario), seq);
		this.writer.write(block);
		return Math.max(1, used);
	}

	/** Runs of whole days of about {@code partRows} unattributed sums each. */
	private List<List<LocalDate>> parts(UsageSums usage, LocalDate asOf) {
		List<List<LocalDate>> parts = new ArrayList<>();
		List<LocalDate> current = new ArrayList<>();
		long rows = 0;
		for (LocalDate day : usage.unattributedDays(asOf)) {
			long count = usage.unattributedCount(day);
			if (!current.isEmpty() && rows + count > this.partRows) {
				parts.add(current);
				current = new ArrayList<>();
				rows = 0;
			}
			current.add(day);
			rows += count;
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

}
