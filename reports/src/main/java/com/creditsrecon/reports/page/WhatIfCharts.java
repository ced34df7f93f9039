package com.creditsrecon.reports.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The what-if page's charts (rule W1), drawn and styled as the run page's are: amounts
 * one currency at a time, the main currency first; each scenario in the same colour in
 * every chart, the baseline in grey.
 */
final class WhatIfCharts {

	private static final int TOP_SCOPES = 15;

	/** More month labels than this and only every n-th is written. */
	private static final int MONTH_LABELS = 24;

	private static final Color BASELINE_COLOUR = new Color(0x555555);

	private static final List<String> GRANTED = List.of("granted");

	private static final List<String> LAPSED = List.of("lapsed", "expired");

	private final WhatIfData data;

	private final List<String> scenarios;

	private WhatIfCharts(WhatIfData data) {
		this.data = data;
		this.scenarios = data.scenarios();
	}

	/**
	 * Every chart of the page: the main currency's, then the counts', then the other
	 * currencies'.
	 */
	static List<PageCharts.Chart> draw(WhatIfData data) {
		WhatIfCharts charts = new WhatIfCharts(data);
		List<String> currencies = data.currencies();
		List<PageCharts.Chart> drawn = new ArrayList<>(charts.amounts(currencies.isEmpty() ? "" : currencies.get(0)));
		drawn.add(charts.purchases());
		drawn.add(charts.rejected());
		drawn.add(charts.rejectedDifferences());
		currencies.stream().skip(1).forEach((currency) -> drawn.addAll(charts.amounts(currency)));
		return drawn;
	}

	private List<PageCharts.Chart> amounts(String currency) {
		return List.of(differences(WhatIfData.COUNTRY, GRANTED, "Credit granted", currency),
				differences(WhatIfData.COUNTRY, LAPSED, "Lapsed and expired credit", currency),
				differences(WhatIfData.REGION, GRANTED, "Credit granted", currency),
				differences(WhatIfData.REGION, LAPSED, "Lapsed and expired credit", currency),
				monthly(GRANTED, "Credit granted", currency), monthly(LAPSED, "Lapsed and expired credit", currency));
	}

	private static String file(List<String> measures) {
		return String.join("-", measures);
	}

	private static String scopeName(String scopeType) {
		return scopeType.equals(WhatIfData.COUNTRY) ? "country" : "region";
	}

	/** Per scope, each scenario's difference from the baseline: grouped bars. */
	private PageCharts.Chart differences(String scopeType, List<String> measures, String what, String currency) {
		Map<String, long[]> byScope = new TreeMap<>();
		for (String scope : this.data.scopes(scopeType)) {
			long[] deltas = new long[this.scenarios.size()];
			for (int s = 0; s < deltas.length; s++) {
				for (String measure : measures) {
					deltas[s] += this.data.get(this.scenarios.get(s), scopeType, scope, currency, measure).delta();
				}
			}
			byScope.put(scope, deltas);
		}
		List<String> shown = largest(byScope);
		DefaultCategoryDataset dataset = bars(byScope, shown, this.scenarios);
		String title = what + ": difference from the baseline by " + scopeName(scopeType) + PageCharts.in(currency);
		JFreeChart chart = ChartFactory.createBarChart(title, capitalized(scopeName(scopeType)),
				"Difference from the baseline" + PageCharts.in(currency), dataset, PlotOrientation.VERTICAL, true,
				false, false);
		finish(chart, false, this.scenarios.isEmpty() ? "No data" : "No difference from the baseline");
		zeroLine(chart);
		subtitle(chart, shown.size(), byScope.values().stream().filter(WhatIfCharts::differs).count(),
				scopeType.equals(WhatIfData.COUNTRY) ? "countries" : "regions");
		return chart("whatif-" + file(measures) + "-difference-by-" + scopeName(scopeType), currency, chart);
	}

