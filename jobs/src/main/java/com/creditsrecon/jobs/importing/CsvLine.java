package com.creditsrecon.jobs.importing;

import java.util.List;

/**
 * One record of an input file as read: its fields, its first physical line, and its raw
 * text on demand; or a broken first line (rule V1a: a quote that does not make a
 * well-formed record), with what is wrong with it.
 */
public final class CsvLine {

	private final List<String> values;

	private final long line;

	private final RawTextTap tap;

	private final long start;

	private final long span;

	private final String problem;

	private CsvLine(List<String> values, long line, RawTextTap tap, long start, long span, String problem) {
		this.values = values;
		this.line = line;
		this.tap = tap;
		this.start = start;
		this.span = span;
		this.problem = problem;
	}

	/** A record of fields over {@code span} physical lines from {@code start}. */
	static CsvLine record(List<String> values, long line, RawTextTap tap, long start, long span) {
		return new CsvLine(values, line, tap, start, span, null);
	}

	/** A physical line that makes no record (rule V1a); its raw text is that line. */
	static CsvLine broken(long line, RawTextTap tap, long start, String problem) {
		return new CsvLine(null, line, tap, start, 1, problem);
	}

	/** The fields, or null when the line is broken. */
	public List<String> values() {
		return this.values;
	}

	/** Why a broken line makes no record, in a user's words; null for a record. */
	public String problem() {
		return this.problem;
	}

	/** The record's first character's offset in the file. */
	long start() {
		return this.start;
	}

	public long line() {
		return this.line;
	}

	/** How many physical lines it takes: 1, or more for a record a quoted field spans. */
	public long lineCount() {
		return this.span;
	}

	/**
	 * The record's text as it stands in the file, without its line break; valid until the
	 * next record is read.
	 */
	public String raw() {
		return this.tap.text(this.start, this.span);
	}

}
