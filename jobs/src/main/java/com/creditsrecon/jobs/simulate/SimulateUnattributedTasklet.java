package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.StoreTables;
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
		List<ResultTables.Table<?>> tables = new ArrayList<>(ResultTables.ALL);
		// the upper roll-forward levels have no simulated partner either: not these
		tables.remove(ResultTables.ROLLFORWARD);
		this.writer.delete(new ResultWriter.Deletion(tables, ResultTables.SIM_PARTNER + " = ''"));
		Optional<Scenario> scenario = this.context.scenario();
		if (scenario.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		LocalDate asOf = scenario.get().asOf();
		List<Action> actions = WorldReader.sortedActions(this.jdbc.query("SELECT action_id, action_at, action,"
				+ " actor_upn, benefit_id, billing_profile_id, subscription_id, user_upn, target_id, action_value"
				+ " FROM cr_actions WHERE partner_id IS NULL OR partner_id = ''",
				(rs, n) -> WorldReader.action(rs, 1)));
		List<LocalDate[]> parts = parts(asOf);
		int seq = 0;
		if (parts.isEmpty() && !actions.isEmpty()) {
			seq += write(actions, List.of(), scenario.get(), seq);
		}
		for (LocalDate[] days : parts) {
			Map<String, String> shared = new HashMap<>();
			List<UsageSum> usage = this.jdbc.query(
					"SELECT " + WorldReader.USAGE_COLUMNS + " FROM " + StoreTables.USAGE_IN_EFFECT
							+ " WHERE u.partner_id IS NULL AND u.charge_date >= ? AND u.charge_date <= ?",
					(rs, n) -> WorldReader.usage(rs, 1, shared), days[0], days[1]);
			seq += write(seq == 0 ? actions : List.of(), WorldReader.sortedUsage(usage), scenario.get(), seq);
		}
		return RepeatStatus.FINISHED;
	}

	private int write(List<Action> actions, List<UsageSum> usage, Scenario scenario, int seq) {
		ResultWriter.Block block = new ResultWriter.Block();
		int used = block.add("", this.engine.runUnattributed(actions, usage, scenario), seq);
		this.writer.write(block);
		return Math.max(1, used);
	}

	/** Runs of whole days of about {@code partRows} unattributed sums each. */
	private List<LocalDate[]> parts(LocalDate asOf) {
		List<LocalDate[]> parts = new ArrayList<>();
		long[] rows = { 0 };
		LocalDate[] current = { null, null };
		this.jdbc.query("SELECT u.charge_date, COUNT(*) FROM " + StoreTables.USAGE_IN_EFFECT
				+ " WHERE u.partner_id IS NULL AND u.charge_date <= ? GROUP BY u.charge_date ORDER BY u.charge_date",
				rs -> {
					LocalDate day = rs.getObject(1, LocalDate.class);
					if (current[0] != null && rows[0] + rs.getLong(2) > this.partRows) {
						parts.add(new LocalDate[] { current[0], current[1] });
						current[0] = null;
						rows[0] = 0;
					}
					if (current[0] == null) {
						current[0] = day;
					}
					current[1] = day;
					rows[0] += rs.getLong(2);
				}, asOf);
		if (current[0] != null) {
			parts.add(new LocalDate[] { current[0], current[1] });
		}
		return parts;
	}

}
