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
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.forecast.ForecastRow;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.world.Partner;

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
		String[] benefitCells = SimulationFiles.BENEFITS.cells(new SimulationFiles.BenefitLine(benefit, null));
		String[] refundCells = SimulationFiles.CONSUMPTION.cells(refund);
		String[] decisionCells = SimulationFiles.DECISIONS.cells(decision);
		// then
		assertThat(benefitCells).containsExactly("'=PU1-AZBULK", "'=PU1", "'+P1", "DE", "", "AZURE_BULK", "MODERNIZED",
				"AVAILABLE", "2026-01-05", "", "", "", "", "'@user", "0", "USD", "1000.00", "0.00", "0.00", "0.00",
				"0.00", "0.00", "0.00", "0.00", "", "", "");
		assertThat(refundCells).containsExactly("'-bp", "2026-02", "ELIGIBLE", "USD", "2", "-3.50", "0.00", "0.00",
				"3.50", "0.00");
		assertThat(decisionCells).containsExactly("A1", "2026-01-05T09:30:00Z", "REDEEM", "P1", "PU1-X", "BP1", "", "",
				"admin@p1.com", "", "", "REJECTED", "NO_PAYMENT_INSTRUMENT", "'-a \"quoted\", message");
	}

	@Test
	void partnerNameFromTheInputsIsGuardedInBenefitsAndLots() {
		// given
		Partner partner = new Partner("P1", "=HYPERLINK(\"http://x\",\"y\")", "DE", "EMEA", List.of());
		BigDecimal zero = new BigDecimal("0.00");
		BenefitRow benefit = new BenefitRow("PU1-AZBULK", "PU1", "P1", "DE", "EMEA", "AZURE_BULK", "MODERNIZED",
				"ACTIVE", LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 6), "BP1", "", "", 0, "USD",
				new BigDecimal("1000"), zero, zero, zero, zero, zero, zero, zero, zero, LocalDate.of(2027, 1, 5));
		// when
		String[] benefitCells = SimulationFiles.BENEFITS.cells(new SimulationFiles.BenefitLine(benefit, partner));
		String[] lotCells = SimulationFiles.LOTS
			.cells(new SimulationFiles.LotLine(lot("ACTIVE"), partner, LocalDate.of(2026, 10, 31)));
		// then
		assertThat(benefitCells[benefitCells.length - 1]).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(lotCells).endsWith("'=HYPERLINK(\"http://x\",\"y\")", "DE", "61");
	}

	@Test
	void lotsHaveThePartnerAndTheDaysToExpiryOfOpenLotsAfterTheirOwnColumns() {
		// given
		Partner partner = new Partner("P1", "Contoso, Ltd", "DE", "EMEA", List.of());
		LocalDate asOf = LocalDate.of(2026, 10, 31);
		// when
		String[] open = SimulationFiles.LOTS.cells(new SimulationFiles.LotLine(lot("ACTIVE"), partner, asOf));
		String[] closed = SimulationFiles.LOTS.cells(new SimulationFiles.LotLine(lot("EXPIRED"), partner, asOf));
		String[] unknown = SimulationFiles.LOTS.cells(new SimulationFiles.LotLine(lot("ACTIVE"), null, asOf));
		// then
		assertThat(SimulationFiles.LOTS.header()).endsWith("closed_balance", "status", "partner_name", "country",
				"days_to_expiry");
		assertThat(open).endsWith("ACTIVE", "Contoso, Ltd", "DE", "61");
		assertThat(closed).endsWith("EXPIRED", "Contoso, Ltd", "DE", "");
		assertThat(unknown).endsWith("ACTIVE", "", "", "61");
	}

	@Test
	void forecastFileHasTheColumnsOfOutputsMdAndMinorUnitAmounts() throws IOException {
		// given
		List<ForecastRow> rows = List.of(
				new ForecastRow("PU4-AZBULK-01", "PU4-AZBULK", "P1", "@Contoso", "DE", "EMEA", "EUR",
						new BigDecimal("200.00"), LocalDate.of(2026, 11, 15), 15, new BigDecimal("0.00"),
						new BigDecimal("200.00")),
				new ForecastRow("PU3-AZBULK-01", "PU3-AZBULK", "P2", "", "", "", "JPY", new BigDecimal("50000"),
						LocalDate.of(2027, 1, 31), 92, new BigDecimal("333"), new BigDecimal("19364")));
		// when
		try (ResultFile.Writer<ForecastRow> out = SimulationFiles.FORECAST.create(this.temp)) {
			rows.forEach(out::write);
		}
		// then
		assertThat(Files.readString(this.temp.resolve("forecast.csv"), StandardCharsets.UTF_8))
			.isEqualTo("lot_id,benefit_id,partner_id,partner_name,country,region,currency,closed_balance,end_date,"
					+ "days_to_expiry,burn_rate,projected_unused\n"
					+ "PU4-AZBULK-01,PU4-AZBULK,P1,'@Contoso,DE,EMEA,EUR,200.00,2026-11-15,15,0.00,200.00\n"
					+ "PU3-AZBULK-01,PU3-AZBULK,P2,,,,JPY,50000,2027-01-31,92,333,19364\n");
	}

	@Test
	void withBomTheFileStartsWithEfBbBfAndIsOtherwiseTheSame() throws IOException {
		// given
		EventRow row = new EventRow(LocalDate.of(2026, 1, 5), "PU1-AZBULK-01", "PU1-AZBULK", EventType.NEW_CREDIT,
				"USD", new BigDecimal("1000"), new BigDecimal("1000"), "P1", "BP1");
		Path plain = this.temp.resolve("plain");
		Path bom = this.temp.resolve("bom");
		// when
		try (ResultFile.Writer<EventRow> out = SimulationFiles.EVENTS.create(plain)) {
			out.write(row);
		}
		try (ResultFile.Writer<EventRow> out = SimulationFiles.EVENTS.create(bom, true)) {
			out.write(row);
		}
		// then
		byte[] without = Files.readAllBytes(plain.resolve("events.csv"));
		byte[] with = Files.readAllBytes(bom.resolve("events.csv"));
		assertThat(without).startsWith("date,".getBytes(StandardCharsets.UTF_8));
		assertThat(with).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(Arrays.copyOfRange(with, 3, with.length)).isEqualTo(without);
	}

	private static LotRow lot(String status) {
		BigDecimal zero = new BigDecimal("0.00");
		return new LotRow("PU1-AZBULK-01", "PU1-AZBULK", "PU1", "P1", "AZURE_BULK", "MODERNIZED", "BILLING_PROFILE",
				"BP1", "", "USD", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), zero,
				zero, zero, zero, zero, new BigDecimal("1000.00"), status);
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
				"rollforward.csv", "forecast.csv");
	}

	private static ConsumptionRow consumption(String profile, String classification, long rows, String amount) {
		BigDecimal zero = BigDecimal.ZERO;
		return new ConsumptionRow(profile, YearMonth.of(2026, 2), classification, "USD", rows, new BigDecimal(amount),
				zero, new BigDecimal(amount), zero, zero);
	}

}
