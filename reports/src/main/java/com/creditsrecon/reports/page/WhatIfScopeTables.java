package com.creditsrecon.reports.page;

import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.reports.page.Html.Cell;
import com.creditsrecon.reports.page.WhatIfData.Row;

/**
 * The what-if page's tables per country and per region: a row per scope and scenario that
 * differs from the baseline, its counts in one table and its amounts in one table per
 * currency.
 */
final class WhatIfScopeTables {

	private static final List<String> COUNTS = List.of("purchases_modernized", "purchases_legacy", "blocked_moves",
			WhatIfData.ALL_REJECTED);

	private static final List<String> AMOUNTS = List.of("granted", "charged", "lapsed", "expired", "revoked",
			"uncovered_eligible", "entitlement");

	private final Html html;

	private final WhatIfData data;

	private final List<String> scenarios;

	WhatIfScopeTables(Html html, WhatIfData data, List<String> scenarios) {
		this.html = html;
		this.data = data;
		this.scenarios = scenarios;
	}

	/** A section for one scope type: its id, its title and what a scope is called. */
	void section(String id, String title, String scopeType, String scopeName) {
		this.html.raw("<section class=\"compare\" id=\"" + id + "\">").element("h2", title).raw("\n");
		List<String> scopes = this.data.scopes(scopeType);
		if (scopes.isEmpty() || this.scenarios.isEmpty()) {
			this.html.p("No scenario in whatif.csv.").raw("</section>\n");
			return;
		}
		this.html.p("One row per " + scopeName.toLowerCase() + " and scenario that differs from the baseline in the "
				+ "table's figures; the first figure is the baseline's, the others are the scenario's differences "
				+ "from it. Sort by any column.");
		this.html.element("h3", "Counts").raw("\n");
		table(scopeType, scopeName, "", COUNTS);
		for (String currency : this.data.currencies()) {
			this.html.element("h3", "Amounts in " + currency).raw("\n");
			table(scopeType, scopeName, currency, AMOUNTS);
		}
		this.html.raw("</section>\n");
	}

	private void table(String scopeType, String scopeName, String currency, List<String> measures) {
		List<List<Object>> rows = new ArrayList<>();
		int unchanged = 0;
		for (String scope : this.data.scopes(scopeType)) {
			for (String scenario : this.scenarios) {
				List<Row> figures = measures.stream()
					.map((measure) -> this.data.get(scenario, scopeType, scope, currency, measure))
					.toList();
				if (figures.stream().allMatch((row) -> row.delta() == 0)) {
					unchanged++;
					continue;
				}
				rows.add(cells(scope, scenario, figures));
			}
		}
		if (unchanged > 0) {
			this.html.p(unchanged + " of " + (rows.size() + unchanged) + " " + scopeName.toLowerCase()
					+ "-scenario pairs show no difference here and are left out.");
		}
		if (rows.isEmpty()) {
			return;
		}
		List<String> headers = new ArrayList<>(
				List.of(scopeName, "Scenario", WhatIfData.label(measures.get(0)) + ", baseline"));
		measures.forEach((measure) -> headers.add(WhatIfData.label(measure) + ", difference"));
		this.html.table(headers.toArray(String[]::new));
		rows.forEach((cells) -> this.html.row(cells.toArray()));
		this.html.endTable();
	}

	private static List<Object> cells(String scope, String scenario, List<Row> figures) {
		List<Object> cells = new ArrayList<>(List.of(scope.isEmpty() ? "(none)" : scope, scenario,
				Cell.figure(figures.get(0).baseline(), figures.get(0).currency())));
		figures.forEach((row) -> cells.add(Cell.difference(row.delta(), row.currency())));
		return cells;
	}

}
