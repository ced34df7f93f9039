package com.creditsrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.history.BreakStatus;
import com.creditsrecon.model.history.HistoryEntry;
import com.creditsrecon.model.reconcile.BreakObject;

class HistoryFileTests {

	private static final LocalDate NIGHT_1 = LocalDate.parse("2026-10-30");

	private static final LocalDate NIGHT_2 = LocalDate.parse("2026-10-31");

	@TempDir
	Path temp;

	@Test
	void historyHasItsColumnsInOrderAmountsAtTheMinorUnitAndTextGuarded() throws IOException {
		// given: tonight's entries, as the model gives them
		List<HistoryEntry> entries = List.of(
				new HistoryEntry("0a", BreakObject.LOT, "=L1", "BP1|=L1|2026-01-05", "closed_balance", "USD", "P1",
						NIGHT_1, NIGHT_2, BreakStatus.OPEN, new BigDecimal("-2.500000"), new BigDecimal("1")),
				new HistoryEntry("0b", BreakObject.BENEFIT, "", "B9", "UNEXPECTED_IN_REPORT", "", "", NIGHT_1, NIGHT_1,
						BreakStatus.RESOLVED, null, new BigDecimal("4")),
				new HistoryEntry("0c", BreakObject.TRANSACTIONS, "BP1|2026-10|JPY", "BP1|2026-10|JPY", "charges", "JPY",
						"-P2", NIGHT_2, NIGHT_2, BreakStatus.NEW, new BigDecimal("20"), null),
				new HistoryEntry("0d", BreakObject.LOT, "L2", "BP1|L2|2026-01-05", "status", "USD", "P1", NIGHT_1,
						NIGHT_2, BreakStatus.REOPENED, null, null));

		// when
		HistoryFile.write(this.temp, entries, NIGHT_1, false);

		// then
		assertThat(Files.readString(this.temp.resolve("reconciliation/history.csv"), StandardCharsets.UTF_8)).isEqualTo(
				"""
						break_id,object,key,reported_key,field,currency,partner_id,first_seen,last_seen,status,difference,previous_difference,previous_as_of
						0a,LOT,'=L1,BP1|=L1|2026-01-05,closed_balance,USD,P1,2026-10-30,2026-10-31,OPEN,-2.50,1.00,2026-10-30
						0b,BENEFIT,,B9,UNEXPECTED_IN_REPORT,,,2026-10-30,2026-10-30,RESOLVED,,4.00,2026-10-30
						0c,TRANSACTIONS,BP1|2026-10|JPY,BP1|2026-10|JPY,charges,JPY,'-P2,2026-10-31,2026-10-31,NEW,20,,2026-10-30
						0d,LOT,L2,BP1|L2|2026-01-05,status,USD,P1,2026-10-30,2026-10-31,REOPENED,,,2026-10-30
						""");
	}

	@Test
	void theFirstNightHasNoPreviousAsOfAndAnEmptyLedgerAHeaderOnly() throws IOException {
		// given
		HistoryEntry first = new HistoryEntry("0a", BreakObject.LOT, "L1", "", "MISSING_IN_REPORT", "USD", "P1",
				NIGHT_2, NIGHT_2, BreakStatus.NEW, new BigDecimal("-10"), null);
		Path empty = this.temp.resolve("empty");

		// when
		HistoryFile.write(this.temp, List.of(first), null, true);
		HistoryFile.write(empty, List.of(), null, false);

		// then
		byte[] bytes = Files.readAllBytes(this.temp.resolve("reconciliation/history.csv"));
		assertThat(bytes).startsWith(CsvOutput.byteOrderMark());
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.endsWith("\n0a,LOT,L1,,MISSING_IN_REPORT,USD,P1,2026-10-31,2026-10-31,NEW,-10.00,,\n");
		assertThat(Files.readString(empty.resolve("reconciliation/history.csv")))
			.isEqualTo(String.join(",", HistoryFile.HISTORY.header()) + "\n");
	}

}
