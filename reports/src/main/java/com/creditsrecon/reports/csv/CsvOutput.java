package com.creditsrecon.reports.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.creditsrecon.model.money.Currencies;

/**
 * An output CSV file with the formatting rules of every output in one place: UTF-8,
 * {@code ,}, LF line ends, a header row, amounts at the currency's minor unit, and text
 * cells that a spreadsheet would run as a formula written with a leading {@code '}.
 */
public final class CsvOutput implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final CSVPrinter printer;

	private CsvOutput(CSVPrinter printer) {
		this.printer = printer;
	}

	/** Creates (or replaces) the file, with its parent folders, and writes the header. */
	public static CsvOutput create(Path file, String... header) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			return open(Files.newOutputStream(file), header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** Writes to a stream the caller owns until {@link #close()}. */
	public static CsvOutput open(OutputStream out, String... header) {
		try {
			CSVPrinter printer = new CSVPrinter(
					new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
			printer.printRecord((Object[]) header);
			return new CsvOutput(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one row of cells, each already formatted with {@link #text} or
	 * {@link #amount}.
	 */
	public void row(String... cells) {
		try {
			this.printer.printRecord((Object[]) cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text cell, guarded against spreadsheet formula injection: text starting with
	 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
	 * {@code '}.
	 */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	/**
	 * An amount as a plain decimal with exactly the currency's minor-unit digits; blank
	 * for none.
	 */
	public static String amount(BigDecimal value, String currency) {
		if (value == null) {
			return "";
		}
		return value.setScale(Currencies.minorDigits(currency), RoundingMode.HALF_EVEN).toPlainString();
	}

	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
