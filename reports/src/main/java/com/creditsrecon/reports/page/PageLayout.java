package com.creditsrecon.reports.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What every page of the toolkit shares: the header with its links to the sections, the
 * grid of embedded charts, the closing script, and writing the page with its charts.
 */
final class PageLayout {

	private PageLayout() {
	}

	/**
	 * The document up to the first section: title, header and a link per section (id to
	 * label, in order).
	 */
	static void begin(Html html, String title, String heading, List<Map.Entry<String, String>> sections) {
		html.raw(PageStyle.head(title)).raw("<header><h1>").text(heading).raw("</h1>\n<nav>");
		String separator = "";
		for (Map.Entry<String, String> section : sections) {
			html.raw(separator + "<a href=\"#" + Html.anchor("", section.getKey()) + "\">")
				.text(section.getValue())
				.raw("</a>");
			separator = " ";
		}
		html.raw("</nav></header>\n<main>\n");
	}

	/** A section of charts, two a row on a laptop, each named by its file. */
	static void charts(Html html, String id, String title, String intro, List<PageCharts.Chart> charts) {
		html.raw("<section id=\"" + Html.anchor("", id) + "\">").element("h2", title).raw("\n").p(intro);
		html.raw("<div class=\"charts\">\n");
		for (PageCharts.Chart chart : charts) {
			html.raw("<figure><img alt=\"")
				.text(chart.title())
				.raw("\" width=\"" + PageCharts.WIDTH + "\" height=\"" + PageCharts.HEIGHT
						+ "\" src=\"data:image/png;base64,")
				.raw(Base64.getEncoder().encodeToString(chart.png()))
				.raw("\"><figcaption>")
				.text(chart.title() + " — charts/" + chart.file())
				.raw("</figcaption></figure>\n");
		}
		html.raw("</div></section>\n");
	}

	static void end(Html html) {
		html.raw("</main>\n").raw(PageStyle.SCRIPT).raw("</body>\n</html>\n");
	}

	/**
	 * Writes the charts under {@code charts/}, then {@code report.html}.
	 * @throws UncheckedIOException when a file cannot be written
	 */
	static void write(Path folder, Html html, List<PageCharts.Chart> charts) {
		try {
			Path chartsFolder = Files.createDirectories(folder.resolve("charts"));
			for (PageCharts.Chart chart : charts) {
				Files.write(chartsFolder.resolve(chart.file()), chart.png());
			}
			Files.writeString(folder.resolve("report.html"), html.toString(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report in " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
