package com.creditsrecon.model.extract;

import java.util.Locale;

/**
 * A row that passed the value checks: its values typed, in the order of the extract's
 * columns ({@code null} for blank or absent optional columns), and its line in the file.
 */
public record ParsedRow(ExtractSpec spec, long line, Object[] values) {

	public Object get(String column) {
		return this.values[this.spec.indexOf(column)];
	}

	/** The value as text, blank when absent. */
	public String text(String column) {
		Object value = get(column);
		return value == null ? "" : value.toString();
	}

	/** The value as a key: lower case for the case-insensitive IDs (extracts.md). */
	public String keyText(String column) {
		String text = text(column);
		return this.spec.column(column).caseInsensitive() ? text.toLowerCase(Locale.ROOT) : text;
	}

}
