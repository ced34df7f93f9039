package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.UsageSum;

/**
 * What belongs to no known partner (rule T7), as the engine takes it: the actions whose
 * partner the import could not resolve, and the usage whose subscription and profile no
 * extract names. Such usage draws no credit, so it can be simulated in parts of whole
 * days (each day's sums are classified and rounded on their own, rule T6), which bounds
 * memory; the actions go with the first part.
 */
public final class UnattributedParts {

	/** Takes one part. */
	@FunctionalInterface
	public interface Part {

		void accept(List<Action> actions, List<UsageSum> usage);

	}

	private final JdbcTemplate jdbc;

	private final UsageSums usage;

	private final int partRows;

	/**
	 * @param partRows about how many daily sums a part holds
	 */
	public UnattributedParts(JdbcTemplate jdbc, UsageSums usage, int partRows) {
		this.jdbc = jdbc;
		this.usage = usage;
		this.partRows = partRows;
	}

	/** Gives every part up to {@code asOf}, in day order, to {@code part}. */
	public void forEach(LocalDate asOf, Part part) {
		List<Action> actions = WorldReader.sortedActions(this.jdbc.query("SELECT action_id, action_at, action,"
				+ " actor_upn, benefit_id, billing_profile_id, subscription_id, user_upn, target_id, action_value"
				+ " FROM cr_actions WHERE partner_id IS NULL OR partner_id = ''",
				(rs, n) -> WorldReader.action(rs, 1)));
		List<List<LocalDate>> days = days(asOf);
		if (days.isEmpty() && !actions.isEmpty()) {
			part.accept(actions, List.of());
		}
		for (int i = 0; i < days.size(); i++) {
			part.accept(i == 0 ? actions : List.of(), WorldReader.sortedUsage(this.usage.unattributed(days.get(i))));
		}
	}

	/** Runs of whole days of about {@code partRows} unattributed sums each. */
	private List<List<LocalDate>> days(LocalDate asOf) {
		List<List<LocalDate>> parts = new ArrayList<>();
		List<LocalDate> current = new ArrayList<>();
		long rows = 0;
		for (LocalDate day : this.usage.unattributedDays(asOf)) {
			long count = this.usage.unattributedCount(day);
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
