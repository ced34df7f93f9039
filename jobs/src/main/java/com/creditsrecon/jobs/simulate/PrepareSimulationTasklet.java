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
import com.creditsrecon.jobs.store.SqlDialect;

/**
 * Starts a fresh simulation: drops and creates the result tables, and fills the work
 * tables that give every subscription and role the partner of its profile, and every
 * partner the subscriptions of other partners that its actions name (rule T7), so that
 * the partitions read each partner's rows by one index. Profiles are matched ignoring
 * case (extracts.md). A restarted run skips this step once it completed, keeping what the
 * partitions wrote. First of all, it resolves the run's as-of day, which refuses an
 * {@code --as-of} more than ten years after the inputs' default (outputs.md).
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
		ResultTables.recreate(SqlDialect.of(this.jdbc)).forEach(this.jdbc::execute);
		this.runs.clear();
		Map<String, String> partnerOfProfile = new HashMap<>();
		this.jdbc.query("SELECT billing_profile_id, partner_id FROM cr_billing_profiles", rs -> {
			partnerOfProfile.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
		});
		Map<String, String> partnerOfSubscription = new HashMap<>();
		BatchInsert subscriptions = new BatchInsert(this.jdbc, "INSERT INTO " + ResultTables.SIM_SUBSCRIPTION
				+ " (partner_id, subscription_id, billing_profile_id, created_on) VALUES (?, ?, ?, ?)");
		this.jdbc.query("SELECT subscription_id, billing_profile_id, created_on FROM cr_subscriptions", rs -> {
			String partner = partnerOfProfile.get(rs.getString(2).toLowerCase(Locale.ROOT));
			if (partner != null) {
				partnerOfSubscription.put(rs.getString(1).toLowerCase(Locale.ROOT), partner);
				subscriptions.add(partner, rs.getString(1), rs.getString(2), rs.getObject(3));
			}
		});
		subscriptions.flush();
		BatchInsert roles = new BatchInsert(this.jdbc, "INSERT INTO " + ResultTables.SIM_PROFILE_ROLE
				+ " (partner_id, billing_profile_id, upn, role_name) VALUES (?, ?, ?, ?)");
		this.jdbc.query("SELECT billing_profile_id, upn, role_name FROM cr_profile_roles", rs -> {
			String partner = partnerOfProfile.get(rs.getString(1).toLowerCase(Locale.ROOT));
			if (partner != null) {
				roles.add(partner, rs.getString(1), rs.getString(2), rs.getString(3));
			}
		});
		roles.flush();
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
