package com.creditsrecon.reports.csv;

import java.nio.file.Path;

import com.creditsrecon.model.extract.RowOutcome;

/**
 * {@code rejects/<extract>.csv}: one row per rejected data row, with the file it came
 * from, its line, the V2 reason code, a message and the raw record (rule V1).
 */
public final class RejectsFile implements AutoCloseable {

	public static final String[] HEADER = { "file", "line", "reason_code", "message", "raw" };

	private final CsvOutput out;

	private long rows;

	private RejectsFile(CsvOutput out) {
		this.out = out;
	}

	/**
	 * Starts the file anew: a restarted import writes its rejects again from the first.
	 */
	public static RejectsFile create(Path file) {
		return create(file, false);
	}

	/**
	 * Starts the file anew, after a UTF-8 byte-order mark when {@code bom}.
	 */
	public static RejectsFile create(Path file, boolean bom) {
		return new RejectsFile(CsvOutput.create(file, bom, HEADER));
	}

	/**
	 * @param file the input file's path relative to the input folder
	 */
	public void write(String file, RowOutcome.Rejected rejected) {
		this.out.row(CsvOutput.text(file), Long.toString(rejected.line()), rejected.reason().name(),
				CsvOutput.text(rejected.message()), CsvOutput.text(rejected.raw()));
		this.rows++;
	}

	/**
	 * Puts the rows written so far on disk: a rejected row must not wait in a buffer for
	 * a close whose failure could go unseen (rule V1).
	 */
	public void flush() {
		this.out.flush();
	}

	public long rows() {
		return this.rows;
	}

	@Override
	public void close() {
		this.out.close();
	}

}
