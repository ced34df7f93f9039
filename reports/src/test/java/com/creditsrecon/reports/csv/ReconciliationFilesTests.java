package com.creditsrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakIds;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.model.reconcile.MatchMethod;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.reports.csv.ReconciliationFiles.IdentifiedBreak;

class ReconciliationFilesTests {

	@TempDir
	Path temp;

	@Test
	void breaksAndSummaryHaveTheColumnsOfOutputsMd() throws IOException {
		// given: rows in file order
		List<BreakRow> rows = List.of(
				new BreakRow(BreakObject.BENEFIT, "", "B9", MatchMethod.NONE, BreakRow.UNEXPECTED_IN_REPORT, "", "4.00",
						new BigDecimal("4"), BreakClass.UNEXPLAINED, "", ""),
				new BreakRow(BreakObject.LOT, "L1", "BP1|L1|2026-01-05", MatchMethod.REFERENCE, "closed_balance",
						"10.00", "7.50", new BigDecimal("-2.500000"), BreakClass.TIMING, "USD", "P1"),
				new BreakRow(BreakObject.LOT, "L1", "BP1|L1|2026-01-05", MatchMethod.REFERENCE, "status", "ACTIVE",
						"Expired", null, BreakClass.TIMING, "USD", "P1"),
				new BreakRow(BreakObject.TRANSACTIONS, "BP1|2026-01|JPY", "BP1|2026-01|JPY", MatchMethod.ATTRIBUTES,
						"charges", "100", "120", new BigDecimal("20"), BreakClass.UNEXPLAINED, "JPY", "P1"));
		BreakIds ids = new BreakIds();
		List<String> id = rows.stream().map(ids::next).toList();
		// when
		BreakSummary summary = ReconciliationFiles.write(this.temp, rows::forEach);
		// then
		assertThat(Files.readString(this.temp.resolve("reconciliation/breaks.csv"), StandardCharsets.UTF_8))
			.isEqualTo("object,key,reported_key,match_method,field,expected,reported,difference,break_class,currency,"
					+ "partner_id,break_id,partner_name,country\n"
					+ "BENEFIT,,B9,NONE,UNEXPECTED_IN_REPORT,,4.00,4.00,UNEXPLAINED,,," + id.get(0) + ",,\n"
					+ "LOT,L1,BP1|L1|2026-01-05,REFERENCE,closed_balance,10.00,7.50,-2.50,TIMING,USD,P1," + id.get(1)
					+ ",,\n" + "LOT,L1,BP1|L1|2026-01-05,REFERENCE,status,ACTIVE,Expired,,TIMING,USD,P1," + id.get(2)
					+ ",,\n"
					+ "TRANSACTIONS,BP1|2026-01|JPY,BP1|2026-01|JPY,ATTRIBUTES,charges,100,120,20,UNEXPLAINED,JPY,P1,"
					+ id.get(3) + ",,\n");
		assertThat(Files.readString(this.temp.resolve("reconciliation/summary.csv"), StandardCharsets.UTF_8))
			.isEqualTo("object,break_class,currency,count,abs_difference\n" + "BENEFIT,UNEXPLAINED,,1,\n"
					+ "LOT,TIMING,USD,2,2.50\n" + "TRANSACTIONS,UNEXPLAINED,JPY,1,20\n");
		assertThat(summary.count()).isEqualTo(4);
	}

