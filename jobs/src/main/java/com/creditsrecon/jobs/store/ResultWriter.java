package com.creditsrecon.jobs.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RollforwardRow;

/**
 * Writes results a block at a time: the simulation's as the block's sorted runs, one per
 * table ({@link ResultTables.Table#inRuns}), and the reconciliation's break rows into
 * their table, in one transaction with JDBC batches. The transaction is the writer's own,
 * never a chunk transaction of Spring Batch: the job repository is only written between
 * blocks, so that a step never waits on the repository while it holds locks in the store.
 */
public class ResultWriter {

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ResultRuns runs;

	public ResultWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ResultRuns runs) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.runs = runs;
	}

	/**
	 * Rows of several results, table by table, waiting to be written together: the
	 * {@code number}th block of a partition (numbered from 1), the name its runs carry.
	 */
	public static final class Block {

		private final Map<ResultTables.Table<?>, List<Object[]>> rows = new LinkedHashMap<>();

		private final String partition;

		private final int number;

		public Block(String partition, int number) {
			this.partition = partition;
			this.number = number;
			ResultTables.ALL.forEach(table -> this.rows.put(table, new ArrayList<>()));
		}

		/** A block of rows for tables in the database only (break rows). */
		public Block() {
			this(null, 0);
		}

		/**
		 * Adds a result's rows.
		 * @param simPartnerId the simulated partner, blank for the unattributed
		 * simulation
		 * @param seqBase the position of the first row of each list, so that results of
		 * one simulated partner written in parts never repeat one
		 * @return the number of positions used: the longest list's size
		 */
		public int add(String simPartnerId, PartnerResult result, int seqBase) {
			for (RollforwardRow row : result.rollforward()) {
				if (!row.scopeType().equals("PARTNER") && !row.scopeType().equals("BILLING_PROFILE")) {
					throw new IllegalStateException("The engine wrote a " + row.scopeType()
							+ " roll-forward row; the upper levels are summed from PARTNER rows");
				}
			}
			int used = 0;
			used = Math.max(used, add(ResultTables.BENEFITS, simPartnerId, result.benefits(), seqBase));
			used = Math.max(used, add(ResultTables.LOTS, simPartnerId, result.lots(), seqBase));
			used = Math.max(used, add(ResultTables.EVENTS, simPartnerId, result.events(), seqBase));
			used = Math.max(used, add(ResultTables.DECISIONS, simPartnerId, result.decisions(), seqBase));
			used = Math.max(used, add(ResultTables.ELIGIBILITY, simPartnerId, result.eligibility(), seqBase));
			used = Math.max(used, add(ResultTables.CONSUMPTION, simPartnerId, result.consumption(), seqBase));
			add(ResultTables.REPORTED_CREDITS, simPartnerId, reportedCredits(result.consumption()), seqBase);
			used = Math.max(used, add(ResultTables.REVOCATIONS, simPartnerId, result.revocations(), seqBase));
			used = Math.max(used, add(ResultTables.ROLLFORWARD, simPartnerId, result.rollforward(), seqBase));
			return used;
		}

		/** The consumption rows of {@link ResultTables#REPORTED_CREDITS}. */
		private static List<ConsumptionRow> reportedCredits(List<ConsumptionRow> consumption) {
			return consumption.stream()
				.filter(row -> "REPORTED_CREDIT".equals(row.classification()) && row.billingProfileId() != null
						&& !row.billingProfileId().isEmpty())
				.toList();
		}

		/** Adds rows to one table (a table not in {@link ResultTables#ALL} too). */
		public <R> int add(ResultTables.Table<R> table, String simPartnerId, List<R> rows, int seqBase) {
			List<Object[]> parameters = this.rows.computeIfAbsent(table, t -> new ArrayList<>());
			for (int i = 0; i < rows.size(); i++) {
				parameters.add(table.parameters(simPartnerId, seqBase + i, rows.get(i)));
			}
			return rows.size();
		}

		public long rows() {
			return this.rows.values().stream().mapToLong(List::size).sum();
		}

	}

	/** Writes a block: its runs first, then its table rows in one transaction. */
	public void write(Block block) {
		block.rows.forEach((table, rows) -> {
			if (table.inRuns() && !rows.isEmpty()) {
				if (block.partition == null) {
					throw new IllegalStateException(table.name() + " is kept in runs: its block needs a partition");
				}
				this.runs.write(table, block.partition, block.number, rows);
			}
		});
		this.transaction.executeWithoutResult(status -> {
			block.rows.forEach((table, rows) -> {
				if (table.inRuns()) {
					return;
				}
				for (int from = 0; from < rows.size(); from += BATCH) {
					this.jdbc.batchUpdate(table.insert(), rows.subList(from, Math.min(rows.size(), from + BATCH)));
				}
			});
		});
	}

	/**
	 * Deletes, in its own transaction, the break rows that meet a condition.
	 * @param where a condition on {@code sim_partner_id} and {@code seq}
	 */
	public void deleteBreaks(String where, Object... parameters) {
		this.transaction.executeWithoutResult(status -> this.jdbc
			.update("DELETE FROM " + ResultTables.BREAKS.name() + " WHERE " + where, parameters));
	}

	/** Removes a partition's runs of the blocks after {@code lastKept}. */
	public void discard(String partition, int lastKept) {
		this.runs.discard(partition, lastKept);
	}

}
