package com.creditsrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

import com.creditsrecon.reports.run.RunReport;
import com.creditsrecon.reports.run.WhatIfScenario;

class WhatIfPageTests {

	private static final String HOSTILE = "<script>alert(1)</script>";

	private static final String HOSTILE_REGION = "<img src=x onerror=alert(2)>";

	/**
	 * Two scenarios: emea-early moves credit from EUR to USD in DE; the hostile one
	 * lapses more USD in the US. 300 USD and -500 EUR must never make -200 of anything.
	 */
	private static final String WHATIF = """
			scenario,scope_type,scope_id,currency,measure,value,baseline,delta
			<script>alert(1)</script>,COUNTRY,DE,,purchases_modernized,4,4,0
			<script>alert(1)</script>,COUNTRY,US,,purchases_modernized,6,6,0
			<script>alert(1)</script>,COUNTRY,US,USD,granted,900.00,900.00,0.00
			<script>alert(1)</script>,COUNTRY,US,USD,lapsed,140.00,40.00,100.00
			<script>alert(1)</script>,GLOBAL,GLOBAL,,purchases_modernized,10,10,0
			<script>alert(1)</script>,GLOBAL,GLOBAL,,rejected:NO_SEAT_AVAILABLE,3,3,0
			<script>alert(1)</script>,GLOBAL,GLOBAL,EUR,granted,5000.00,5000.00,0.00
			<script>alert(1)</script>,GLOBAL,GLOBAL,USD,granted,1000.00,1000.00,0.00
			<script>alert(1)</script>,GLOBAL,GLOBAL,USD,lapsed,140.00,40.00,100.00
			<script>alert(1)</script>,REGION,AMER,USD,lapsed,140.00,40.00,100.00
			baseline,COUNTRY,DE,,purchases_modernized,4,4,0
			baseline,COUNTRY,DE,EUR,granted,2000.00,2000.00,0.00
			baseline,COUNTRY,DE,USD,granted,100.00,100.00,0.00
			baseline,GLOBAL,GLOBAL,,purchases_legacy,6,6,0
			baseline,GLOBAL,GLOBAL,,purchases_modernized,10,10,0
			baseline,GLOBAL,GLOBAL,,rejected:NO_SEAT_AVAILABLE,3,3,0
			baseline,GLOBAL,GLOBAL,EUR,granted,5000.00,5000.00,0.00
			baseline,GLOBAL,GLOBAL,USD,granted,1000.00,1000.00,0.00
			baseline,GLOBAL,GLOBAL,USD,lapsed,40.00,40.00,0.00
			emea-early,COUNTRY,DE,,purchases_modernized,8,4,4
			emea-early,COUNTRY,DE,EUR,granted,1500.00,2000.00,-500.00
			emea-early,COUNTRY,DE,USD,granted,400.00,100.00,300.00
			emea-early,GLOBAL,GLOBAL,,purchases_legacy,2,6,-4
			emea-early,GLOBAL,GLOBAL,,purchases_modernized,14,10,4
			emea-early,GLOBAL,GLOBAL,,rejected:NO_SEAT_AVAILABLE,5,3,2
			emea-early,GLOBAL,GLOBAL,EUR,granted,4500.00,5000.00,-500.00
			emea-early,GLOBAL,GLOBAL,USD,granted,1300.00,1000.00,300.00
			emea-early,GLOBAL,GLOBAL,USD,lapsed,10.00,40.00,-30.00
			emea-early,REGION,<img src=x onerror=alert(2)>,EUR,granted,1500.00,2000.00,-500.00
			emea-early,REGION,<img src=x onerror=alert(2)>,USD,granted,400.00,100.00,300.00
			""";

	private static final String MONTHLY = """
			scenario,scope_type,scope_id,currency,month,measure,value,baseline,delta
			baseline,GLOBAL,GLOBAL,USD,2026-01,granted,600.00,600.00,0.00
			baseline,GLOBAL,GLOBAL,USD,2026-04,granted,400.00,400.00,0.00
			emea-early,COUNTRY,DE,USD,2026-02,granted,300.00,0.00,300.00
			emea-early,GLOBAL,GLOBAL,USD,2026-01,granted,600.00,600.00,0.00
			emea-early,GLOBAL,GLOBAL,USD,2026-02,granted,300.00,0.00,300.00
			emea-early,GLOBAL,GLOBAL,USD,2026-04,granted,400.00,400.00,0.00
			""";

