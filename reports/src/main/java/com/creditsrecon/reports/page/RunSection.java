package com.creditsrecon.reports.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.creditsrecon.reports.page.Html.Cell;
import com.creditsrecon.reports.run.RunReport;

/**
 * The section every page has on the run itself: its as-of day and exit code, each input
 * file's rows read, loaded and rejected (with a link to its rejects), and the policy in
 * force.
 */
final class RunSection {

	private final Html html;

	private final Path folder;

	RunSection(Html html, Path folder) {
		this.html = html;
		this.folder = folder;
	}

	static String exitMeaning(int code) {
		return switch (code) {
			case 0 -> "completed";
			case 1 -> "failed (a bug or the environment); run the same command again to restart";
			case 2 -> "input or command line refused";
			case 3 -> "completed with material breaks";
			case 4 -> "completed on stale usage";
			default -> "unknown";
		};
	}

	void write(RunReport run) {
		this.html.raw("<section id=\"run\"><h2>The run</h2>\n<dl class=\"facts\">");
		fact("As of", (run.asOf() == null) ? "not known" : run.asOf().toString());
		fact("Exit code", run.exitCode() + ": " + exitMeaning(run.exitCode()));
		if (run.error() != null) {
			fact("Error", run.error());
		}
		if (run.breaks() != null) {
			fact("Breaks", run.breaks().count() + " rows, " + (run.breaks().material() ? "material" : "not material"));
		}
		this.html.raw("</dl>\n");
		inputs(run);
		this.html.raw("<details><summary>Policy in force</summary>\n");
		this.html.table("Setting", "Value");
		run.policy().forEach((key, value) -> this.html.row(key, value));
		this.html.endTable().raw("</details></section>\n");
	}

	private void inputs(RunReport run) {
		long read = run.inputs().stream().mapToLong(RunReport.InputFile::read).sum();
		long rejected = run.inputs().stream().mapToLong(RunReport.InputFile::rejected).sum();
		// Rows of different files are counted together: they are rows, not money.
		this.html.raw((rejected > 0) ? "<details open>" : "<details>")
			.raw("<summary>")
			.text("Inputs: " + run.inputs().size() + " files, " + String.format(Locale.ROOT, "%,d", read)
					+ " rows read, " + String.format(Locale.ROOT, "%,d", rejected) + " rejected")
			.raw("</summary>\n");
		this.html.table("File", "Extract", "Read", "Loaded", "Rejected", "Superseded", "Rejects");
		for (RunReport.InputFile input : run.inputs()) {
			String rejects = "rejects/" + input.extract() + ".csv";
			// Only a plain extract name can make a link: nothing leads out of rejects/.
			boolean plain = input.extract().matches("[A-Za-z0-9_-]+");
			Object link = (plain && input.rejected() > 0 && Files.isRegularFile(this.folder.resolve(rejects)))
					? Cell.link(rejects, rejects) : Cell.blank();
			this.html.row(input.file(), input.extract(), Cell.number(input.read()), Cell.number(input.loaded()),
					Cell.number(input.rejected()), Cell.number(input.superseded()), link);
		}
		this.html.endTable().raw("</details>\n");
	}

	private void fact(String name, String value) {
		this.html.element("dt", name).element("dd", value);
	}

}
