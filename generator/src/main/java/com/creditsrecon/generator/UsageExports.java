package com.creditsrecon.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The FOCUS cost exports of {@code usage/}, all open for the whole run so that partners
 * can be written one after another: one month-to-date export per month, named by its last
 * day ({@code 2026-09-30-export}), every third one (and the last) a folder of partitions
 * as Cost Management writes large exports; and an early export of the last month
 * ({@code 2026-10-05-export.csv}) that also restates the month before for some billing
 * profiles (rule N1), so its name sorts after that month's and before the last month's.
 */
final class UsageExports implements AutoCloseable {

	private static final int BUFFER = 1 << 15;

	private final List<Export> monthly = new ArrayList<>();

	private final Export restatement;

	private final OpenWriters<FocusExportWriter> all = new OpenWriters<>();

	UsageExports(Path folder, Timeframe timeframe, GenerateOptions options) throws IOException {
		Path usage = folder.resolve("usage");
		Files.createDirectories(usage);
		List<YearMonth> months = timeframe.months();
		long perMonth = options.usageRows() / months.size();
		int partitions = (int) Math.max(2, Math.min(8, 2 + perMonth / 1_000_000));
		for (int m = 0; m < months.size(); m++) {
			YearMonth month = months.get(m);
			String name = month.atEndOfMonth() + "-export";
			boolean partitioned = (months.size() - 1 - m) % 3 == 0;
			this.monthly.add(partitioned ? new Export(usage, name, partitions, this.all)
					: new Export(usage, name + ".csv", this.all));
		}
		if (months.size() >= 2) {
			YearMonth last = months.get(months.size() - 1);
			this.restatement = new Export(usage, last.atDay(5) + "-export.csv", this.all);
		}
		else {
			this.restatement = null;
		}
	}

	/** The export of a month's rows, the partition of a partner when it has several. */
	FocusExportWriter monthly(int monthIndex, int partnerIndex) {
		Export export = this.monthly.get(monthIndex);
		export.rows[partnerIndex % export.writers.length]++;
		return export.writers[partnerIndex % export.writers.length];
	}

	boolean hasRestatement() {
		return this.restatement != null;
	}

	/** The early export of the last month that restates the month before. */
	FocusExportWriter restatement() {
		this.restatement.rows[0]++;
		return this.restatement.writers[0];
	}

	/** The exports in name order, each with its files and rows. */
	List<GenerateSummary.FileRows> files() {
		List<Export> exports = new ArrayList<>(this.monthly);
		if (this.restatement != null) {
			exports.add(this.restatement);
		}
		exports.sort((a, b) -> a.name.compareTo(b.name));
		List<GenerateSummary.FileRows> files = new ArrayList<>();
		for (Export export : exports) {
			long rows = 0;
			for (long count : export.rows) {
				rows += count;
			}
			files.add(new GenerateSummary.FileRows("usage/" + export.name + (export.writers.length > 1 ? "/" : ""),
					export.writers.length, rows));
		}
		return files;
	}

	@Override
	public void close() throws IOException {
		this.all.close();
	}

	/** One export: a single file, or a folder of partitions. */
	private static final class Export {

		final String name;

		final FocusExportWriter[] writers;

		final long[] rows;

		/** A single-file export. */
		Export(Path usage, String name, OpenWriters<FocusExportWriter> all) throws IOException {
			this.name = name;
			this.writers = new FocusExportWriter[] { all.add(open(usage.resolve(name))) };
			this.rows = new long[1];
		}

		/** A partitioned export: {@code name/part_0_0001.csv} ... */
		Export(Path usage, String name, int partitions, OpenWriters<FocusExportWriter> all) throws IOException {
			this.name = name;
			Path folder = usage.resolve(name);
			Files.createDirectories(folder);
			this.writers = new FocusExportWriter[partitions];
			for (int p = 0; p < partitions; p++) {
				this.writers[p] = all.add(open(folder.resolve(String.format(Locale.ROOT, "part_0_%04d.csv", p + 1))));
			}
			this.rows = new long[partitions];
		}

		private static FocusExportWriter open(Path file) throws IOException {
			return new FocusExportWriter(new BufferedWriter(
					new OutputStreamWriter(NamedFileOutput.open(file), StandardCharsets.UTF_8), BUFFER));
		}

	}

}