	@TempDir
	Path folder;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private static RunReport run() {
		return new RunReport("whatif", LocalDate.of(2026, 10, 31), 0, null, Map.of("reassignment-limit", "'" + HOSTILE),
				List.of(new RunReport.InputFile("partners.csv", "partners", 5, 4, 1, 0, "ab")), List.of(), List.of(),
				Map.of());
	}

	private static List<WhatIfScenario> scenarios() {
		return List.of(
				new WhatIfScenario("emea-early", "whatif/emea-early.csv", "whatif/emea-early.properties",
						Map.of("EMEA", "2025-10-01"), Map.of("activation-window-days", "90")),
				new WhatIfScenario(HOSTILE, "whatif/x.csv", null, Map.of(HOSTILE_REGION, "2026-01-01"), Map.of()));
	}

	private void write(String whatif, String monthly) throws IOException {
		Files.writeString(this.folder.resolve("whatif.csv"), whatif, StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("whatif-monthly.csv"), monthly, StandardCharsets.UTF_8);
	}

	private Document written(List<WhatIfScenario> scenarios) throws IOException {
		WhatIfPage.write(this.folder, run(), scenarios);
		return page();
	}

	private Document page() throws IOException {
		return Jsoup.parse(Files.readString(this.folder.resolve("report.html")));
	}

	/** A table's body as "cell|cell|...", amounts by their text. */
	private static List<String> rows(Element table) {
		return table.select("tbody tr").stream().map((row) -> String.join("|", row.select("td").eachText())).toList();
	}

