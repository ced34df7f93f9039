package com.creditsrecon.jobs.importing;

import java.util.List;

/**
 * One record of an input file as read: its fields (null for a record the CSV parser could
 * not finish, an unbalanced quote), its first physical line, and its raw text on demand.
 */
public final class CsvLine {

	private final List<String> values;

	private final long line;

	private final RawTextTap tap;

	private final long start;

	private final long span;

	CsvLine(List<String> values, long line, RawTextTap tap, long start, long span) {
		this.values = values;
		this.line = line;
		this.tap = tap;
		this.start = start;
		this.span = span;
	}

	/**
	 * The fields, or null when the record is broken (an unbalanced quote up to the end of
	 * the file).
	 */
	public List<String> values() {
		return this.values;
	}

	/** The record's first character's offset in the file. */
	long start() {
		return this.start;
	}

	public long line() {
		return this.line;
	}

	/**
	 * The record's text as it stands in the file, without its line break; valid until the
	 * next record is read.
	 */
	public String raw() {
		return this.tap.text(this.start, this.span);
	}

}
