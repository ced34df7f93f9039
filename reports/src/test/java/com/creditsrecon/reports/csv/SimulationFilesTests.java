package com.creditsrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;

class SimulationFilesTests {

	@TempDir
	Path temp;

	@Test
	void eventsFileHasTheColumnsOfOutputsMdAndMinorUnitAmounts() throws IOException {
		// given
		List<EventRow> rows = List.of(
				new EventRow(LocalDate.of(2026, 1, 5), "PU1-AZBULK-01", "PU1-AZBULK", EventType.NEW_CREDIT, "USD",
						new BigDecimal("1000"), new BigDecimal("1000.000000"), "P1", "BP1"),
				new EventRow(LocalDate.of(2026, 1, 5), "PU2-AZBULK-01", "PU2-AZBULK", EventType.SETTLED_CHARGES, "JPY",
						new BigDecimal("15"), new BigDecimal("985"), "P1", ""));
		// when
		try (ResultFile.Writer<EventRow> out = SimulationFiles.EVENTS.create(this.temp)) {
			rows.forEach(out::write);
		}
		// then
		assertThat(Files.readString(this.temp.resolve("events.csv"), StandardCharsets.UTF_8))
			.isEqualTo("date,lot_id,benefit_id,event_type,amount,closed_balance\n"
					+ "2026-01-05,PU1-AZBULK-01,PU1-AZBULK,NEW_CREDIT,1000.00,1000.00\n"
					+ "2026-01-05,PU2-AZBULK-01,PU2-AZBULK,SETTLED_CHARGES,15,985\n");
	}

	@Test
	void blanksForNoneAndFormulaGuardOnTextButNotOnNumbers() {
		// given
		BigDecimal zero = new BigDecimal("0.00");
		BenefitRow benefit = new BenefitRow("=PU1-AZBULK", "=PU1", "+P1", "DE", "", "AZURE_BULK", "MODERNIZED",
				"AVAILABLE", LocalDate.of(2026, 1, 5), null, null, "", "", "@user", 0, "USD", new BigDecimal("1000"),
				zero, zero, zero, zero, zero, zero, zero, null, null);
		ConsumptionRow refund = new ConsumptionRow("-bp", YearMonth.of(2026, 2), "ELIGIBLE", "USD", 2,
				new BigDecimal("-3.5"), zero, zero, new BigDecimal("3.5"), zero);
		DecisionRow decision = new DecisionRow("A1", Instant.parse("2026-01-05T09:30:00Z"), "REDEEM", "P1", "PU1-X",
				"BP1", "", "", "admin@p1.com", "", "", false, "NO_PAYMENT_INSTRUMENT", "-a \"quoted\", message");
		// when
		String[] benefitCells = SimulationFiles.BENEFITS.cells(benefit);
		String[] refundCells = SimulationFiles.CONSUMPTION.cells(refund);
		String[] decisionCells = SimulationFiles.DECISIONS.cells(decision);
		// then
		assertThat(benefitCells).containsExactly("'=PU1-AZBULK", "'=PU1", "'+P1", "DE", "", "AZURE_BULK", "MODERNIZED",
				"AVAILABLE", "2026-01-05", "", "", "", "", "'@user", "0", "USD", "1000.00", "0.00", "0.00", "0.00",
				"0.00", "0.00", "0.00", "0.00", "", "");
		assertThat(refundCells).containsExactly("'-bp", "2026-02", "ELIGIBLE", "USD", "2", "-3.50", "0.00", "0.00",
				"3.50", "0.00");
		assertThat(decisionCells).containsExactly("A1", "2026-01-05T09:30:00Z", "REDEEM", "P1", "PU1-X", "BP1", "", "",
				"admin@p1.com", "", "", "REJECTED", "NO_PAYMENT_INSTRUMENT", "'-a \"quoted\", message");
	}

	@Test
	void consumptionRowsOfTheSameKeyAreSummed() throws IOException {
		// given: rows sorted by key, the first two sharing one
		List<ConsumptionRow> rows = List.of(consumption("", "ELIGIBLE", 1, "1.25"),
				consumption("", "ELIGIBLE", 2, "2.50"), consumption("", "MARKETPLACE", 1, "4.00"),
				consumption("BP1", "ELIGIBLE", 3, "5.00"));
		// when
		long written;
		try (ResultFile.Writer<ConsumptionRow> out = SimulationFiles.CONSUMPTION.create(this.temp)) {
			rows.forEach(out::write);
			out.close();
			written = out.rows();
		}
		// then
		assertThat(written).isEqualTo(3);
		assertThat(Files.readAllLines(this.temp.resolve("consumption.csv"))).containsExactly(
				"billing_profile_id,month,classification,currency,rows,amount,covered,uncovered,restored,unapplied",
				",2026-02,ELIGIBLE,USD,3,3.75,0.00,3.75,0.00,0.00",
				",2026-02,MARKETPLACE,USD,1,4.00,0.00,4.00,0.00,0.00",
				"BP1,2026-02,ELIGIBLE,USD,3,5.00,0.00,5.00,0.00,0.00");
	}

	@Test
	void everyFileHasItsOutputsMdName() {
		assertThat(SimulationFiles.ALL.stream().map(ResultFile::name)).containsExactly("benefits.csv", "lots.csv",
				"events.csv", "decisions.csv", "eligibility.csv", "consumption.csv", "revocations.csv",
				"rollforward.csv");
	}

	private static ConsumptionRow consumption(String profile, String classification, long rows, String amount) {
		BigDecimal zero = BigDecimal.ZERO;
		return new ConsumptionRow(profile, YearMonth.of(2026, 2), classification, "USD", rows, new BigDecimal(amount),
				zero, new BigDecimal(amount), zero, zero);
	}

}
