package com.creditsrecon.reports.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.model.reconcile.MatchMethod;

class RunJsonWriterTests {

	@TempDir
	Path temp;

	@Test
	void writesTheShapeOfOutputsMdInAStableOrder() throws IOException {
		// given
		Map<String, String> policy = new LinkedHashMap<>();
		policy.put("provisioning-delay-days", "4");
		policy.put("monthly-period", "ANNIVERSARY");
		RunReport report = new RunReport("run", LocalDate.of(2026, 10, 31), 0, null, policy,
				List.of(new RunReport.InputFile("partners.csv", "partners", 14, 13, 1, 0, "ab")),
				List.of(new RunReport.OutputFile("rejects/partners.csv", "cd")), Map.of("import", 12L));
		Path file = this.temp.resolve("out/run.json");
		// when
		RunJsonWriter.write(report, file);
		// then
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
		assertThat(json.get("as_of").asString()).isEqualTo("2026-10-31");
		assertThat(json.get("exit_code").asInt()).isZero();
		assertThat(json.has("error")).isFalse();
		assertThat(json.get("policy").propertyNames()).containsExactly("provisioning-delay-days", "monthly-period");
		JsonNode input = json.get("inputs").get(0);
		assertThat(input.propertyNames()).containsExactly("file", "extract", "read", "loaded", "rejected", "superseded",
				"sha256");
		assertThat(input.get("rejected").asLong()).isEqualTo(1);
		assertThat(json.get("outputs").get(0).get("file").asString()).isEqualTo("rejects/partners.csv");
		assertThat(json.get("durations_ms").get("import").asLong()).isEqualTo(12);
	}

	@Test
	void totalsPerCurrencyAtTheMinorUnit() throws IOException {
		// given
		BigDecimal zero = BigDecimal.ZERO;
		RunReport report = new RunReport("run", LocalDate.of(2026, 10, 31), 0, null, Map.of(), List.of(),
				List.of(new RunReport.CurrencyTotals("JPY", 1, new BigDecimal("1500"), zero, zero, zero, zero, zero,
						new BigDecimal("1500")),
						new RunReport.CurrencyTotals("USD", 3, new BigDecimal("300.000000"), new BigDecimal("12.5"),
								zero, zero, zero, zero, new BigDecimal("287.5"))),
				List.of(), Map.of());
		Path file = this.temp.resolve("run.json");
		// when
		RunJsonWriter.write(report, file);
		// then
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
		assertThat(json.propertyNames()).containsSubsequence("inputs", "totals", "outputs", "durations_ms");
		JsonNode usd = json.get("totals").get(1);
		assertThat(usd.propertyNames()).containsExactly("currency", "lots", "granted", "charged", "adjusted", "lapsed",
				"expired", "revoked", "closed_balance");
		assertThat(usd.get("granted").asString()).isEqualTo("300.00");
		assertThat(usd.get("charged").asString()).isEqualTo("12.50");
		assertThat(usd.get("closed_balance").asString()).isEqualTo("287.50");
		assertThat(json.get("totals").get(0).get("granted").asString()).isEqualTo("1500");
	}

	@Test
	void breaksPerCurrencyNeverAddedAcrossCurrencies() throws IOException {
		// given two USD breaks, a JPY one, and one without a currency
		BreakSummary summary = new BreakSummary();
		summary.add(breakRow("-19.005", "USD"));
		summary.add(breakRow(null, "USD"));
		summary.add(breakRow("12", "JPY"));
		summary.add(breakRow("0.5", ""));
		RunReport report = new RunReport("run", LocalDate.of(2026, 10, 31), 3, null, Map.of(), List.of(), List.of(),
				RunReport.Breaks.of(summary, new BigDecimal("100.00")), List.of(), Map.of());
		Path file = this.temp.resolve("run.json");
		// when
		RunJsonWriter.write(report, file);
		// then
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
		assertThat(json.propertyNames()).containsSubsequence("totals", "breaks", "outputs");
		JsonNode breaks = json.get("breaks");
		assertThat(breaks.propertyNames()).containsExactly("count", "material", "by_currency");
		assertThat(breaks.get("count").asLong()).isEqualTo(4);
		assertThat(breaks.get("material").asBoolean()).isTrue();
		assertThat(JsonMapper.builder().build().writeValueAsString(breaks.get("by_currency")))
			.isEqualTo("[{\"currency\":null,\"count\":1,\"abs_difference\":null},"
					+ "{\"currency\":\"JPY\",\"count\":1,\"abs_difference\":\"12\"},"
					+ "{\"currency\":\"USD\",\"count\":2,\"abs_difference\":\"19.00\"}]");
	}

	private static BreakRow breakRow(String difference, String currency) {
		return new BreakRow(BreakObject.LOT, "L1", "", MatchMethod.NONE, "closed_balance", "", "",
				difference == null ? null : new BigDecimal(difference), BreakClass.UNEXPLAINED, currency, "P1");
	}

	@Test
	void aRefusedRunHasItsErrorAndNoAsOf() throws IOException {
		// given
		RunReport report = new RunReport("run", null, 2, "offers.csv: required file is missing", Map.of(), List.of(),
				List.of(), Map.of());
		Path file = this.temp.resolve("run.json");
		// when
		RunJsonWriter.write(report, file);
		// then
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
		assertThat(json.get("exit_code").asInt()).isEqualTo(2);
		assertThat(json.get("as_of").isNull()).isTrue();
		assertThat(json.get("error").asString()).isEqualTo("offers.csv: required file is missing");
	}

}
