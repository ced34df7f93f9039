package com.creditsrecon.reports.page;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams an output CSV file (RFC 4180, as outputs.md writes them) row by row, giving
 * cells by column name: a column the file does not have (one a newer release appends)
 * reads as blank. Cells become strings only when asked for, and amounts are parsed
 * without one: the page reads some 60 MB of events and usage on 10,000 partners, and
 * Commons CSV, which makes a string of every cell, took most of the page's time budget.
 */
final class CsvRows {

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
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			Row row = new Row(reader);
			if (!row.next()) {
				return;
			}
			row.header();
			while (row.next()) {
				action.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** One row of a file; the same instance moves on to the next row. */
	static final class Row {

		private final Reader in;

		private final char[] buffer = new char[1 << 16];

		private int position;

		private int limit;

		private char[] record = new char[512];

		private int length;

		private int[] starts = new int[32];

		private int[] ends = new int[32];

		private int count;

		private final Map<String, Integer> index = new HashMap<>();

		Row(Reader in) {
			this.in = in;
		}

		private void header() {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < this.count; i++) {
				names.add(cell(i));
			}
			for (int i = 0; i < names.size(); i++) {
				this.index.put(names.get(i), i);
			}
		}

		boolean has(String column) {
			return this.index.containsKey(column);
		}

		/** The cell, blank when the file has no such column or the row is short. */
		String get(String column) {
			Integer i = this.index.get(column);
			return (i == null || i >= this.count) ? "" : cell(i);
		}

		/** A text cell as the inputs had it, without the formula guard of outputs.md. */
		String text(String column) {
			return Units.unguard(get(column));
		}

		long amount(String column) {
			Integer i = this.index.get(column);
			if (i == null || i >= this.count) {
				return 0;
			}
			return Units.parse(this.record, this.starts[i], this.ends[i] - this.starts[i]);
		}

		private String cell(int i) {
			return new String(this.record, this.starts[i], this.ends[i] - this.starts[i]);
		}

		private int read() throws IOException {
			if (this.position == this.limit) {
				this.limit = this.in.read(this.buffer);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					return -1;
				}
			}
			return this.buffer[this.position++];
		}

		private void append(char c) {
			if (this.length == this.record.length) {
				this.record = Arrays.copyOf(this.record, this.length * 2);
			}
			this.record[this.length++] = c;
		}

		private void endField(int start) {
			if (this.count == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.count * 2);
				this.ends = Arrays.copyOf(this.ends, this.count * 2);
			}
			this.starts[this.count] = start;
			this.ends[this.count++] = this.length;
		}

		/**
		 * Reads the next record; false at the end of the file. Blank lines are skipped.
		 */
		boolean next() throws IOException {
			int c = read();
			while (c == '\r' || c == '\n') {
				c = read();
			}
			if (c < 0) {
				return false;
			}
			this.length = 0;
			this.count = 0;
			int start = 0;
			while (true) {
				if (c == '"' && this.length == start) {
					c = quoted();
				}
				if (c == ',') {
					endField(start);
					start = this.length;
				}
				else if (c == '\n' || c < 0) {
					endField(start);
					return true;
				}
				else if (c != '\r') {
					append((char) c);
				}
				c = read();
			}
		}

		/**
		 * Reads a quoted field after its opening quote; returns the character after it.
		 */
		private int quoted() throws IOException {
			while (true) {
				int c = read();
				if (c < 0) {
					return c;
				}
				if (c == '"') {
					c = read();
					if (c != '"') {
						return c;
					}
				}
				append((char) c);
			}
		}

	}

}
