package com.creditsrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.history.BreakHistory;
import com.creditsrecon.model.history.HistoryEntry;
import com.creditsrecon.model.history.NightBreak;
import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.MatchMethod;
import com.creditsrecon.reports.csv.HistoryFile;

/**
 * The page of a nightly run leads with what changed since the previous night, read from
 * reconciliation/history.csv as the model and HistoryFile write it.
 */
class ReportPageHistoryTests {

	private static final LocalDate NIGHT_1 = LocalDate.parse("2026-10-29");

	private static final LocalDate NIGHT_2 = LocalDate.parse("2026-10-30");

	private static final LocalDate TONIGHT = LocalDate.parse("2026-10-31");

	private static final String HOSTILE = "<script>alert(1)</script>";

	@TempDir
	Path folder;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	/**
	 * Three nights: r1 moves, r2 stays, r3 and r6 are resolved tonight, r4 was resolved
	 * the night before, r5 comes back with another amount, r7 and r8 are new.
	 */
	private void threeNights() throws IOException {
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(),
				List.of(lot("r1", "P1", "-49.50", "USD"), lot("r2", "P2", "1021", "EUR"), status("r3", "P3"),
						lot("r4", "P1", "7", "USD"), lot("r5", "P2", "300", "USD")),
				NIGHT_1);
		List<HistoryEntry> night2 = BreakHistory.tonight(night1, List.of(lot("r1", "P1", "-49.50", "USD"),
				lot("r2", "P2", "1000", "EUR"), status("r3", "P3"), lot("r6", "P3", "5000", "JPY")), NIGHT_2);
		List<HistoryEntry> tonight = BreakHistory.tonight(night2,
				List.of(lot("r1", "P1", "-60", "USD"), lot("r2", "P2", "1000", "EUR"), lot("r5", "P2", "250", "USD"),
						lot("r7", "P1", "12", "USD"), status("r8", "P1")),
				TONIGHT);
		HistoryFile.write(this.folder, tonight, NIGHT_2, false);
	}

	@Test
	@DisplayName("The page leads with the changes since the previous night: counts, then new, resolved and moved")
	void pageLeadsWithTheChangesSinceThePreviousNight() throws IOException {
		// given
		ReportPageTests.world(this.folder, true);
		threeNights();

		// when
		ReportPage.write(this.folder, ReportPageTests.run(TONIGHT));

		// then
		Document page = page();
		Element first = page.selectFirst("main > section");
		assertThat(first.id()).isEqualTo("since");
		assertThat(first.selectFirst("h2").text()).isEqualTo("Since the previous night (2026-10-30)");
		assertThat(page.selectFirst("nav a").attr("href")).isEqualTo("#since");
		assertThat(rows(first.selectFirst("table"))).containsExactly("New|2", "Reopened|1", "Resolved|2",
				"Amount moved|2");
		assertThat(rows(page.selectFirst("#since-new + div table"))).containsExactly(
				"Contoso & Co|REOPENED|LOT|L-r5|closed_balance|250.00 USD|2026-10-29",
				HOSTILE + "|NEW|LOT|L-r7|closed_balance|12.00 USD|2026-10-31",
				HOSTILE + "|NEW|LOT|L-r8|status||2026-10-31");
		assertThat(rows(page.selectFirst("#since-resolved + div table"))).containsExactly(
				"Fabrikam|LOT|L-r6|closed_balance|5,000 JPY|2026-10-30|2026-10-30",
				"Fabrikam|LOT|L-r3|status||2026-10-29|2026-10-30");
		assertThat(rows(page.selectFirst("#since-moved + div table"))).containsExactly(
				"Contoso & Co|LOT|L-r5|closed_balance|300.00 USD|250.00 USD|-50.00 USD",
				HOSTILE + "|LOT|L-r1|closed_balance|-49.50 USD|-60.00 USD|-10.50 USD");
		for (Element link : page.select("a[href^=#]")) {
			assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
		}
		assertThat(first.select("a[href^=#p-]")).isNotEmpty();
		assertThat(first.select("script")).isEmpty();
	}

	@Test
	@DisplayName("The first night says so in one line")
	void theFirstNightSaysSoInOneLine() throws IOException {
		// given
		ReportPageTests.world(this.folder, true);
		HistoryFile.write(this.folder,
				BreakHistory.tonight(List.of(), List.of(lot("r1", "P1", "-49.50", "USD"), status("r3", "P3")), TONIGHT),
				null, false);

		// when
		ReportPage.write(this.folder, ReportPageTests.run(TONIGHT));

		// then
		Element first = page().selectFirst("main > section");
		assertThat(first.id()).isEqualTo("since");
		assertThat(first.selectFirst("h2").text()).isEqualTo("Since the previous night");
		assertThat(first.select("p")).hasSize(1);
		assertThat(first.select("p").text()).isEqualTo(
				"The first night recorded: there is no previous night to compare with; every break of tonight (2) is new.");
		assertThat(first.select("table")).isEmpty();
	}

	@Test
	@DisplayName("The short tables show the 10 largest by absolute difference, and say how many there are")
	void shortTablesShowTheLargest() throws IOException {
		// given
		List<NightBreak> twelve = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			twelve.add(lot(String.format("n%02d", i), "P1", (i % 2 == 0 ? "-" : "") + i, "USD"));
		}
		List<HistoryEntry> before = BreakHistory.tonight(List.of(), List.of(lot("r1", "P1", "1", "USD")), NIGHT_2);
		HistoryFile.write(this.folder, BreakHistory.tonight(before, twelve, TONIGHT), NIGHT_2, false);

		// when
		ReportPage.write(this.folder, ReportPageTests.run(TONIGHT));

		// then
		Document page = page();
		assertThat(page.select("#since p").eachText())
			.contains("The 10 largest of 12 by absolute difference, breaks without an amount after them.");
		assertThat(page.select("#since-new + p + div tbody tr")).hasSize(10);
		assertThat(page.select("#since-new + p + div tbody tr td:eq(3)").eachText()).startsWith("L-n12", "L-n11")
			.doesNotContain("L-n01", "L-n02");
		assertThat(page.select("#since-moved + p").text()).isEqualTo("None.");
	}

	@Test
	@DisplayName("A run without history.csv has no such section")
	void withoutHistoryNoSection() throws IOException {
		// given
		ReportPageTests.world(this.folder, true);

		// when
		ReportPage.write(this.folder, ReportPageTests.run(TONIGHT));

		// then
		Document page = page();
		assertThat(page.getElementById("since")).isNull();
		assertThat(page.selectFirst("main > section").id()).isEqualTo("glance");
		assertThat(page.select("nav a[href=#since]")).isEmpty();
	}

	private Document page() throws IOException {
		return Jsoup.parse(Files.readString(this.folder.resolve("report.html")));
	}

	/** A table's body rows, cells joined by {@code |}. */
	private static List<String> rows(Element table) {
		assertThat(table).isNotNull();
		return table.select("tbody tr")
			.stream()
			.map((row) -> row.select("td").stream().map(Element::text).collect(Collectors.joining("|")))
			.toList();
	}

	private static NightBreak lot(String id, String partner, String difference, String currency) {
		return new NightBreak(id, new BreakRow(BreakObject.LOT, "L-" + id, "BP|L-" + id, MatchMethod.REFERENCE,
				"closed_balance", "", "", new BigDecimal(difference), BreakClass.UNEXPLAINED, currency, partner));
	}

	private static NightBreak status(String id, String partner) {
		return new NightBreak(id, new BreakRow(BreakObject.LOT, "L-" + id, "BP|L-" + id, MatchMethod.REFERENCE,
				"status", "ACTIVE", "Expired", null, BreakClass.UNEXPLAINED, "USD", partner));
	}

}
