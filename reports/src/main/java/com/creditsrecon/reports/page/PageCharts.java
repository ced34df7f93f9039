package com.creditsrecon.reports.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the page's charts with JFreeChart, one per currency wherever amounts are plotted
 * (amounts of different currencies are never added), as PNG bytes.
 */
final class PageCharts {

	static final int WIDTH = 960;

	static final int HEIGHT = 480;

	static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
			new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
			new Color(0x17becf) };

	private static final int TOP_COUNTRIES = 15;

	private PageCharts() {
	}

	/** One chart: its file name under charts/, what it shows, and its PNG. */
	record Chart(String file, String title, byte[] png) {
	}

	static List<Chart> balances(PageData data) {
		List<Chart> charts = new ArrayList<>();
		perCurrency(charts, "balance-by-benefit-type", "Credit balance at month end by benefit type",
				data.balanceByMonth.keySet(), (currency) -> balanceByType(data, currency));
		return charts;
	}

	static List<Chart> movements(PageData data) {
		List<Chart> charts = new ArrayList<>();
		perCurrency(charts, "monthly-movements", "New credit, charges, lapsed and expired credit per month",
				data.rollforward.keySet(), (currency) -> movements(data, currency));
		return charts;
	}

	static List<Chart> breaks(PageData data) {
		return List.of(breakCounts(data));
	}

	static List<Chart> uncovered(PageData data) {
		List<Chart> charts = new ArrayList<>();
		perCurrency(charts, "uncovered-consumption", "Usage not paid by credit, by classification",
				data.uncovered.keySet(), (currency) -> uncovered(data, currency));
		return charts;
	}

	static List<Chart> countries(PageData data) {
		List<Chart> charts = new ArrayList<>();
		TreeSet<String> currencies = new TreeSet<>();
		data.byCountry.keySet().forEach((key) -> currencies.add(key.substring(key.indexOf('|') + 1)));
		perCurrency(charts, "balance-by-country", "Closing balance by country", currencies,
				(currency) -> byCountry(data, currency));
		return charts;
	}

	private interface Drawer {

		JFreeChart draw(String currency);

	}

	private static void perCurrency(List<Chart> charts, String name, String title, Iterable<String> currencies,
			Drawer drawer) {
		boolean any = false;
		for (String currency : currencies) {
			if (currency.isEmpty()) {
				continue;
			}
			any = true;
			JFreeChart chart = drawer.draw(currency);
			charts.add(new Chart(file(name, currency), chart.getTitle().getText(), png(chart)));
		}
		if (!any) {
			JFreeChart chart = drawer.draw("");
			charts.add(new Chart(file(name, ""), title, png(chart)));
		}
	}

	/**
	 * A chart's file name: its name, then its currency if any, kept to characters safe in
	 * a file name whatever the currency column held.
	 */
	static String file(String name, String currency) {
		return name + (currency.isEmpty() ? "" : Html.anchor("-", currency)) + ".png";
	}

	static String in(String currency) {
		return currency.isEmpty() ? "" : " (" + currency + ")";
	}

	private static JFreeChart balanceByType(PageData data, String currency) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		TreeMap<String, Map<String, Long>> months = data.balanceByMonth.getOrDefault(currency, new TreeMap<>());
		TreeSet<String> types = new TreeSet<>();
		months.values().forEach((byType) -> types.addAll(byType.keySet()));
		for (Map.Entry<String, Map<String, Long>> month : months.entrySet()) {
			for (String type : types) {
				dataset.addValue(Units.toDouble(month.getValue().getOrDefault(type, 0L)), type, month.getKey());
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(
				"Credit balance at month end by benefit type" + in(currency), "Month", "Balance" + in(currency),
				dataset, PlotOrientation.VERTICAL, true, false, false);
		return style(chart, months.size() > 8);
	}

	private static JFreeChart movements(PageData data, String currency) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String[] series = { "New credit", "Charges", "Lapsed", "Expired" };
		int[] columns = { 1, 2, 4, 5 };
		TreeMap<String, long[]> months = data.rollforward.getOrDefault(currency, new TreeMap<>());
		for (Map.Entry<String, long[]> month : months.entrySet()) {
			for (int i = 0; i < series.length; i++) {
				dataset.addValue(Units.toDouble(month.getValue()[columns[i]]), series[i], month.getKey());
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(
				"New credit, charges, lapsed and expired credit per month" + in(currency), "Month",
				"Amount" + in(currency), dataset, PlotOrientation.VERTICAL, true, false, false);
		style(chart, months.size() > 8);
		Color[] meaning = { new Color(0x2ca02c), new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xd62728) };
		for (int i = 0; i < meaning.length; i++) {
			chart.getCategoryPlot().getRenderer().setSeriesPaint(i, meaning[i]);
		}
		return chart;
	}

	private static Chart breakCounts(PageData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		TreeSet<String> currencies = new TreeSet<>();
		data.breakCounts.values().forEach((byCurrency) -> currencies.addAll(byCurrency.keySet()));
		data.breakCounts.forEach((breakClass, byCurrency) -> {
			for (String currency : currencies) {
				dataset.addValue(byCurrency.getOrDefault(currency, 0L), currency.isEmpty() ? "no currency" : currency,
						breakClass);
			}
		});
		String title = "Break rows by class and currency";
		JFreeChart chart = ChartFactory.createStackedBarChart(title, "Break class", "Break rows (count)", dataset,
				PlotOrientation.HORIZONTAL, true, false, false);
		style(chart, false);
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return new Chart("breaks-by-class.png", title, png(chart));
	}

	private static JFreeChart uncovered(PageData data, String currency) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		data.uncovered.getOrDefault(currency, Map.of())
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((e) -> dataset.addValue(Units.toDouble(e.getValue()), "Not paid by credit" + in(currency),
					e.getKey()));
		JFreeChart chart = ChartFactory.createBarChart("Usage not paid by credit, by classification" + in(currency),
				"Classification", "Not paid by credit" + in(currency), dataset, PlotOrientation.HORIZONTAL, true, false,
				false);
		return style(chart, false);
	}

	private static JFreeChart byCountry(PageData data, String currency) {
		List<Map.Entry<String, Long>> countries = new ArrayList<>();
		data.byCountry.forEach((key, sums) -> {
			int bar = key.indexOf('|');
			if (key.substring(bar + 1).equals(currency)) {
				String country = key.substring(0, bar);
				countries.add(Map.entry(country.isEmpty() ? "(none)" : country, sums[sums.length - 1]));
			}
		});
		countries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String series = "Closing balance" + in(currency);
		long others = 0;
		int otherCount = 0;
		for (int i = 0; i < countries.size(); i++) {
			if (i < TOP_COUNTRIES) {
				dataset.addValue(Units.toDouble(countries.get(i).getValue()), series, countries.get(i).getKey());
			}
			else {
				others += countries.get(i).getValue();
				otherCount++;
			}
		}
		if (otherCount > 0) {
			dataset.addValue(Units.toDouble(others), series, otherCount + " other countries");
		}
		JFreeChart chart = ChartFactory.createBarChart("Closing balance by country" + in(currency), "Country",
				"Closing balance" + in(currency), dataset, PlotOrientation.HORIZONTAL, true, false, false);
		return style(chart, false);
	}

	static JFreeChart style(JFreeChart chart, boolean slantedLabels) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		// Two charts a row on a laptop shrink them by a third: text a size up stays
		// readable.
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 19));
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xcccccc));
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setOutlineVisible(false);
		plot.setNoDataMessage("No data");
		plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
		CategoryAxis domain = plot.getDomainAxis();
		if (slantedLabels) {
			domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		domain.setMaximumCategoryLabelWidthRatio(0.45f);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		Font labels = new Font(Font.SANS_SERIF, Font.BOLD, 15);
		Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
		domain.setLabelFont(labels);
		domain.setTickLabelFont(ticks);
		range.setLabelFont(labels);
		range.setTickLabelFont(ticks);
		range.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
		if (plot.getDataset() == null || plot.getDataset().getColumnCount() == 0) {
			// Without data the axis would count 0, 0, 1, 1 on its own, under an empty
			// category axis: only the message shows.
			range.setVisible(false);
			domain.setVisible(false);
			plot.setRangeGridlinesVisible(false);
		}
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			// JFreeChart puts the amounts above a horizontal chart; below reads better.
			plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		}
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setMaximumBarWidth(0.12);
			bars.setBarPainter(new StandardBarPainter());
			bars.setShadowVisible(false);
			bars.setItemMargin(0.02);
			bars.setDrawBarOutline(false);
		}
		for (int i = 0; i < PALETTE.length; i++) {
			plot.getRenderer().setSeriesPaint(i, PALETTE[i]);
		}
		return chart;
	}

	/**
	 * The chart as an opaque PNG: drawn on an RGB image (no alpha channel to encode) and
	 * compressed at a middle deflate level, several times faster than JFreeChart's
	 * defaults for files a few percent larger. The same chart gives the same bytes.
	 */
	static byte[] png(JFreeChart chart) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.6f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
