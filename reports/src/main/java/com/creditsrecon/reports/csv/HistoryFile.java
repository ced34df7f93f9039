package com.creditsrecon.reports.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.creditsrecon.model.history.HistoryEntry;

/**
 * {@code reconciliation/history.csv} of a nightly run: every {@code break_id} ever seen
 * and where it stands tonight, sorted by {@code break_id}. After the columns of the
 * history, {@code previous_as_of}, the same on every row, names the night tonight is
 * compared with (blank on the first night): a RESOLVED row was resolved tonight when its
 * {@code last_seen} is that night, which the other columns alone cannot tell.
 */
public final class HistoryFile {

	public static final ResultFile<Line> HISTORY = ResultFile
		.of("reconciliation/history.csv",
				List.of("break_id", "object", "key", "reported_key", "field", "currency", "partner_id", "first_seen",
						"last_seen", "status", "difference", "previous_difference", "previous_as_of"),
				HistoryFile::cells);

	private HistoryFile() {
	}

	/**
	 * Writes history.csv under {@code folder}.
	 * @param entries tonight's entries, in file order ({@code BreakHistory.tonight} gives
	 * them so)
	 * @param previousNight the newest night recorded before tonight; null on the first
	 * night
	 * @param bom whether the file starts with a UTF-8 byte-order mark
	 */
	public static void write(Path folder, List<HistoryEntry> entries, LocalDate previousNight, boolean bom) {
		try (ResultFile.Writer<Line> out = HISTORY.create(folder, bom)) {
			entries.forEach(entry -> out.write(new Line(entry, previousNight)));
		}
	}

	/** The key columns are text, guarded as breaks.csv guards them; amounts never are. */
	private static String[] cells(Line line) {
		HistoryEntry e = line.entry();
		return new String[] { e.breakId(), e.object().name(), CsvOutput.text(e.key()), CsvOutput.text(e.reportedKey()),
				CsvOutput.text(e.field()), CsvOutput.text(e.currency()), CsvOutput.text(e.partnerId()),
				CsvOutput.date(e.firstSeen()), CsvOutput.date(e.lastSeen()), e.status().name(),
				ReconciliationFiles.difference(e.difference(), e.currency()),
				ReconciliationFiles.difference(e.previousDifference(), e.currency()),
				CsvOutput.date(line.previousNight()) };
	}

	/** A row of history.csv: an entry and the night it is compared with. */
	public record Line(HistoryEntry entry, LocalDate previousNight) {
	}

}
