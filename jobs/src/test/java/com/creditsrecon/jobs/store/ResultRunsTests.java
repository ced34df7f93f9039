package com.creditsrecon.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.result.DecisionRow;

/**
 * Result rows kept in sorted runs: merged in the order of the table's key, whatever wrote
 * them.
 */
class ResultRunsTests {

	@TempDir
	Path store;

	@Test
	@DisplayName("T4: runs of several partitions and blocks merge in key order, text by code point, every value kept")
	void mergeInKeyOrder() {
		// given: action IDs that UTF-16 order and code point order sort apart (U+FF5E is
		// before U+1F600 by code point, after its surrogates by UTF-16 unit)
		ResultRuns runs = new ResultRuns(() -> this.store);
		runs.write(ResultTables.DECISIONS, "p0", 1, rows("A2", "\uD83D\uDE00", "B"));
		runs.write(ResultTables.DECISIONS, "p1", 1, rows("A1", "\uFF5E"));
		runs.write(ResultTables.DECISIONS, "p0", 2, rows("A3"));
		List<DecisionRow> read = new ArrayList<>();
		// when
		runs.forEach(ResultTables.DECISIONS, read::add);
		// then
		assertThat(read).extracting(DecisionRow::actionId)
			.containsExactly("A1", "A2", "A3", "B", "\uFF5E", "\uD83D\uDE00");
		// as in a table: a blank text for none, the instant to the nanosecond
		assertThat(read.get(0)).isEqualTo(decision("A1", ""));
	}

	@Test
	@DisplayName("N2: a restarted partition discards its runs after the last block it recorded, and no other's")
	void discardAfterLastKeptBlock() {
		// given
		ResultRuns runs = new ResultRuns(() -> this.store);
		runs.write(ResultTables.DECISIONS, "p0", 1, rows("A"));
		runs.write(ResultTables.DECISIONS, "p0", 2, rows("B"));
		runs.write(ResultTables.DECISIONS, "p00", 3, rows("C"));
		runs.write(ResultTables.DECISIONS, "p1", 3, rows("D"));
		List<String> read = new ArrayList<>();
		// when
		runs.discard("p0", 1);
		runs.forEach(ResultTables.DECISIONS, row -> read.add(row.actionId()));
		// then
		assertThat(read).containsExactly("A", "C", "D");
	}

	@Test
	@DisplayName("N2: a partition discards while others write: it never looks at their files, which come and go")
	void discardWhileOthersWrite() throws InterruptedException {
		// given: another partition writing block after block (each written aside, then
		// moved)
		ResultRuns runs = new ResultRuns(() -> this.store);
		runs.write(ResultTables.DECISIONS, "p0", 1, rows("A"));
		Thread writer = new Thread(() -> {
			for (int block = 1; block <= 2_000; block++) {
				runs.write(ResultTables.DECISIONS, "p1", block, rows("B" + block));
			}
		});
		writer.start();
		// when: this partition discards, again and again, meanwhile
		while (writer.isAlive()) {
			runs.discard("p0", 1);
		}
		writer.join();
		// then
		List<String> read = new ArrayList<>();
		runs.forEach(ResultTables.DECISIONS, row -> read.add(row.actionId()));
		assertThat(read).hasSize(2_001).contains("A", "B1", "B2000");
	}

	@Test
	@DisplayName("a run cut short within a row fails loudly, naming it, never reads as fewer rows")
	void truncatedRunFails() throws IOException {
		// given
		ResultRuns runs = new ResultRuns(() -> this.store);
		runs.write(ResultTables.DECISIONS, "p0", 1, rows("A", "B"));
		Path run = this.store.resolve("results/cr_result_decision/p0-000001.run");
		byte[] bytes = Files.readAllBytes(run);
		Files.write(run, java.util.Arrays.copyOf(bytes, bytes.length - 3));
		// when, then
		assertThatIllegalStateException().isThrownBy(() -> runs.forEach(ResultTables.DECISIONS, row -> {
		})).withMessageContaining("p0-000001.run ends within a row");
	}

	private static List<Object[]> rows(String... actionIds) {
		List<Object[]> rows = new ArrayList<>();
		for (String id : actionIds) {
			rows.add(ResultTables.DECISIONS.parameters("P", rows.size(), decision(id, null)));
		}
		return rows;
	}

	private static DecisionRow decision(String actionId, String message) {
		return new DecisionRow(actionId, Instant.parse("2026-03-01T10:15:30.123456789Z"), "REDEEM", "P", "PU-1-AZ", "",
				"", "", "admin@p.example", "", "", true, "", message);
	}

}
