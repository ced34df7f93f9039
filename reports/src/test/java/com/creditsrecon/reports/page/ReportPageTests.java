package com.creditsrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.reports.run.NightReport;
import com.creditsrecon.reports.run.RunReport;

class ReportPageTests {

	private static final String HOSTILE = "<script>alert(1)</script>";

	@TempDir
	Path folder;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	static RunReport run(LocalDate asOf) {
		return new RunReport("run", asOf, 0, null, Map.of("materiality", "0.00"),
				List.of(new RunReport.InputFile("partners.csv", "partners", 5, 4, 1, 0, "ab"),
						new RunReport.InputFile("usage/2026-10-31-export.csv", "usage", 10, 10, 0, 2, "cd")),
				List.of(), List.of(), Map.of());
	}

	/** A small world of three currencies, a hostile partner name and a forecast. */
	static void world(Path folder, boolean forecast) throws IOException {
		write(folder, "lots.csv",
				"""
						lot_id,benefit_id,purchase_id,partner_id,benefit_type,experience,scope_type,billing_profile_id,subscription_id,currency,original_amount,start_date,end_date,charged,adjusted,lapsed,expired,revoked,closed_balance,status,partner_name,country,days_to_expiry
						PU1-AZBULK-01,PU1-AZBULK,PU1,P1,AZURE_BULK,MODERNIZED,BILLING_PROFILE,BP1,,USD,1000.00,2026-01-01,2026-11-15,250.50,0.00,0.00,0.00,0.00,749.50,ACTIVE,"<script>alert(1)</script>",US,15
						PU1-GHCOPILOT-01,PU1-GHCOPILOT,PU1,P1,GITHUB_COPILOT_ENTERPRISE,MODERNIZED,BILLING_PROFILE,BP1,,USD,468.00,2026-01-01,2026-12-31,0.00,0.00,0.00,0.00,0.00,468.00,ACTIVE,"<script>alert(1)</script>",US,61
						PU2-AZMONTHLY-10,PU2-AZMONTHLY,PU2,P2,AZURE_MONTHLY,MODERNIZED,BILLING_PROFILE,BP2,,EUR,100.00,2026-10-01,2026-10-31,20.00,0.00,0.00,0.00,0.00,80.00,ACTIVE,Contoso & Co,DE,0
						PU3-AZBULK-01,PU3-AZBULK,PU3,P3,AZURE_BULK,LEGACY,SUBSCRIPTION,BP3,S3,JPY,50000,2025-12-01,2026-11-30,10000,0,0,0,0,40000,ACTIVE,Fabrikam,JP,30
						""");
		write(folder, "benefits.csv",
				"""
						benefit_id,purchase_id,partner_id,country,region,benefit_type,experience,status,activate_by,currency,entitlement,granted,charged,adjusted,lapsed,expired,revoked,closed_balance,partner_name
						PU1-AZBULK,PU1,P1,US,AMER,AZURE_BULK,MODERNIZED,ACTIVE,,USD,1000.00,1000.00,250.50,0.00,0.00,0.00,0.00,749.50,"<script>alert(1)</script>"
						PU1-GHCOPILOT,PU1,P1,US,AMER,GITHUB_COPILOT_ENTERPRISE,MODERNIZED,ACTIVE,,USD,468.00,468.00,0.00,0.00,0.00,0.00,0.00,468.00,"<script>alert(1)</script>"
						PU2-AZMONTHLY,PU2,P2,DE,EMEA,AZURE_MONTHLY,MODERNIZED,ACTIVE,,EUR,1200.00,100.00,20.00,0.00,0.00,0.00,0.00,80.00,Contoso & Co
						PU3-AZBULK,PU3,P3,JP,APAC,AZURE_BULK,LEGACY,ACTIVE,,JPY,50000,50000,10000,0,0,0,0,40000,Fabrikam
						PU4-AZBULK,PU4,P4,US,AMER,AZURE_BULK,MODERNIZED,AVAILABLE,2026-11-20,USD,6000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,Northwind
						""");
		write(folder, "events.csv", """
				date,lot_id,benefit_id,event_type,amount,closed_balance
				2025-12-01,PU3-AZBULK-01,PU3-AZBULK,NEW_CREDIT,50000,50000
				2026-01-01,PU1-AZBULK-01,PU1-AZBULK,NEW_CREDIT,1000.00,1000.00
				2026-01-01,PU1-GHCOPILOT-01,PU1-GHCOPILOT,NEW_CREDIT,468.00,468.00
				2026-03-10,PU1-AZBULK-01,PU1-AZBULK,SETTLED_CHARGES,250.50,749.50
				2026-05-01,PU3-AZBULK-01,PU3-AZBULK,SETTLED_CHARGES,10000,40000
				2026-10-01,PU2-AZMONTHLY-10,PU2-AZMONTHLY,NEW_CREDIT,100.00,100.00
				2026-10-20,PU2-AZMONTHLY-10,PU2-AZMONTHLY,SETTLED_CHARGES,20.00,80.00
				""");
		write(folder, "rollforward.csv", """
				scope_type,scope_id,currency,month,opening,new_credit,charges,adjustments,lapsed,expired,revoked,closing
				GLOBAL,GLOBAL,EUR,2026-10,0.00,100.00,20.00,0.00,0.00,0.00,0.00,80.00
				GLOBAL,GLOBAL,USD,2026-01,0.00,1468.00,0.00,0.00,0.00,0.00,0.00,1468.00
				GLOBAL,GLOBAL,USD,2026-02,1468.00,0.00,0.00,0.00,0.00,0.00,0.00,1468.00
				GLOBAL,GLOBAL,USD,2026-03,1468.00,0.00,250.50,0.00,0.00,0.00,0.00,1217.50
				PARTNER,P1,USD,2026-03,99999.00,0.00,250.50,0.00,0.00,0.00,0.00,99748.50
				""");
		write(folder, "consumption.csv", """
				billing_profile_id,month,classification,currency,rows,amount,covered,uncovered,restored,unapplied
				BP1,2026-03,ELIGIBLE,USD,3,300.00,250.50,49.50,0.00,0.00
				BP1,2026-03,MARKETPLACE,USD,1,75.00,0.00,0.00,0.00,0.00
				BP1,2026-03,REPORTED_CREDIT,USD,1,-250.50,0.00,0.00,0.00,0.00
				BP2,2026-10,ELIGIBLE,EUR,2,20.00,20.00,0.00,0.00,0.00
				""");
		write(folder, "reconciliation/breaks.csv",
				"""
						object,key,reported_key,match_method,field,expected,reported,difference,break_class,currency,partner_id,break_id,partner_name,country
						BENEFIT,PU3-AZBULK,PU3-AZBULK,REFERENCE,status,ACTIVE,EXPIRED,,UNEXPLAINED,JPY,P3,bbbbbbbbbbbbbbbb,Fabrikam,JP
						LOT,PU1-AZBULK-01,BP1|R1|2026-01-01,REFERENCE,closed_balance,749.50,700.00,-49.50,TIMING,USD,P1,aaaaaaaaaaaaaaaa,"<script>alert(1)</script>",US
						TRANSACTIONS,BP2|2026-10|EUR,BP2|2026-10|EUR,ATTRIBUTES,charges,20.00,1041.00,1021.00,UNEXPLAINED,EUR,P2,cccccccccccccccc,Contoso & Co,DE
						""");
		write(folder, "rejects/partners.csv", """
				file,line,reason_code,message,raw
				partners.csv,3,MISSING_VALUE,partner_id is blank,",x"
				""");
		if (forecast) {
			write(folder, "forecast.csv",
					"""
							lot_id,benefit_id,partner_id,partner_name,country,region,currency,closed_balance,end_date,days_to_expiry,burn_rate,projected_unused
							PU1-AZBULK-01,PU1-AZBULK,P1,"<script>alert(1)</script>",US,AMER,USD,749.50,2026-11-15,15,10.00,599.50
							PU1-GHCOPILOT-01,PU1-GHCOPILOT,P1,"<script>alert(1)</script>",US,AMER,USD,468.00,2026-12-31,61,0.00,468.00
							PU2-AZMONTHLY-10,PU2-AZMONTHLY,P2,Contoso & Co,DE,EMEA,EUR,80.00,2026-10-31,0,1.00,79.00
							""");
		}
	}

