package com.creditsrecon.reports.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an output CSV file row by row, giving cells by column name: a column the file
 * does not have (one a newer release appends) reads as blank.
 */
final class CsvRows {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private CsvRows() {
	}

	/** True when the file is there; a missing file is read as one without rows. */
	static boolean exists(Path file) {
		return Files.isRegularFile(file);
	}

	static void forEach(Path file, Consumer<Row> action) {
		if (!exists(file)) {
			return;
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			Row row = new Row(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				row.record = record;
				action.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** One row of a file; the same instance moves on to the next row. */
	static final class Row {

		private final Map<String, Integer> index = new HashMap<>();

		private CSVRecord record;

		Row(List<String> header) {
			for (int i = 0; i < header.size(); i++) {
				this.index.put(header.get(i), i);
			}
		}

		boolean has(String column) {
			return this.index.containsKey(column);
		}

		/** The cell, blank when the file has no such column or the row is short. */
		String get(String column) {
			Integer i = this.index.get(column);
			if (i == null || i >= this.record.size()) {
				return "";
			}
			return this.record.get(i);
		}

		/** A text cell as the inputs had it, without the formula guard of outputs.md. */
		String text(String column) {
			return Units.unguard(get(column));
		}

		long amount(String column) {
			return Units.parse(get(column));
		}

	}

}
