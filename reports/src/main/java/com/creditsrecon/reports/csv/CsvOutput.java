package com.creditsrecon.reports.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.creditsrecon.model.money.Currencies;

/**
 * An output CSV file with the formatting rules of every output in one place: UTF-8,
 * {@code ,}, LF line ends, a header row, amounts at the currency's minor unit, and text
 * cells that a spreadsheet would run as a formula written with a leading {@code '}. Cells
 * are quoted as RFC 4180 needs (and as Commons CSV's minimal quoting does), except that a
 * blank cell is always written empty: "blank for none", also in the first column.
 */
public final class CsvOutput implements AutoCloseable {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Writer out;

	private CsvOutput(Writer out) {
		this.out = out;
	}

	/** The UTF-8 byte-order mark, which Excel needs to read a file as UTF-8. */
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Creates (or replaces) the file, with its parent folders, and writes the header. */
	public static CsvOutput create(Path file, String... header) {
		return create(file, false, header);
	}

	/** The bytes of the UTF-8 byte-order mark, for a file written by other means. */
	public static byte[] byteOrderMark() {
		return BOM.clone();
	}

	/**
	 * Creates (or replaces) the file, with its parent folders, and writes the header,
	 * after a UTF-8 byte-order mark when {@code bom} ({@code --csv-bom}).
	 */
	public static CsvOutput create(Path file, boolean bom, String... header) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			OutputStream out = Files.newOutputStream(file);
			if (bom) {
				out.write(BOM);
			}
			return open(out, header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** Writes to a stream the caller owns until {@link #close()}. */
	public static CsvOutput open(OutputStream out, String... header) {
		CsvOutput output = new CsvOutput(
				new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
		output.row(header);
		return output;
	}

	/**
	 * Writes one row of cells, each already formatted with {@link #text} or
	 * {@link #amount}.
	 */
	public void row(String... cells) {
		try {
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					this.out.write(',');
				}
				writeCell(cells[i], cells.length == 1);
			}
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Quotes a cell that holds a separator, a quote or a line end, starts with a space or
	 * a character up to {@code #}, or ends with a space or control character; a blank
	 * cell stays empty unless it is the whole record (which would read as no record).
	 */
	private void writeCell(String cell, boolean alone) throws IOException {
		String value = cell == null ? "" : cell;
		if (value.isEmpty()) {
			if (alone) {
				this.out.write("\"\"");
			}
			return;
		}
		boolean quote = value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ';
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			this.out.write(value);
			return;
		}
		this.out.write('"');
		this.out.write(value.replace("\"", "\"\""));
		this.out.write('"');
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
		return Currencies.atMinorUnit(value, currency).toPlainString();
	}

	/** {@code yyyy-MM-dd}, blank for none. */
	public static String date(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** {@code yyyy-MM}, blank for none. */
	public static String month(YearMonth month) {
		return month == null ? "" : month.toString();
	}

	/** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, blank for none. */
	public static String instant(Instant instant) {
		return instant == null ? "" : INSTANT.format(instant);
	}

	/** Writes what is buffered to the file, so that a failure to write shows now. */
	public void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
