package com.creditsrecon.reports.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.creditsrecon.reports.run.RunReport;

/**
 * Writes {@code report.html}, the page an analyst opens first, and its charts as PNG
 * files under {@code charts/}, from the CSV outputs of a run already in the folder. The
 * page is self-contained: charts embedded, no script or style loaded from anywhere. When
 * the folder has a nightly run's reconciliation/history.csv, the page leads with what
 * changed since the previous night.
 */
public final class ReportPage {

	/** How many partners get a section of their own. */
	static final int DETAILED_PARTNERS = 40;

	private ReportPage() {
	}

	public static void write(Path folder, RunReport run) {
		System.setProperty("java.awt.headless", "true");
		OutputsReader reader = new OutputsReader(folder, run.asOf());
		PageData data = reader.data();
		ExecutorService pool = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "report-page");
			thread.setDaemon(true);
			return thread;
		});
		try {
			// Two files nothing else needs are read, and their charts drawn, while the
			// lots are read; events.csv, the largest, once the lots are known.
			CompletableFuture<List<List<PageCharts.Chart>>> flows = CompletableFuture.supplyAsync(() -> {
				reader.readFlows();
				return List.of(PageCharts.movements(data), PageCharts.uncovered(data));
			}, pool);
			CompletableFuture.runAsync(reader::readSummaries, pool).join();
			Set<String> candidates = candidates(data);
			Set<String> detailed = new LinkedHashSet<>();
			for (String partner : candidates) {
				if (detailed.size() == DETAILED_PARTNERS) {
					break;
				}
				detailed.add(partner);
			}
			CompletableFuture<Void> events = CompletableFuture.runAsync(() -> reader.readEvents(detailed), pool);
			List<PageCharts.Chart> breakCharts = PageCharts.breaks(data);
			List<PageCharts.Chart> countryCharts = PageCharts.countries(data);
			events.join();
			List<List<PageCharts.Chart>> flowCharts = flows.join();
			List<PageCharts.Chart> charts = new ArrayList<>(PageCharts.balances(data));
			charts.addAll(flowCharts.get(0));
			charts.addAll(breakCharts);
			charts.addAll(flowCharts.get(1));
			charts.addAll(countryCharts);
			page(folder, run, data, candidates, detailed, charts);
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * What the run completed in spite of (stale usage, an export run skipped), above
	 * everything else: the figures below depend on it.
	 */
	private static void warnings(Html html, List<String> warnings) {
		if (warnings.isEmpty()) {
			return;
		}
		html.raw("<section id=\"warnings\"><h2>Warnings</h2>\n<ul>");
		warnings.forEach(warning -> html.raw("<li>" + Html.escape(warning) + "</li>"));
		html.raw("</ul></section>\n");
	}

	private static void page(Path folder, RunReport run, PageData data, Set<String> candidates, Set<String> detailed,
			List<PageCharts.Chart> charts) {
		Html html = new Html();
		List<Map.Entry<String, String>> links = new ArrayList<>();
		if (data.history != null) {
			links.add(Map.entry(HistorySection.ID, HistorySection.TITLE));
		}
		links.addAll(List.of(Map.entry("glance", "Summary"), Map.entry("run", "Run"), Map.entry("balances", "Balances"),
				Map.entry("charts", "Charts"), Map.entry("rollforward", "Roll-forward"), Map.entry("breaks", "Breaks"),
				Map.entry("risk", "At risk"), Map.entry("forecast", "Forecast"), Map.entry("partners", "Partners")));
		String what = run.nightly() != null ? "night of " : "run of ";
		PageLayout.begin(html, "Azure credits report",
				"Azure credits: " + what + ((run.asOf() == null) ? "an unknown day" : run.asOf().toString()), links);
		warnings(html, run.warnings());
		PageSections sections = new PageSections(html, data, detailed);
		if (data.history != null) {
			// a nightly run leads with what changed since the night before
			new HistorySection(html, data.history, sections::partnerCell).write();
		}
		sections.glance(run);
		new RunSection(html, folder).write(run);
		sections.balances();
		PageLayout.charts(html, "charts", "Charts",
				"One chart per currency wherever amounts are plotted. Each is also in the charts/ folder.", charts);
		sections.rollforward();
		sections.breaks();
		sections.atRisk();
		sections.forecast();
		new PartnerSections(html, data, detailed).partners(candidates.size());
		PageLayout.end(html);
		PageLayout.write(folder, html, charts);
	}

	/**
	 * Partners worth a section, most pressing first: those of the largest breaks, then by
	 * how many break rows they have, then those with credits at risk.
	 */
	private static Set<String> candidates(PageData data) {
		Set<String> partners = new LinkedHashSet<>();
		for (PageData.Break found : PageSections.largestBreaks(data)) {
			if (!found.partnerId().isEmpty()) {
				partners.add(found.partnerId());
			}
		}
		Map<String, Long> breakRows = new TreeMap<>();
		data.breaks.stream()
			.filter((found) -> !found.partnerId().isEmpty())
			.forEach((found) -> breakRows.merge(found.partnerId(), 1L, Long::sum));
		breakRows.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> partners.add(entry.getKey()));
		PageSections.lotsAtRisk(data).forEach((lot) -> partners.add(lot.partnerId()));
		data.activateSoon.stream().map(PageData.Benefit::partnerId).sorted().forEach(partners::add);
		partners.remove("");
		return partners;
	}

}