	@Test
	@DisplayName("rule W1: the page leads with the largest differences, largest first, from GLOBAL down to the country")
	void largestDifferencesComeFirstInOrder() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		// when
		Document page = written(scenarios());
		// then
		assertThat(page.select("main > section").first().id()).isEqualTo("differences");
		List<Element> tables = page.select("#differences table");
		assertThat(page.select("#differences h3").eachText()).containsExactly("Amounts in EUR", "Amounts in USD",
				"Counts");
		assertThat(rows(tables.get(1))).containsExactly(
				"emea-early|Global|Credit granted|+300.00 USD|+30.0 %|1,000.00 USD|1,300.00 USD",
				"emea-early|Region " + HOSTILE_REGION + "|Credit granted|+300.00 USD|+300.0 %|100.00 USD|400.00 USD",
				"emea-early|Country DE|Credit granted|+300.00 USD|+300.0 %|100.00 USD|400.00 USD",
				HOSTILE + "|Global|Lapsed|+100.00 USD|+250.0 %|40.00 USD|140.00 USD",
				HOSTILE + "|Region AMER|Lapsed|+100.00 USD|+250.0 %|40.00 USD|140.00 USD",
				HOSTILE + "|Country US|Lapsed|+100.00 USD|+250.0 %|40.00 USD|140.00 USD",
				"emea-early|Global|Lapsed|-30.00 USD|-75.0 %|40.00 USD|10.00 USD");
		assertThat(rows(tables.get(2))).containsExactly("emea-early|Global|Modernized purchases|+4|+40.0 %|10|14",
				"emea-early|Global|Legacy purchases|-4|-66.7 %|6|2",
				"emea-early|Country DE|Modernized purchases|+4|+100.0 %|4|8",
				"emea-early|Global|Rejected: NO_SEAT_AVAILABLE|+2|+66.7 %|3|5");
		assertThat(page.select("#differences td").eachText()).noneMatch((cell) -> cell.startsWith("baseline"));
	}

	@Test
	@DisplayName("rule W1: amounts are never added across currencies, and counts stay apart from amounts")
	void noFigureAddsCurrencies() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		// when
		Document page = written(scenarios());
		// then
		for (Element table : page.select("#differences table, #countries table, #regions table")) {
			String title = heading(table);
			for (Element cell : table.select("td.num")) {
				if (cell.text().endsWith("%") || cell.text().equals("new") || cell.text().isEmpty()) {
					continue;
				}
				if (title.startsWith("Amounts in ")) {
					assertThat(cell.text()).as(title).endsWith(" " + title.substring("Amounts in ".length()));
				}
				else {
					assertThat(cell.text()).as(title).doesNotContain("USD").doesNotContain("EUR");
				}
			}
		}
		// 1,000 USD + 5,000 EUR, 300 USD - 500 EUR, 100 USD + 2,000 EUR: none is shown.
		assertThat(page.text()).doesNotContain("6,000.00").doesNotContain("-200.00").doesNotContain("2,100.00");
		assertThat(rows(page.select("#summary table").first())).contains(
				"Credit granted (EUR)|5,000.00 EUR|5,000.00 EUR|0.00 EUR|4,500.00 EUR|-500.00 EUR",
				"Credit granted (USD)|1,000.00 USD|1,000.00 USD|0.00 USD|1,300.00 USD|+300.00 USD",
				"Modernized purchases|10|10|0|14|+4");
	}

	@Test
	@DisplayName("rule W1: the GLOBAL figures put the scenarios side by side, headline measures first, reasons last")
	void globalSummaryReadsHeadlinesFirst() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		// when
		Document page = written(scenarios());
		// then
		assertThat(page.select("#summary th").eachText()).containsExactly("Measure", "Baseline", HOSTILE,
				HOSTILE + ", difference", "emea-early", "emea-early, difference");
		assertThat(page.select("#summary tbody td:first-child").eachText()).containsExactly("Modernized purchases",
				"Legacy purchases", "Rejected actions", "Credit granted (EUR)", "Credit granted (USD)", "Lapsed (USD)",
				"Rejected: NO_SEAT_AVAILABLE");
		assertThat(rows(page.select("#summary table").first()))
			.contains("Lapsed (USD)|40.00 USD|140.00 USD|" + "+100.00 USD|10.00 USD|-30.00 USD");
	}

	@Test
	@DisplayName("rule W1: the main currency is the one most countries were granted credit in, not the largest number")
	void mainCurrencyFirst() throws IOException {
		// given: USD granted in DE and US; 52 million JPY in JP alone
		write(WHATIF + """
				baseline,COUNTRY,US,USD,granted,900.00,900.00,0.00
				baseline,COUNTRY,JP,JPY,granted,52180000,52180000,0
				baseline,GLOBAL,GLOBAL,JPY,granted,52180000,52180000,0
				""", MONTHLY);
		// when
		Document page = written(scenarios());
		// then
		assertThat(page.select("#differences h3").eachText()).containsExactly("Amounts in USD", "Amounts in JPY",
				"Amounts in EUR", "Counts");
		assertThat(page.select("#charts figcaption").eachText()).first()
			.asString()
			.endsWith("charts/whatif-granted-difference-by-country-USD.png");
	}

	@Test
	@DisplayName("rule W1: scenario names, scope ids and policy values from the inputs show as text, never as markup")
	void inputTextIsEscaped() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		// when
		Document page = written(scenarios());
		// then
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").first().html()).doesNotContain("alert");
		assertThat(page.select("img")).allMatch((img) -> img.attr("src").startsWith("data:image/png;base64,"));
		assertThat(page.select("#scenarios h3").eachText()).containsExactly(HOSTILE, "emea-early");
		assertThat(page.select("#scenarios td").eachText()).contains(HOSTILE_REGION, "2026-01-01",
				"activation-window-days", "90");
		assertThat(page.select("#run td").eachText()).contains("'" + HOSTILE);
		assertThat(page.select("#differences td").eachText()).contains(HOSTILE, "Region " + HOSTILE_REGION);
		assertThat(page.select("#summary th").eachText()).contains(HOSTILE, HOSTILE + ", difference");
	}

	@Test
	@DisplayName("rule W1: every chart is written under charts/whatif-*.png, embedded and not blank")
	void everyChartIsWrittenAndEmbedded() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		// when
		WhatIfPage.write(this.folder, run(), scenarios());
		// then
		assertThat(chartNames()).containsExactly("whatif-granted-by-month-EUR.png", "whatif-granted-by-month-USD.png",
				"whatif-granted-difference-by-country-EUR.png", "whatif-granted-difference-by-country-USD.png",
				"whatif-granted-difference-by-region-EUR.png", "whatif-granted-difference-by-region-USD.png",
				"whatif-lapsed-expired-by-month-EUR.png", "whatif-lapsed-expired-by-month-USD.png",
				"whatif-lapsed-expired-difference-by-country-EUR.png",
				"whatif-lapsed-expired-difference-by-country-USD.png",
				"whatif-lapsed-expired-difference-by-region-EUR.png",
				"whatif-lapsed-expired-difference-by-region-USD.png", "whatif-modernized-purchases-by-country.png",
				"whatif-rejected-actions-difference-by-reason.png", "whatif-rejected-actions.png");
		for (String name : chartNames()) {
			assertThat(colours(Files.readAllBytes(this.folder.resolve("charts").resolve(name)))).as(name)
				.isGreaterThan(20);
		}
		List<Element> images = page().select("#charts img");
		assertThat(images).hasSize(chartNames().size());
		for (Element image : images) {
			assertThat(image.attr("alt")).isNotBlank();
			assertThat(colours(png(image))).isGreaterThan(20);
		}
	}

	@Test
	@DisplayName("rule W1: scenarios equal to the baseline give a sentence and 'No difference' charts, not empty plots")
	void noDifferenceGivesNoDataInsteadOfEmptyPlots() throws IOException {
		// given
		String same = WHATIF.lines()
			.filter((line) -> line.startsWith("scenario,") || line.startsWith("baseline,"))
			.reduce("", (a, b) -> a + b + "\n");
		write(same + same.lines()
			.skip(1)
			.map((line) -> line.replace("baseline,", "emea-early,"))
			.reduce("", (a, b) -> a + b + "\n"),
				"scenario,scope_type,scope_id,currency,month,measure,value,baseline,delta\n");
		// when
		WhatIfPage.write(this.folder, run(), scenarios().subList(0, 1));
		// then
		Document page = page();
		assertThat(page.select("#differences").text())
			.contains("No difference: every scenario gives the baseline's figures everywhere.");
		assertThat(page.select("#differences table")).isEmpty();
		assertThat(page.select("#countries, #regions").text()).contains("show no difference here");
		for (String name : List.of("whatif-granted-difference-by-country-USD.png",
				"whatif-lapsed-expired-difference-by-region-EUR.png", "whatif-granted-by-month-USD.png",
				"whatif-rejected-actions-difference-by-reason.png")) {
			BufferedImage image = image(Files.readAllBytes(this.folder.resolve("charts").resolve(name)));
			assertThat(leftStripIsBlank(image)).as(name + ": no axis, only the title and the message").isTrue();
		}
	}

	@Test
	@DisplayName("rule W1: without whatif.csv the page still says so, and every chart says 'No data'")
	void missingFilesGiveAPageWithoutData() throws IOException {
		// when
		Document page = written(scenarios());
		// then
		assertThat(page.select("#differences").text()).contains("No figures: whatif.csv is missing or has no rows.");
		assertThat(page.select("#scenarios h3").eachText()).containsExactly(HOSTILE, "emea-early");
		assertThat(chartNames()).contains("whatif-granted-difference-by-country.png", "whatif-rejected-actions.png");
		for (String name : chartNames()) {
			assertThat(leftStripIsBlank(image(Files.readAllBytes(this.folder.resolve("charts").resolve(name)))))
				.as(name)
				.isTrue();
		}
	}

	@Test
	void theSameFolderGivesTheSameBytes() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		WhatIfPage.write(this.folder, run(), scenarios());
		byte[] html = Files.readAllBytes(this.folder.resolve("report.html"));
		Map<String, byte[]> charts = new TreeMap<>();
		for (String name : chartNames()) {
			charts.put(name, Files.readAllBytes(this.folder.resolve("charts").resolve(name)));
		}
		// when
		WhatIfPage.write(this.folder, run(), List.of(scenarios().get(1), scenarios().get(0)));
		// then
		assertThat(Files.readAllBytes(this.folder.resolve("report.html"))).isEqualTo(html);
		charts.forEach(
				(name, png) -> assertThat(this.folder.resolve("charts").resolve(name)).as(name).hasBinaryContent(png));
	}

	@Test
	void aPageThatCannotBeWrittenThrowsUncheckedIOException() throws IOException {
		// given
		write(WHATIF, MONTHLY);
		Files.createDirectories(this.folder.resolve("report.html"));
		// when, then
		assertThatThrownBy(() -> WhatIfPage.write(this.folder, run(), scenarios()))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("Cannot write the report");
	}

	/** The h3 a table stands under. */
	private static String heading(Element table) {
		Element sibling = table.parent().previousElementSibling();
		while (!sibling.tagName().equals("h3")) {
			sibling = sibling.previousElementSibling();
		}
		return sibling.text();
	}

	private List<String> chartNames() throws IOException {
		try (Stream<Path> files = Files.list(this.folder.resolve("charts"))) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static byte[] png(Element image) {
		return Base64.getDecoder().decode(image.attr("src").substring("data:image/png;base64,".length()));
	}

	private static BufferedImage image(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(PageCharts.WIDTH);
		return image;
	}

	private static int colours(byte[] png) throws IOException {
		BufferedImage image = image(png);
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	/** Where a chart's axis and its tick labels would be: white when there is none. */
	private static boolean leftStripIsBlank(BufferedImage image) {
		for (int y = 60; y < image.getHeight() - 60; y++) {
			for (int x = 0; x < 120; x++) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					return false;
				}
			}
		}
		return true;
	}

}
