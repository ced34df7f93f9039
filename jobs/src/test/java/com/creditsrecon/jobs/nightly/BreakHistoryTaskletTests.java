package com.creditsrecon.jobs.nightly;

import static com.creditsrecon.jobs.nightly.HistoryNights.A;
import static com.creditsrecon.jobs.nightly.HistoryNights.A_MOVED;
import static com.creditsrecon.jobs.nightly.HistoryNights.B;
import static com.creditsrecon.jobs.nightly.HistoryNights.C;
import static com.creditsrecon.jobs.nightly.HistoryNights.D;
import static com.creditsrecon.jobs.nightly.HistoryNights.G;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_1;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_2;
import static com.creditsrecon.jobs.nightly.HistoryNights.NIGHT_3;
import static com.creditsrecon.jobs.nightly.HistoryNights.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.text.CodePoints;

/**
 * The break history night after night on an HSQLDB store: the table and history.csv, a
 * rerun of a night replacing it, a kill in the middle leaving the store as it was, and an
 * earlier night refused.
 */
class BreakHistoryTaskletTests {

	private static final String HEADER = "break_id,object,key,reported_key,field,currency,partner_id,first_seen,"
			+ "last_seen,status,difference,previous_difference,previous_as_of\n";

	@TempDir
	Path temp;

	private SimpleDriverDataSource dataSource;

	private HistoryNights nights;

	@BeforeEach
	void store() {
		this.dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				"jdbc:hsqldb:mem:history-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
		this.nights = new HistoryNights(this.dataSource, this.temp);
	}

	@Test
	@DisplayName("The first night: every break NEW, first and last seen tonight, no previous night")
	void firstNightEveryBreakIsNew() throws IOException {
		// when
		Path night = this.nights.night(NIGHT_1, A, B);

		// then
		assertThat(HistoryNights.read(night, "reconciliation/history.csv")).isEqualTo(HEADER
				+ sorted(Map.of(A, "LOT,L1,BP1|R1|2026-01-01,closed_balance,USD,P1,2026-10-29,2026-10-29,NEW,-49.50,,",
						B, "BENEFIT,PU3-AZBULK,PU3-AZBULK,status,JPY,P3,2026-10-29,2026-10-29,NEW,,,")));
		assertThat(this.nights.nights()).containsExactly(NIGHT_1);
	}

	@Test
	@DisplayName("Three nights, the second run twice: the rerun replaces it, and the third night follows the rerun")
	void threeNightsWithTheSecondRunTwice() throws IOException {
		// given
		this.nights.night(NIGHT_1, A, B, C, G);
		this.nights.night(NIGHT_2, A_MOVED, B, D, G);
		List<String> firstRun = this.nights.table();

		// when
		this.nights.night(NIGHT_2, A, B, C, G);
		Path night3 = this.nights.night(NIGHT_3, A_MOVED, D, G);

		// then
		assertThat(firstRun).anyMatch(row -> row.startsWith("2026-10-30," + id(D) + ",NEW"));
		assertThat(this.nights.table()).containsExactlyElementsOf(sortedRows(
				"2026-10-29,{A},NEW,2026-10-29,2026-10-29,-49.5,", "2026-10-29,{B},NEW,2026-10-29,2026-10-29,,",
				"2026-10-29,{C},NEW,2026-10-29,2026-10-29,1021,", "2026-10-29,{G},NEW,2026-10-29,2026-10-29,-10,",
				"2026-10-30,{A},OPEN,2026-10-29,2026-10-30,-49.5,-49.5", "2026-10-30,{B},OPEN,2026-10-29,2026-10-30,,",
				"2026-10-30,{C},OPEN,2026-10-29,2026-10-30,1021,1021",
				"2026-10-30,{G},OPEN,2026-10-29,2026-10-30,-10,-10",
				"2026-10-31,{A},OPEN,2026-10-29,2026-10-31,-60,-49.5",
				"2026-10-31,{B},RESOLVED,2026-10-29,2026-10-30,,",
				"2026-10-31,{C},RESOLVED,2026-10-29,2026-10-30,,1021", "2026-10-31,{D},NEW,2026-10-31,2026-10-31,300,",
				"2026-10-31,{G},OPEN,2026-10-29,2026-10-31,-10,-10"));
		assertThat(this.nights.nights()).containsExactly(NIGHT_1, NIGHT_2, NIGHT_3);
		assertThat(HistoryNights.read(night3, "reconciliation/history.csv")).isEqualTo(HEADER + sorted(Map.of(A,
				"LOT,L1,BP1|R1|2026-01-01,closed_balance,USD,P1,2026-10-29,2026-10-31,OPEN,-60.00,-49.50,2026-10-30", B,
				"BENEFIT,PU3-AZBULK,PU3-AZBULK,status,JPY,P3,2026-10-29,2026-10-30,RESOLVED,,,2026-10-30", C,
				"TRANSACTIONS,BP2|2026-10|EUR,BP2|2026-10|EUR,charges,EUR,P2,2026-10-29,2026-10-30,RESOLVED,,1021.00,2026-10-30",
				D, "LOT,,BP1|X|2026-10-01,UNEXPECTED_IN_REPORT,USD,P1,2026-10-31,2026-10-31,NEW,300.00,,2026-10-30", G,
				"LOT,'=L9,,MISSING_IN_REPORT,USD,P1,2026-10-29,2026-10-31,OPEN,-10.00,-10.00,2026-10-30")));
	}

