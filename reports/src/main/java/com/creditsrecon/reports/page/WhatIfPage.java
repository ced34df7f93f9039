package com.creditsrecon.reports.page;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.creditsrecon.reports.run.RunReport;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * Writes the {@code report.html} of a what-if run (rule W1) and its charts as
 * {@code charts/whatif-*.png}, from the {@code whatif.csv} and {@code whatif-monthly.csv}
 * already in the folder: the page a program manager reads to compare rollout scenarios,
 * largest differences first. Self-contained, as the run's page is.
 */
public final class WhatIfPage {

	private WhatIfPage() {
	}

	/**
	 * Writes the page and its charts into {@code folder}.
	 * @param run what run.json says of the run (for what-if: no totals, no breaks)
	 * @param scenarios the scenarios as given on the command line, baseline excluded
	 * @throws java.io.UncheckedIOException when a file cannot be read or written
	 */
	public static void write(Path folder, RunReport run, List<WhatIfScenario> scenarios) {
		System.setProperty("java.awt.headless", "true");
		WhatIfData data = WhatIfData.read(folder);
		List<String> names = names(data, scenarios);
		List<PageCharts.Chart> charts = WhatIfCharts.draw(data);
		Html html = new Html();
		PageLayout.begin(html, "Azure credits what-if report",
				"Azure credits: what-if as of " + ((run.asOf() == null) ? "an unknown day" : run.asOf().toString()),
				List.of(Map.entry("differences", "Largest differences"), Map.entry("run", "Run"),
						Map.entry("scenarios", "Scenarios"), Map.entry("summary", "Global figures"),
						Map.entry("charts", "Charts"), Map.entry("countries", "Countries"),
						Map.entry("regions", "Regions")));
		WhatIfSections sections = new WhatIfSections(html, data);
		sections.differences(names);
		new RunSection(html, folder).write(run);
		sections.scenarios(scenarios, names);
		sections.summary(data.scenarios());
		PageLayout
			.charts(html, "charts", "Charts",
					"Amounts one currency at a time, never added across currencies; each scenario keeps its colour "
							+ "in every chart, the baseline is grey. Each chart is also in the charts/ folder.",
					charts);
		WhatIfScopeTables comparison = new WhatIfScopeTables(html, data, data.scenarios());
		comparison.section("countries", "Per country", WhatIfData.COUNTRY, "Country");
		comparison.section("regions", "Per region", WhatIfData.REGION, "Region");
		PageLayout.end(html);
		PageLayout.write(folder, html, charts);
	}

	/** The scenarios of the run and of whatif.csv, by name, the baseline left out. */
	private static List<String> names(WhatIfData data, List<WhatIfScenario> scenarios) {
		TreeSet<String> names = new TreeSet<>(data.scenarios());
		scenarios.forEach((scenario) -> names.add(scenario.name()));
		names.remove(WhatIfData.BASELINE);
		return List.copyOf(names);
	}

}
