package com.creditsrecon.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One extract being written: RFC 4180, UTF-8, LF line ends, a header row; counts its data
 * rows.
 */
final class CsvTable implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final String name;

	private final CSVPrinter printer;

	private final Object[] cells;

	private long rows;

	CsvTable(Path folder, String name, List<String> header) throws IOException {
		this.name = name;
		BufferedWriter out = new BufferedWriter(
				new OutputStreamWriter(NamedFileOutput.open(folder.resolve(name)), StandardCharsets.UTF_8), BUFFER);
		this.printer = CSVFormat.RFC4180.builder()
			.setRecordSeparator("\n")
			.setHeader(header.toArray(new String[0]))
			.get()
			.print(out);
		this.cells = new Object[header.size()];
	}

	/** Writes one row; {@code null} values are written blank. */
	void row(Object... values) throws IOException {
		if (values.length != this.cells.length) {
			throw new IllegalArgumentException(
					this.name + ": " + values.length + " values for " + this.cells.length + " columns");
		}
		for (int i = 0; i < values.length; i++) {
			this.cells[i] = values[i] == null ? "" : values[i].toString();
		}
		this.printer.printRecord(this.cells);
		this.rows++;
	}

	String name() {
		return this.name;
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
