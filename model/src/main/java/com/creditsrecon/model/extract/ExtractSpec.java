package com.creditsrecon.model.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one extract file holds: its name, whether the run needs it, its columns, its key,
 * and the rules that make a column required or typed by another value of the same row (a
 * purchase's status date, an action's columns).
 *
 * @param name the extract's name, also the store table's stem and the rejects file's name
 * @param fileName the file name in the input folder ({@code .csv.gz} is read the same)
 * @param requiredFile whether a missing file refuses the input (rule V3)
 * @param columns the columns, in the order the spec lists them
 * @param key the key columns; empty when rows may repeat
 * @param rowRules row-dependent requirements and types
 */
public record ExtractSpec(String name, String fileName, boolean requiredFile, List<Column> columns, List<String> key,
		RowRules rowRules) {

	public ExtractSpec {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(fileName, "fileName is required");
		columns = List.copyOf(columns);
		key = List.copyOf(key);
		Objects.requireNonNull(rowRules, "rowRules is required");
		for (String k : key) {
			indexOf(columns, k);
		}
	}

	/** Index of a column in {@link #columns()}. */
	public int indexOf(String column) {
		return indexOf(this.columns, column);
	}

	public Column column(String name) {
		return this.columns.get(indexOf(name));
	}

	private static int indexOf(List<Column> columns, String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No column " + name);
	}

	/**
	 * Requirements and types that depend on another value of the row. {@code raw} gives a
	 * column's trimmed text by name (blank when absent).
	 */
	public interface RowRules {

		RowRules NONE = new RowRules() {
		};

		/** Whether the column needs a value in this row. */
		default boolean isRequired(Column column, Function<String, String> raw) {
			return column.required();
		}

		/** The column's type in this row, when it differs from the declared one. */
		default Optional<Column> retyped(Column column, Function<String, String> raw) {
			return Optional.empty();
		}

	}

}
