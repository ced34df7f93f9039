package com.creditsrecon.reports.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.creditsrecon.model.result.RowColumns;

/**
 * The columns of an output file made of a result row's columns ({@link RowColumns}): the
 * header is their names, each cell their value as outputs.md writes it (dates
 * {@code yyyy-MM-dd}, months {@code yyyy-MM}, instants {@code yyyy-MM-ddTHH:mm:ssZ} in
 * UTC, amounts at the row's currency's minor unit, text guarded against formulas, blank
 * for none). A file may keep only some of them, or write one its own way.
 *
 * @param <R> the result row
 */
final class CsvColumns<R extends Record> {

	private final List<String> header;

	private final List<Function<R, String>> cells;

	private CsvColumns(List<String> header, List<Function<R, String>> cells) {
		this.header = List.copyOf(header);
		this.cells = List.copyOf(cells);
	}

	/** Every column of the row, in its order. */
	static <R extends Record> CsvColumns<R> of(Class<R> type) {
		RowColumns<R> row = RowColumns.of(type);
		RowColumns.Column<R> currency = row.columns()
			.stream()
			.filter(c -> c.name().equals("currency"))
			.findFirst()
			.orElse(null);
		List<String> header = new ArrayList<>();
		List<Function<R, String>> cells = new ArrayList<>();
		for (RowColumns.Column<R> column : row.columns()) {
			header.add(column.name());
			cells.add(cell(column, currency));
		}
		return new CsvColumns<>(header, cells);
	}

	/** Only these columns, in this order. */
	CsvColumns<R> only(String... names) {
		List<String> header = new ArrayList<>();
		List<Function<R, String>> cells = new ArrayList<>();
		for (String name : names) {
			int i = index(name);
			header.add(name);
			cells.add(this.cells.get(i));
		}
		return new CsvColumns<>(header, cells);
	}

	/** The column {@code name} under another header, written by {@code cell}. */
	CsvColumns<R> replace(String name, String header, Function<R, String> cell) {
		int i = index(name);
		List<String> headers = new ArrayList<>(this.header);
		List<Function<R, String>> cells = new ArrayList<>(this.cells);
		headers.set(i, header);
		cells.set(i, cell);
		return new CsvColumns<>(headers, cells);
	}

	/**
	 * These columns of a row that is part of a larger one: the line that carries the
	 * result row and what the file adds to it.
	 */
	<T extends Record> CsvColumns<T> of(Function<T, R> part) {
		List<Function<T, String>> cells = new ArrayList<>();
		for (Function<R, String> cell : this.cells) {
			cells.add(part.andThen(cell));
		}
		return new CsvColumns<>(this.header, cells);
	}

	/** These columns and one more after them. */
	CsvColumns<R> append(String header, Function<R, String> cell) {
		List<String> headers = new ArrayList<>(this.header);
		List<Function<R, String>> cells = new ArrayList<>(this.cells);
		headers.add(header);
		cells.add(cell);
		return new CsvColumns<>(headers, cells);
	}

	List<String> header() {
		return this.header;
	}

	String[] cells(R row) {
		String[] values = new String[this.cells.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.cells.get(i).apply(row);
		}
		return values;
	}

	private int index(String name) {
		int i = this.header.indexOf(name);
		if (i < 0) {
			throw new IllegalArgumentException(name + " is not one of the columns " + this.header);
		}
		return i;
	}

	/** How a value of the column's type is written. */
	private static <R> Function<R, String> cell(RowColumns.Column<R> column, RowColumns.Column<R> currency) {
		Class<?> type = column.type();
		if (type == String.class) {
			return r -> CsvOutput.text((String) column.get(r));
		}
		if (type == BigDecimal.class) {
			if (currency == null) {
				throw new IllegalArgumentException(column.name() + " is an amount of a row without a currency");
			}
			return r -> CsvOutput.amount((BigDecimal) column.get(r), (String) currency.get(r));
		}
		if (type == LocalDate.class) {
			return r -> CsvOutput.date((LocalDate) column.get(r));
		}
		if (type == YearMonth.class) {
			return r -> CsvOutput.month((YearMonth) column.get(r));
		}
		if (type == Instant.class) {
			return r -> CsvOutput.instant((Instant) column.get(r));
		}
		if (type.isEnum()) {
			return r -> ((Enum<?>) column.get(r)).name();
		}
		if (type == int.class || type == long.class || type == boolean.class) {
			return r -> column.get(r).toString();
		}
		throw new IllegalArgumentException(column.name() + ": no way to write a " + type.getSimpleName());
	}

}
