package com.creditsrecon.reports.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One output file of the simulation: its name, its header and how a result row becomes
 * its cells. Rows are written in the order they arrive (the caller streams them sorted);
 * a file whose rows may repeat a key (consumption of one profile simulated with several
 * partners) combines each run of rows with the same key into one.
 *
 * @param <R> the result row type
 */
public final class ResultFile<R> {

	private final String name;

	private final List<String> header;

	private final Function<R, String[]> cells;

	private final BiPredicate<R, R> sameKey;

	private final BinaryOperator<R> combine;

	private ResultFile(String name, List<String> header, Function<R, String[]> cells, BiPredicate<R, R> sameKey,
			BinaryOperator<R> combine) {
		this.name = Objects.requireNonNull(name, "name is required");
		this.header = List.copyOf(header);
		this.cells = Objects.requireNonNull(cells, "cells is required");
		this.sameKey = sameKey;
		this.combine = combine;
	}

	/** A file with one row per result row. */
	public static <R> ResultFile<R> of(String name, List<String> header, Function<R, String[]> cells) {
		return new ResultFile<>(name, header, cells, null, null);
	}

	/** A file whose adjacent rows with the same key are combined into one. */
	public static <R> ResultFile<R> combining(String name, List<String> header, Function<R, String[]> cells,
			BiPredicate<R, R> sameKey, BinaryOperator<R> combine) {
		return new ResultFile<>(name, header, cells, Objects.requireNonNull(sameKey, "sameKey is required"),
				Objects.requireNonNull(combine, "combine is required"));
	}

	/** The file's name under the output folder. */
	public String name() {
		return this.name;
	}

	public List<String> header() {
		return this.header;
	}

	/** The formatted cells of one row. */
	public String[] cells(R row) {
		String[] cells = this.cells.apply(row);
		if (cells.length != this.header.size()) {
			throw new IllegalStateException(
					this.name + ": " + cells.length + " cells for " + this.header.size() + " columns");
		}
		return cells;
	}

	/** Creates (or replaces) the file under {@code folder} and writes its header. */
	public Writer<R> create(Path folder) {
		return create(folder, false);
	}

	/**
	 * Creates (or replaces) the file under {@code folder} and writes its header, after a
	 * UTF-8 byte-order mark when {@code bom}.
	 */
	public Writer<R> create(Path folder, boolean bom) {
		return new Writer<>(this, CsvOutput.create(folder.resolve(this.name), bom, this.header.toArray(new String[0])));
	}

	/**
	 * Writes the rows of one file, in the order given.
	 *
	 * @param <R> the result row type
	 */
	public static final class Writer<R> implements AutoCloseable {

		private final ResultFile<R> file;

		private final CsvOutput out;

		private R pending;

		private long rows;

		private boolean closed;

		private Writer(ResultFile<R> file, CsvOutput out) {
			this.file = file;
			this.out = out;
		}

		public void write(R row) {
			if (this.file.sameKey == null) {
				emit(row);
				return;
			}
			if (this.pending != null && this.file.sameKey.test(this.pending, row)) {
				this.pending = this.file.combine.apply(this.pending, row);
				return;
			}
			if (this.pending != null) {
				emit(this.pending);
			}
			this.pending = row;
		}

		private void emit(R row) {
			this.out.row(this.file.cells(row));
			this.rows++;
		}

		/** Rows written so far (after combining). */
		public long rows() {
			return this.rows;
		}

		/**
		 * Writes the last combined row and closes the file; a second call does nothing.
		 */
		@Override
		public void close() {
			if (this.closed) {
				return;
			}
			this.closed = true;
			if (this.pending != null) {
				emit(this.pending);
				this.pending = null;
			}
			this.out.close();
		}

	}

}
