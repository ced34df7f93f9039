package com.creditsrecon.jobs.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.BatchInsert;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;

/**
 * Starts a fresh simulation: removes an earlier simulation's runs, and fills the work
 * table that gives every partner the subscriptions of other partners that its actions
 * name (rule T7), so that the partitions read each partner's rows by one index (the
 * subscriptions and roles carry their profile's partner from the import). A restarted run
 * skips this step once it completed, keeping what the partitions wrote. First of all, it
 * resolves the run's as-of day, which refuses an {@code --as-of} more than ten years
 * after the inputs' default (outputs.md).
 */
public class PrepareSimulationTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final SimulationContext context;

	private final ResultRuns runs;

	public PrepareSimulationTasklet(JdbcTemplate jdbc, SimulationContext context, ResultRuns runs) {
		this.jdbc = jdbc;
		this.context = context;
		this.runs = runs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		// The first step once the inputs are imported: the as-of day is resolved here, so
		// that one too far away is refused (exit 2) before anything is simulated or
		// written.
		this.context.scenario();
		ResultTables.recreate().forEach(this.jdbc::execute);
		this.runs.clear();
		Map<String, String> partnerOfSubscription = new HashMap<>();
		this.jdbc.query("SELECT subscription_id, partner_id FROM cr_subscriptions WHERE partner_id <> ''", rs -> {
			partnerOfSubscription.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
		});
		Set<String> seen = new HashSet<>();
		BatchInsert foreign = new BatchInsert(this.jdbc, "INSERT INTO " + ResultTables.SIM_FOREIGN_SUBSCRIPTION
				+ " (partner_id, subscription_key) VALUES (?, ?)");
		this.jdbc.query("SELECT partner_id, action, subscription_id, target_id FROM cr_actions"
				+ " WHERE action IN ('ASSIGN', 'MOVE_SUBSCRIPTION', 'MOVE_CREDITS')", rs -> {
					String partner = rs.getString(1);
					if (partner == null || partner.isEmpty()) {
						return;
					}
					List<String> named = new ArrayList<>(2);
					named.add(rs.getString(3));
					if ("MOVE_CREDITS".equals(rs.getString(2))) {
						named.add(rs.getString(4));
					}
					for (String subscription : named) {
						if (subscription == null || subscription.isEmpty()) {
							continue;
						}
						String key = subscription.toLowerCase(Locale.ROOT);
						String owner = partnerOfSubscription.get(key);
						if (owner != null && !owner.equals(partner) && seen.add(partner + "\u0000" + key)) {
							foreign.add(partner, key);
						}
					}
				});
		foreign.flush();
		return RepeatStatus.FINISHED;
	}

}