	/** Grouped bars: the categories shown, a bar per series. */
	private static DefaultCategoryDataset bars(Map<String, long[]> values, List<String> categories,
			List<String> series) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String category : categories) {
			for (int s = 0; s < series.size(); s++) {
				dataset.addValue(Units.toDouble(values.get(category)[s]), series.get(s), label(category));
			}
		}
		return dataset;
	}

	private static boolean differs(long[] deltas) {
		for (long delta : deltas) {
			if (delta != 0) {
				return true;
			}
		}
		return false;
	}

	/** The scopes with a difference, largest first, at most {@link #TOP_SCOPES}. */
	private static List<String> largest(Map<String, long[]> byScope) {
		return byScope.entrySet()
			.stream()
			.filter((entry) -> differs(entry.getValue()))
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> -largest(entry.getValue()))
				.thenComparing(Map.Entry::getKey))
			.limit(TOP_SCOPES)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static long largest(long[] values) {
		long largest = 0;
		for (long value : values) {
			largest = Math.max(largest, Math.abs(value));
		}
		return largest;
	}

	private static void subtitle(JFreeChart chart, int shown, long of, String what) {
		if (of > shown) {
			TextTitle subtitle = new TextTitle("The " + shown + " of " + of + " " + what
					+ " with the largest differences; whatif.csv has them all");
			subtitle.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
			chart.addSubtitle(0, subtitle);
		}
	}

	/** Modernized purchases per country, the baseline and each scenario side by side. */
	private PageCharts.Chart purchases() {
		List<String> series = series();
		Map<String, long[]> byCountry = new TreeMap<>();
		for (String country : this.data.scopes(WhatIfData.COUNTRY)) {
			long[] values = new long[series.size()];
			for (int s = 0; s < values.length; s++) {
				values[s] = this.data.get(series.get(s), WhatIfData.COUNTRY, country, "", "purchases_modernized")
					.value();
			}
			byCountry.put(country, values);
		}
		List<String> shown = largest(byCountry);
		DefaultCategoryDataset dataset = bars(byCountry, shown, series);
		JFreeChart chart = ChartFactory.createBarChart("Modernized purchases by country, baseline and scenarios",
				"Country", "Modernized purchases (count)", dataset, PlotOrientation.VERTICAL, true, false, false);
		finish(chart, false, "No data");
		integers(chart);
		subtitle(chart, shown.size(), byCountry.values().stream().filter(WhatIfCharts::differs).count(), "countries");
		return chart("whatif-modernized-purchases-by-country", "", chart);
	}

	/**
	 * Rejected actions globally, a bar per scenario, each in its colour and with its
	 * count.
	 */
	private PageCharts.Chart rejected() {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String scenario : this.data.rejectedMeasures().isEmpty() ? List.<String>of() : series()) {
			// One stacked segment per bar: the bar is as wide as the category and takes
			// the scenario's colour.
			dataset.addValue(Units.toDouble(globalValue(scenario, "", WhatIfData.ALL_REJECTED)), scenario, scenario);
		}
		JFreeChart chart = ChartFactory.createStackedBarChart("Rejected actions per scenario, globally", "Scenario",
				"Rejected actions (count)", dataset, PlotOrientation.VERTICAL, false, false, false);
		finish(chart, false, "No data");
		integers(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.2);
		plot.getRenderer()
			.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
					new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		plot.getRenderer().setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		plot.getRenderer().setDefaultItemLabelsVisible(true);
		plot.getRenderer()
			.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		return chart("whatif-rejected-actions", "", chart);
	}

	/** Rejected actions globally: each scenario's difference by reason code. */
	private PageCharts.Chart rejectedDifferences() {
		Map<String, long[]> byReason = new TreeMap<>();
		for (String measure : this.data.rejectedMeasures()) {
			long[] deltas = new long[this.scenarios.size()];
			for (int s = 0; s < deltas.length; s++) {
				deltas[s] = this.data.get(this.scenarios.get(s), WhatIfData.GLOBAL, WhatIfData.GLOBAL, "", measure)
					.delta();
			}
			byReason.put(measure.substring(WhatIfData.REJECTED.length()), deltas);
		}
		List<String> shown = largest(byReason);
		JFreeChart chart = ChartFactory.createBarChart(
				"Rejected actions: difference from the baseline by reason code, globally", "Reason code",
				"Difference from the baseline (count)", bars(byReason, shown, this.scenarios),
				PlotOrientation.HORIZONTAL, true, false, false);
		finish(chart, false, this.scenarios.isEmpty() ? "No data" : "No difference from the baseline");
		integers(chart);
		zeroLine(chart);
		subtitle(chart, shown.size(), byReason.values().stream().filter(WhatIfCharts::differs).count(), "reason codes");
		return chart("whatif-rejected-actions-difference-by-reason", "", chart);
	}

	private long globalValue(String scenario, String currency, String measure) {
		return this.data.get(scenario, WhatIfData.GLOBAL, WhatIfData.GLOBAL, currency, measure).value();
	}

	/** A measure globally per month, a line per scenario, every month in between. */
	private PageCharts.Chart monthly(List<String> measures, String what, String currency) {
		List<String> months = months();
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String scenario : series()) {
			for (String month : months) {
				long value = 0;
				for (String measure : measures) {
					value += this.data.monthly
						.getOrDefault(new WhatIfData.Series(currency, measure, scenario), new TreeMap<>())
						.getOrDefault(month, 0L);
				}
				dataset.addValue(Units.toDouble(value), scenario, month);
			}
		}
		JFreeChart chart = ChartFactory.createLineChart(what + " per month, globally" + PageCharts.in(currency),
				"Month", what + PageCharts.in(currency), dataset, PlotOrientation.VERTICAL, true, false, false);
		chart.getCategoryPlot().setDomainAxis(new MonthAxis(months));
		finish(chart, months.size() > 8, "No data");
		LineAndShapeRenderer lines = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
		lines.setDefaultShapesVisible(months.size() <= MONTH_LABELS);
		// Lines, not bars: an axis from 0 would flatten the differences between them.
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
		for (int s = 0; s < dataset.getRowCount(); s++) {
			// The baseline wide underneath: a scenario equal to it runs along its middle.
			lines.setSeriesStroke(s, new BasicStroke((s == 0) ? 6f : 2.5f));
		}
		return chart("whatif-" + file(measures) + "-by-month", currency, chart);
	}

	/** Every month from the first to the last, quiet months included. */
	private List<String> months() {
		List<String> months = new ArrayList<>();
		if (this.data.months.isEmpty()) {
			return months;
		}
		YearMonth last = YearMonth.parse(this.data.months.last());
		for (YearMonth month = YearMonth.parse(this.data.months.first()); !month.isAfter(last); month = month
			.plusMonths(1)) {
			months.add(month.toString());
		}
		return months;
	}

	/** The baseline, then the scenarios. */
	private List<String> series() {
		List<String> series = new ArrayList<>(List.of(WhatIfData.BASELINE));
		series.addAll(this.scenarios);
		return series;
	}

	private static String label(String scope) {
		return scope.isEmpty() ? "(none)" : scope;
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** The shared style, the scenarios' own colours and what to say without data. */
	private void finish(JFreeChart chart, boolean slantedLabels, String noData) {
		PageCharts.style(chart, slantedLabels);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setNoDataMessage(noData);
		if (plot.getOrientation() == PlotOrientation.VERTICAL) {
			// A label may take its category's whole width: "GB" is no longer cut to
			// "...".
			plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
		}
		for (int s = 0; s < plot.getDataset().getRowCount(); s++) {
			String name = plot.getDataset().getRowKey(s).toString();
			int index = this.scenarios.indexOf(name);
			plot.getRenderer()
				.setSeriesPaint(s, name.equals(WhatIfData.BASELINE) ? BASELINE_COLOUR
						: PageCharts.PALETTE[index % PageCharts.PALETTE.length]);
		}
	}

	/** A line at 0 for differences, where there are any. */
	private static void zeroLine(JFreeChart chart) {
		CategoryPlot plot = chart.getCategoryPlot();
		if (plot.getDataset().getColumnCount() > 0) {
			plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.2f)));
		}
	}

	private static void integers(JFreeChart chart) {
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
	}

	private static PageCharts.Chart chart(String name, String currency, JFreeChart chart) {
		return new PageCharts.Chart(PageCharts.file(name, currency), chart.getTitle().getText(), PageCharts.png(chart));
	}

	/** A month axis that writes every n-th label when there are too many to read. */
	private static final class MonthAxis extends CategoryAxis {

		private final List<String> months;

		MonthAxis(List<String> months) {
			super("Month");
			this.months = months;
		}

		@Override
		protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
			int step = (this.months.size() + MONTH_LABELS - 1) / MONTH_LABELS;
			if (step > 1 && this.months.indexOf(category.toString()) % step != 0) {
				return new TextBlock();
			}
			return super.createLabel(category, width, edge, g2);
		}

	}

}
