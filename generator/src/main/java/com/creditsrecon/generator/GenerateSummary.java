package com.creditsrecon.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code generate} wrote: per extract (a usage export may be several partition
 * files) its data rows.
 *
 * @param out the folder written
 * @param files the extracts in the order written
 * @param notes lines on the reported extracts and their injected faults (none until they
 * are written)
 */
public record GenerateSummary(Path out, GenerateOptions options, List<FileRows> files, List<String> notes) {

	public GenerateSummary {
		files = List.copyOf(files);
		notes = List.copyOf(notes);
	}

	public GenerateSummary(Path out, GenerateOptions options, List<FileRows> files) {
		this(out, options, files, List.of());
	}

	/** This summary with the reported extracts and the answer key added. */
	public GenerateSummary withReported(ReportedExtracts.Summary reported) {
		List<FileRows> all = new ArrayList<>(this.files);
		all.addAll(reported.files());
		List<String> allNotes = new ArrayList<>(this.notes);
		allNotes.addAll(reported.lines());
		return new GenerateSummary(this.out, this.options, all, allNotes);
	}

	/**
	 * @param name the file's path relative to the folder, or a usage export's folder
	 * ending in {@code /}
	 * @param files how many files it is (the partitions of an export folder)
	 */
	public record FileRows(String name, int files, long rows) {

	}

	public int fileCount() {
		return this.files.stream().mapToInt(FileRows::files).sum();
	}

	public long rows() {
		return this.files.stream().mapToLong(FileRows::rows).sum();
	}

	public long usageRows() {
		return this.files.stream().filter(f -> f.name().startsWith("usage/")).mapToLong(FileRows::rows).sum();
	}

	/** The console table, in the style of the run command's summary. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-48s %10s %10s", "generated file", "files", "rows"));
		for (FileRows file : this.files) {
			lines.add(String.format(Locale.ROOT, "%-48s %10d %10d", file.name(), file.files(), file.rows()));
		}
		lines.add(String.format(Locale.ROOT, "%-48s %10d %10d", "total", fileCount(), rows()));
		lines.addAll(this.notes);
		lines.add(String.format(Locale.ROOT,
				"generate: %d files, %d rows (%d usage rows) in %s; %d partners, %d months to %s, seed %d", fileCount(),
				rows(), usageRows(), this.out, this.options.partners(), this.options.months(), Timeframe.ANCHOR,
				this.options.seed()));
		return lines;
	}

}