	@Test
	void rowsThatWouldShareAnIdAreNumberedInFileOrder() throws IOException {
		// given two unexpected lots without reference, on one profile and day
		BreakRow unexpected = new BreakRow(BreakObject.LOT, "", "BP1||2026-01-05", MatchMethod.NONE,
				BreakRow.UNEXPECTED_IN_REPORT, "", "3.00", new BigDecimal("3"), BreakClass.UNEXPLAINED, "USD", "P1");
		BreakRow other = new BreakRow(BreakObject.LOT, "", "BP1||2026-01-05", MatchMethod.NONE,
				BreakRow.UNEXPECTED_IN_REPORT, "", "5.00", new BigDecimal("5"), BreakClass.UNEXPLAINED, "USD", "P1");
		// when
		ReconciliationFiles.write(this.temp, List.of(unexpected, other)::forEach);
		// then
		List<String> lines = Files.readAllLines(this.temp.resolve("reconciliation/breaks.csv"));
		// break_id, then the partner's name and country (no imported partner here)
		String first = lines.get(1).split(",", -1)[11];
		assertThat(first).matches("[0-9a-f]{16}");
		assertThat(lines.get(2)).endsWith("," + first + "-2,,");
	}

	@Test
	void amountsAreNeverGuardedTextIs() {
		// given: a negative reported balance, a profile that reads as a formula
		BreakRow negative = new BreakRow(BreakObject.LOT, "", "=BP|PO|2026-01-05", MatchMethod.NONE,
				BreakRow.UNEXPECTED_IN_REPORT, "", "-3.00", new BigDecimal("-3.00"), BreakClass.UNEXPLAINED, "USD",
				"+P1");
		BreakRow profile = new BreakRow(BreakObject.LOT, "L1", "-BP|L1|2026-01-05", MatchMethod.REFERENCE,
				"billing_profile_id", "BP1", "-BP", null, BreakClass.UNEXPLAINED, "USD", "P1");
		// when
		String[] negativeCells = ReconciliationFiles.BREAKS.cells(new IdentifiedBreak(negative, "0123456789abcdef"));
		String[] profileCells = ReconciliationFiles.BREAKS.cells(new IdentifiedBreak(profile, "fedcba9876543210"));
		// then
		assertThat(negativeCells).containsExactly("LOT", "", "'=BP|PO|2026-01-05", "NONE", "UNEXPECTED_IN_REPORT", "",
				"-3.00", "-3.00", "UNEXPLAINED", "USD", "'+P1", "0123456789abcdef", "", "");
		assertThat(profileCells[2]).isEqualTo("'-BP|L1|2026-01-05");
		assertThat(profileCells[6]).isEqualTo("'-BP");
	}

	@Test
	void breaksHaveTheirPartnersNameAndCountryGuardedAndBlankWithoutAPartner() throws IOException {
		// given
		Partner partner = new Partner("P1", "=HYPERLINK(\"http://x\")", "DE", "EMEA", List.of());
		BreakRow owned = new BreakRow(BreakObject.LOT, "L1", "", MatchMethod.NONE, BreakRow.MISSING_IN_REPORT, "", "",
				null, BreakClass.DEPOSIT_MISSING, "USD", "P1");
		BreakRow unowned = new BreakRow(BreakObject.BENEFIT, "", "B9", MatchMethod.NONE, BreakRow.UNEXPECTED_IN_REPORT,
				"", "", null, BreakClass.UNEXPLAINED, "", "");
		// when
		ReconciliationFiles.write(this.temp, Map.of("P1", partner)::get, false, List.of(unowned, owned)::forEach);
		// then
		List<String> lines = Files.readAllLines(this.temp.resolve("reconciliation/breaks.csv"));
		assertThat(lines.get(0)).endsWith(",partner_id,break_id,partner_name,country");
		assertThat(lines.get(1)).startsWith("BENEFIT,").endsWith(",,");
		assertThat(lines.get(2)).startsWith("LOT,").endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\",DE");
	}

	@Test
	void differencesKeepTheDigitsOfAReportedAmount() {
		assertThat(ReconciliationFiles.difference(new BigDecimal("0.005000"), "USD")).isEqualTo("0.005");
		assertThat(ReconciliationFiles.difference(new BigDecimal("12.5"), "")).isEqualTo("12.50");
		assertThat(ReconciliationFiles.difference(new BigDecimal("1E+3"), "JPY")).isEqualTo("1000");
		assertThat(ReconciliationFiles.difference(null, "USD")).isEmpty();
	}

}