	@Test
	@DisplayName("The break_ids of the breaks present tonight are those of tonight's breaks.csv")
	void presentBreaksHaveTheIdsOfBreaksCsv() throws IOException {
		// given
		this.nights.night(NIGHT_1, A, B, C);

		// when
		Path night = this.nights.night(NIGHT_2, A, D, G, D);

		// then: D twice, numbered -2 as breaks.csv numbers it
		List<String> present = HistoryNights.read(night, "reconciliation/history.csv")
			.lines()
			.skip(1)
			.filter(line -> !line.contains(",RESOLVED,"))
			.map(line -> line.substring(0, line.indexOf(',')))
			.toList();
		assertThat(present)
			.containsExactlyInAnyOrderElementsOf(HistoryNights.ids(night, "reconciliation/breaks.csv", 11));
		assertThat(present).contains(id(D) + "-2");
	}

	@Test
	@DisplayName("A kill in the middle of the rerun of a night leaves that night as it was")
	void killMidWayLeavesTheOldState() {
		// given
		this.nights.night(NIGHT_1, A, B);
		this.nights.night(NIGHT_2, A_MOVED, C);
		List<String> before = this.nights.table();
		JdbcTemplate killed = new JdbcTemplate(this.dataSource) {
			@Override
			public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
				throw new TransientDataAccessResourceException("killed after the delete of the night's rows");
			}
		};

		// when, then
		assertThatThrownBy(() -> this.nights.night(NIGHT_2, killed, A))
			.isInstanceOf(TransientDataAccessResourceException.class);
		assertThat(this.nights.table()).isEqualTo(before);
		assertThat(this.nights.nights()).containsExactly(NIGHT_1, NIGHT_2);
	}

	@Test
	@DisplayName("Nights go forward: a night before the newest recorded is refused, and the store is left as it was")
	void earlierNightIsRefused() {
		// given
		this.nights.night(NIGHT_1, A);
		this.nights.night(NIGHT_3, A);
		List<String> before = this.nights.table();

		// when, then
		assertThatThrownBy(() -> this.nights.night(NIGHT_2, B)).isInstanceOf(InputRefusedException.class)
			.hasMessageContaining("2026-10-30 is before 2026-10-31");
		assertThat(this.nights.table()).isEqualTo(before);
		assertThat(Nights.newest(this.nights.jdbc())).contains(NIGHT_3);
	}

	/** history.csv's rows: each break's ID, then the rest of its line; by break_id. */
	private static String sorted(Map<BreakRow, String> lines) {
		return lines.entrySet()
			.stream()
			.map(line -> id(line.getKey()) + "," + line.getValue() + "\n")
			.sorted(CodePoints.ORDER)
			.collect(Collectors.joining());
	}

	/** Table rows with {@code {A}} … for the IDs, by night then break_id. */
	private static List<String> sortedRows(String... rows) {
		Map<String, BreakRow> labels = Map.of("{A}", A, "{B}", B, "{C}", C, "{D}", D, "{G}", G);
		return Arrays.stream(rows).map(row -> {
			String named = row;
			for (Map.Entry<String, BreakRow> label : labels.entrySet()) {
				named = named.replace(label.getKey(), id(label.getValue()));
			}
			return named;
		}).sorted(CodePoints.ORDER).toList();
	}

}
