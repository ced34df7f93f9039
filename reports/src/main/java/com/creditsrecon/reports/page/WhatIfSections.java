package com.creditsrecon.reports.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.reports.page.Html.Cell;
import com.creditsrecon.reports.page.WhatIfData.Row;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * The what-if page's own sections (rule W1): the largest differences from the baseline
 * first, then what each scenario changes and the GLOBAL figures of each. Amounts stay in
 * their currency and counts apart from them.
 */
final class WhatIfSections {

	/** How many of the largest differences each table lists. */
	static final int LARGEST = 20;

	private final Html html;

	private final WhatIfData data;

	WhatIfSections(Html html, WhatIfData data) {
		this.html = html;
		this.data = data;
	}

	/**
	 * The rows of scenarios (not the baseline) that differ from it, of one currency
	 * (blank for counts), largest |delta| first; a difference then reads from GLOBAL down
	 * to its region and its country.
	 */
	static List<Row> largest(WhatIfData data, String currency) {
		return data.rows.stream()
			.filter((row) -> !row.scenario().equals(WhatIfData.BASELINE) && row.delta() != 0
					&& row.currency().equals(currency))
			.sorted(Comparator.comparingLong((Row row) -> -Math.abs(row.delta()))
				.thenComparing(Row::scenario)
				.thenComparing(Row::scopeType, WhatIfData.SCOPE_TYPE_ORDER)
				.thenComparing(Row::scopeId)
				.thenComparing(Row::measure, WhatIfData.MEASURE_ORDER))
			.toList();
	}

	void differences(List<String> scenarios) {
		this.html.raw("<section id=\"differences\"><h2>Largest differences from the baseline</h2>\n");
		this.html.p(lead(scenarios));
		List<String> currencies = this.data.currencies();
		if (currencies.stream().allMatch((c) -> largest(this.data, c).isEmpty()) && largest(this.data, "").isEmpty()) {
			this.html.p(nothing()).raw("</section>\n");
			return;
		}
		this.html.p("Largest first, by the size of the difference. A difference shows at each level it counts in: "
				+ "globally, in its region and in its country. Amounts are compared within one currency, never "
				+ "added across currencies; counts apart. whatif.csv has every row.");
		for (String currency : currencies) {
			differenceTable("Amounts in " + currency, largest(this.data, currency));
		}
		differenceTable("Counts", largest(this.data, ""));
		this.html.raw("</section>\n");
	}

	/** Why there is no difference to show. */
	private String nothing() {
		if (this.data.rows.isEmpty()) {
			return "No figures: whatif.csv is missing or has no rows.";
		}
		if (this.data.scenarios().isEmpty()) {
			return "No scenario: whatif.csv has only the baseline.";
		}
		return "No difference: every scenario gives the baseline's figures everywhere.";
	}

	private String lead(List<String> scenarios) {
		if (scenarios.isEmpty()) {
			return "The baseline only: the input's own rollout and policy.";
		}
		return "The baseline (the input's own rollout and policy) against " + scenarios.size()
				+ ((scenarios.size() == 1) ? " scenario: " : " scenarios: ") + String.join(", ", scenarios) + ".";
	}

	private void differenceTable(String title, List<Row> rows) {
		this.html.element("h3", title).raw("\n");
		if (rows.isEmpty()) {
			this.html.p("No difference.");
			return;
		}
		if (rows.size() > LARGEST) {
			this.html.p("The " + LARGEST + " largest of " + rows.size() + " differing rows.");
		}
		// The difference right after what it is about: on a phone it shows without
		// scrolling the table sideways.
		this.html.table("Scenario", "Scope", "Measure", "Difference", "Change", "Baseline", "Scenario value");
		for (Row row : rows.subList(0, Math.min(LARGEST, rows.size()))) {
			this.html.row(row.scenario(), WhatIfData.scope(row.scopeType(), row.scopeId()),
					WhatIfData.label(row.measure()), Cell.difference(row.delta(), row.currency()), change(row),
					Cell.figure(row.baseline(), row.currency()), Cell.figure(row.value(), row.currency()));
		}
		this.html.endTable();
	}

