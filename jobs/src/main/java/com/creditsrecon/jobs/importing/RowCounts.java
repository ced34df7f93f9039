package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data rows of Cost Management's blobs, counted once and kept in the store's folder
 * by path, size and modification time: a manifest's {@code dataRowCount} is checked
 * against every blob of every run the container holds, a year of daily runs each night,
 * and counting means reading. A blob whose size or modification time changed is counted
 * again.
 */
final class RowCounts {

	private static final String FILE = "manifest-row-counts.tsv";

	/** Where the counts are kept; null to keep none. */
	private final Path storeDir;

	private final Map<String, Long> known = new HashMap<>();

	private final Map<String, Long> used = new TreeMap<>();

	private RowCounts(Path storeDir) {
		this.storeDir = storeDir;
	}

	/** Counts every blob, keeping nothing. */
	static RowCounts none() {
		return new RowCounts(null);
	}

	/** The counts kept in {@code storeDir}, if any. */
	static RowCounts in(Path storeDir) {
		RowCounts counts = new RowCounts(storeDir);
		Path file = storeDir.resolve(FILE);
		try {
			if (Files.exists(file)) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int tab = line.indexOf('\t');
					counts.known.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// a cache: unreadable, it is rebuilt by counting
			counts.known.clear();
		}
		return counts;
	}

	/** The file's data rows as the import reads them ({@link ManifestRun#dataRows}). */
	long dataRows(Path file, String displayName) {
		String key;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			key = attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "|" + file.toAbsolutePath();
		}
		catch (IOException ex) {
			return ManifestRun.dataRows(file, displayName);
		}
		Long rows = this.known.get(key);
		if (rows == null) {
			rows = ManifestRun.dataRows(file, displayName);
		}
		this.used.put(key, rows);
		return rows;
	}

	/** Keeps the counts of the blobs looked at in this scan, and only those. */
	void save() {
		if (this.storeDir == null || this.used.equals(this.known)) {
			return;
		}
		List<String> lines = new ArrayList<>();
		this.used.forEach((key, rows) -> lines.add(rows + "\t" + key));
		Path partial = this.storeDir.resolve("." + FILE);
		try {
			Files.createDirectories(this.storeDir);
			Files.write(partial, lines, StandardCharsets.UTF_8);
			Files.move(partial, this.storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
