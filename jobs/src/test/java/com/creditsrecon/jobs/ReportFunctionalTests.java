package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page and charts of a run: written after a run that completed, listed in run.json
 * with the time they took, and showing the totals run.json gives; none after a refused
 * input (rule N3).
 */
class ReportFunctionalTests extends RunFolderTests {

	@Test
	@DisplayName("a completed run of input-samples writes report.html and charts/, listed in run.json, with its totals per currency")
	void completedRunWritesThePage() throws Exception {
		RunCommand run = RunCommand.run(Path.of("../input-samples"), out());
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode json = RunCommand.runJson(out());
		List<String> outputs = new ArrayList<>();
		json.get("outputs").forEach(output -> outputs.add(output.get("file").asString()));
		assertThat(outputs).contains("report.html", "forecast.csv", "charts/monthly-movements-USD.png",
				"charts/monthly-movements-EUR.png", "charts/breaks-by-class.png");
		assertThat(json.get("durations_ms").has("report")).isTrue();
		String page = java.nio.file.Files.readString(out().resolve("report.html"));
		DecimalFormat amounts = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		for (JsonNode totals : json.get("totals")) {
			String currency = totals.get("currency").asString();
			String closing = amounts.format(new BigDecimal(totals.get("closed_balance").asString()));
			assertThat(page).as("closing balance of %s", currency).contains(closing + " " + currency);
		}
	}

	@Test
	@DisplayName("N3: a refused input writes no page and no chart")
	void refusedInputWritesNoPage() {
		InputFolder.minimal(input()).file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
		RunCommand run = RunCommand.run(input(), out());
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("rejects/users.csv", "run.json");
	}

}