	/** The difference in percent of the baseline; "new" where the baseline is 0. */
	static Cell change(Row row) {
		if (row.delta() == 0) {
			return Cell.numeric("0", "");
		}
		if (row.baseline() == 0) {
			return Cell.numeric((row.delta() > 0) ? "1e12" : "-1e12", "new");
		}
		BigDecimal percent = BigDecimal.valueOf(row.delta())
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(Math.abs(row.baseline())), 1, RoundingMode.HALF_EVEN);
		String sign = (percent.signum() > 0) ? "+" : "";
		return Cell.numeric(percent.toPlainString(), sign + String.format(Locale.ROOT, "%,.1f", percent) + " %");
	}

	/** Each scenario: its files, its rollout entries and its policy overrides. */
	void scenarios(List<WhatIfScenario> scenarios, List<String> names) {
		this.html.raw("<section id=\"scenarios\"><h2>The scenarios</h2>\n");
		this.html.p("A scenario's rollout file takes the place of the input's rollout.csv: its entries (scope: "
				+ "country code or region; the first day modernized) are the whole of its schedule, the baseline's "
				+ "own entries do not apply. Its policy file, if any, sets only the settings listed, over the "
				+ "baseline's policy in force (under The run).");
		Map<String, WhatIfScenario> byName = new TreeMap<>();
		scenarios.forEach((scenario) -> byName.put(scenario.name(), scenario));
		for (String name : names) {
			WhatIfScenario scenario = byName.get(name);
			this.html.raw("<article class=\"scenario\">").element("h3", name).raw("\n");
			if (scenario == null) {
				this.html.p("Not described by the run: only its figures are known.").raw("</article>\n");
				continue;
			}
			this.html.p("Rollout file " + scenario.rolloutFile() + ((scenario.policyFile() == null)
					? ", no policy file." : ", policy file " + scenario.policyFile() + "."));
			this.html.table("Scope", "Modernized from");
			scenario.rollout().forEach((scope, from) -> this.html.row(scope, from));
			this.html.endTable();
			if (!scenario.policyOverrides().isEmpty()) {
				this.html.table("Policy setting", "Scenario value");
				scenario.policyOverrides().forEach((key, value) -> this.html.row(key, value));
				this.html.endTable();
			}
			this.html.raw("</article>\n");
		}
		this.html.raw("</section>\n");
	}

	/**
	 * Every GLOBAL measure, the scenarios side by side: purchases, blocked moves and all
	 * rejected actions, then the amounts currency by currency, then the rejected actions
	 * reason by reason.
	 */
	void summary(List<String> scenarios) {
		this.html.raw("<section class=\"compare\" id=\"summary\"><h2>Global figures per scenario</h2>\n");
		if (scenarios.isEmpty()) {
			this.html.p("No scenario in whatif.csv.").raw("</section>\n");
			return;
		}
		this.html.p("Every measure over all partners (and what belongs to none): the baseline's figure, then each "
				+ "scenario's figure and its difference from the baseline.");
		List<String> headers = new ArrayList<>(List.of("Measure", "Baseline"));
		scenarios.forEach((scenario) -> headers.addAll(List.of(scenario, scenario + ", difference")));
		this.html.table(headers.toArray(String[]::new));
		for (String[] currencyAndMeasure : summaryRows()) {
			String currency = currencyAndMeasure[0];
			String measure = currencyAndMeasure[1];
			List<Object> cells = new ArrayList<>(List.of(
					Cell.breakable(WhatIfData.label(measure) + (currency.isEmpty() ? "" : " (" + currency + ")")),
					Cell.figure(globalRow(WhatIfData.BASELINE, currency, measure).value(), currency)));
			for (String scenario : scenarios) {
				Row row = globalRow(scenario, currency, measure);
				cells.add(Cell.figure(row.value(), currency));
				cells.add(Cell.difference(row.delta(), currency));
			}
			this.html.row(cells.toArray());
		}
		this.html.endTable().raw("</section>\n");
	}

	private Row globalRow(String scenario, String currency, String measure) {
		return this.data.get(scenario, WhatIfData.GLOBAL, WhatIfData.GLOBAL, currency, measure);
	}

	/** The summary's rows as {currency, measure}, in reading order. */
	private List<String[]> summaryRows() {
		List<String[]> rows = new ArrayList<>();
		List<String> reasons = this.data.rejectedMeasures();
		this.data.globalMeasures("")
			.stream()
			.filter((measure) -> !reasons.contains(measure))
			.forEach((measure) -> rows.add(new String[] { "", measure }));
		if (!reasons.isEmpty()) {
			rows.add(new String[] { "", WhatIfData.ALL_REJECTED });
		}
		for (String currency : this.data.currencies()) {
			this.data.globalMeasures(currency).forEach((measure) -> rows.add(new String[] { currency, measure }));
		}
		reasons.forEach((measure) -> rows.add(new String[] { "", measure }));
		return rows;
	}

}
