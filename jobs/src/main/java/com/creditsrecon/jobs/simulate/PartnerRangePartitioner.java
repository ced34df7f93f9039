package com.creditsrecon.jobs.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the partners, in the store's order of their IDs, into ranges of about equal
 * numbers of partners, one per partition. Partners never share state (rule T7), so the
 * ranges are simulated apart; the output files are sorted from the result tables, so the
 * number of partitions never shows in them.
 */
public class PartnerRangePartitioner implements Partitioner {

	public static final String FIRST = "simulate.first";

	public static final String LAST = "simulate.last";

	private final JdbcTemplate jdbc;

	private final SimulationContext context;

	public PartnerRangePartitioner(JdbcTemplate jdbc, SimulationContext context) {
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> partners = this.jdbc.queryForList("SELECT partner_id FROM cr_partners ORDER BY partner_id",
				String.class);
		this.context.startProgress(partners.size());
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		int count = Math.max(1, Math.min(gridSize, partners.size()));
		for (int i = 0; i < count; i++) {
			ExecutionContext partition = new ExecutionContext();
			int from = (int) ((long) partners.size() * i / count);
			int to = (int) ((long) partners.size() * (i + 1) / count) - 1;
			if (from <= to) {
				partition.putString(FIRST, partners.get(from));
				partition.putString(LAST, partners.get(to));
			}
			partitions.put(String.format("partition%04d", i), partition);
		}
		return partitions;
	}

}