	private static void write(Path folder, String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	private Document page() throws IOException {
		return Jsoup.parse(Files.readString(this.folder.resolve("report.html")));
	}

	@Test
	void pageParsesAsHtmlAndReferencesOnlyWhatItEmbedsAndTheRunsOwnFiles() throws IOException {
		// given
		world(this.folder, true);
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		Document page = page();
		assertThat(page.title()).isNotBlank();
		assertThat(page.select("section")).hasSizeGreaterThan(5);
		assertThat(page.select("link, iframe, object, embed, [srcset]")).isEmpty();
		for (Element element : page.select("[src]")) {
			assertThat(element.attr("src")).startsWith("data:image/png;base64,");
		}
		for (Element element : page.select("[href]")) {
			String href = element.attr("href");
			if (href.startsWith("#")) {
				assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
			}
			else {
				assertThat(href).startsWith("rejects/").doesNotContain("..");
				assertThat(this.folder.resolve(href)).isRegularFile();
			}
		}
		assertThat(page.select("a[href=rejects/partners.csv]")).hasSize(1);
		assertThat(page.html()).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
	}

	@Test
	void everyChartIsWrittenEmbeddedAndNotBlank() throws IOException {
		// given
		world(this.folder, true);
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		List<Path> charts;
		try (Stream<Path> files = Files.list(this.folder.resolve("charts"))) {
			charts = files.sorted().toList();
		}
		assertThat(charts).map((file) -> file.getFileName().toString())
			.contains("balance-by-benefit-type-USD.png", "balance-by-benefit-type-EUR.png",
					"balance-by-benefit-type-JPY.png", "monthly-movements-USD.png", "breaks-by-class.png",
					"uncovered-consumption-USD.png", "balance-by-country-JPY.png")
			.noneMatch((name) -> name.contains("+"));
		for (Path chart : charts) {
			assertThat(colours(Files.readAllBytes(chart))).as(chart.toString()).isGreaterThan(20);
		}
		List<Element> images = page().select("img");
		assertThat(images).hasSize(charts.size());
		for (Element image : images) {
			byte[] png = Base64.getDecoder().decode(image.attr("src").substring("data:image/png;base64,".length()));
			assertThat(colours(png)).isGreaterThan(20);
			assertThat(image.attr("alt")).isNotBlank();
		}
	}

	private static int colours(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(PageCharts.WIDTH);
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	@Test
	@DisplayName("rule N3: a night's warnings (stale usage, a skipped export run) come first, escaped, and the title names the night")
	void nightWarningsLeadThePage() throws IOException {
		// given
		world(this.folder, false);
		RunReport plain = run(LocalDate.of(2026, 11, 3));
		RunReport night = new RunReport("nightly", plain.asOf(), 4, null, plain.policy(), plain.inputs(),
				plain.totals(), plain.breaks(), plain.outputs(), plain.durationsMs(),
				List.of("stale inputs: the usage in effect ends on 2026-10-31, 3 days before as-of 2026-11-03",
						"usage/<run>/: export run x skipped"),
				new NightReport(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 31), 2, true, List.of(), List.of()));
		// when
		ReportPage.write(this.folder, night);
		// then
		Document page = page();
		assertThat(page.select("h1").text()).isEqualTo("Azure credits: night of 2026-11-03");
		assertThat(page.select("section").first().id()).isEqualTo("warnings");
		assertThat(page.select("#warnings li").eachText()).containsExactly(night.warnings().toArray(new String[0]));
		assertThat(page.select("#run").text()).contains("4: completed on stale usage");
	}

	@Test
	@DisplayName("A partner named <script>alert(1)</script> shows as text, nowhere as markup")
	void hostilePartnerNameIsEscaped() throws IOException {
		// given
		world(this.folder, true);
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		Document page = page();
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").first().html()).doesNotContain("alert");
		assertThat(page.select("#breaks td a").eachText()).contains(HOSTILE);
		assertThat(page.select("article.partner h3").eachText()).anyMatch((title) -> title.startsWith(HOSTILE));
		assertThat(page.select("#breaks td").eachText()).contains("Contoso & Co");
	}

	@Test
	@DisplayName("Golden: the closing balance per currency is the sum of lots.csv, the roll-forward its GLOBAL rows")
	void numbersAgreeWithTheCsvFiles() throws IOException {
		// given
		world(this.folder, true);
		Map<String, BigDecimal> closing = new TreeMap<>();
		CsvRows.forEach(this.folder.resolve("lots.csv"), (row) -> closing.merge(row.get("currency"),
				new BigDecimal(row.get("closed_balance")), BigDecimal::add));
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		Document page = page();
		Map<String, String> shown = new TreeMap<>();
		for (Element row : page.select("#balances table").first().select("tbody tr")) {
			shown.put(row.child(0).text(), row.child(7).attr("data-v"));
			assertThat(row.child(7).text()).endsWith(" " + row.child(0).text());
		}
		assertThat(shown).isEqualTo(Map.of("EUR", "80.00", "JPY", "40000", "USD", "1217.50"));
		closing.forEach((currency, sum) -> assertThat(new BigDecimal(shown.get(currency))).isEqualByComparingTo(sum));
		assertThat(page.select("#glance td").eachText()).contains("1,217.50 USD", "40,000 JPY", "80.00 EUR");
		List<String> rollforward = page.select("#rollforward tbody tr")
			.stream()
			.map((row) -> String.join(",",
					row.select("td")
						.stream()
						.map((td) -> td.hasAttr("data-v") ? td.attr("data-v") : td.text())
						.toList()))
			.toList();
		assertThat(rollforward).containsExactly("2026-10,0.00,100.00,20.00,0.00,0.00,0.00,0.00,80.00",
				"2026-01,0.00,1468.00,0.00,0.00,0.00,0.00,0.00,1468.00",
				"2026-02,1468.00,0.00,0.00,0.00,0.00,0.00,0.00,1468.00",
				"2026-03,1468.00,0.00,250.50,0.00,0.00,0.00,0.00,1217.50");
		assertThat(page.select("#forecast td").eachText()).contains("1,067.50 USD", "79.00 EUR");
		assertThat(page.select("#risk td").eachText()).contains("PU4-AZBULK", "6,000.00 USD", "PU2-AZMONTHLY-10");
	}

	@Test
	void anEmptyFolderGivesNoDataChartsAndSentencesInsteadOfTables() throws IOException {
		// when
		ReportPage.write(this.folder, run(null));
		// then
		try (Stream<Path> files = Files.list(this.folder.resolve("charts"))) {
			assertThat(files.map((file) -> file.getFileName().toString()).sorted()).containsExactly(
					"balance-by-benefit-type.png", "balance-by-country.png", "breaks-by-class.png",
					"monthly-movements.png", "uncovered-consumption.png");
		}
		for (Element image : page().select("img")) {
			byte[] png = Base64.getDecoder().decode(image.attr("src").substring("data:image/png;base64,".length()));
			assertThat(colours(png)).as("the title and 'No data' are drawn").isGreaterThan(2);
		}
		Document page = page();
		assertThat(page.text()).contains("No break", "No forecast", "as-of day is not known");
	}

	@Test
	void withoutNamesOrForecastThePartnerIdStandsInAndTheForecastIsSkipped() throws IOException {
		// given
		world(this.folder, false);
		String lots = Files.readString(this.folder.resolve("lots.csv"))
			.replace(",partner_name,country,days_to_expiry", "")
			.replaceAll(",(\"<script>alert\\(1\\)</script>\"|Contoso & Co|Fabrikam),[A-Z]{2},\\d+", "");
		Files.writeString(this.folder.resolve("lots.csv"), lots);
		Files.writeString(this.folder.resolve("reconciliation/breaks.csv"),
				Files.readString(this.folder.resolve("reconciliation/breaks.csv"))
					.replace(HOSTILE, "")
					.replace("\"\"", ""));
		Files.writeString(this.folder.resolve("benefits.csv"),
				Files.readString(this.folder.resolve("benefits.csv")).replace("\"" + HOSTILE + "\"", ""));
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		Document page = page();
		assertThat(page.select("#forecast").text()).contains("No forecast: this run wrote no forecast.csv.");
		assertThat(page.select("#breaks td a").eachText()).contains("P1");
	}

	@Test
	void theSameFolderGivesTheSameBytes() throws IOException {
		// given
		world(this.folder, true);
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		byte[] html = Files.readAllBytes(this.folder.resolve("report.html"));
		Map<String, byte[]> charts = charts();
		// when
		ReportPage.write(this.folder, run(LocalDate.of(2026, 10, 31)));
		// then
		assertThat(Files.readAllBytes(this.folder.resolve("report.html"))).isEqualTo(html);
		Map<String, byte[]> again = charts();
		assertThat(again.keySet()).isEqualTo(charts.keySet());
		charts.forEach((name, png) -> assertThat(again.get(name)).as(name).isEqualTo(png));
	}

	private Map<String, byte[]> charts() throws IOException {
		Map<String, byte[]> charts = new TreeMap<>();
		try (Stream<Path> files = Files.list(this.folder.resolve("charts"))) {
			for (Path file : files.toList()) {
				charts.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return charts;
	}

}
