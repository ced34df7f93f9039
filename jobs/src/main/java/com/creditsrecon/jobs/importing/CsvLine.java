package com.creditsrecon.jobs.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One record of an input file as read: its fields, its first physical line, and its raw
 * text on demand; or a broken first line (rule V1a: a quote that does not make a
 * well-formed record), with what is wrong with it.
 */
public final class CsvLine {

	private final List<String> values;

	private final long line;

	private final long span;

	private final String problem;

	/** The record's bytes as read, {@code bytes[from, to)}: never written again. */
	private final byte[] bytes;

	private final int from;

	private final int to;

	private CsvLine(List<String> values, long line, long span, String problem, byte[] bytes, int from, int to) {
		this.values = values;
		this.line = line;
		this.span = span;
		this.problem = problem;
		this.bytes = bytes;
		this.from = from;
		this.to = to;
	}

	/**
	 * A record of fields over {@code span} physical lines, its text
	 * {@code bytes[from, to)}.
	 */
	static CsvLine record(List<String> values, long line, long span, byte[] bytes, int from, int to) {
		return new CsvLine(values, line, span, null, bytes, from, to);
	}

	/** A physical line that makes no record (rule V1a); its raw text is that line. */
	static CsvLine broken(long line, String problem, byte[] bytes, int from, int to) {
		return new CsvLine(null, line, 1, problem, bytes, from, to);
	}

	/**
	 * The same record {@code lines} physical lines further down: for one parsed from a
	 * record in the middle of the file.
	 */
	CsvLine after(long lines) {
		return lines == 0 ? this
				: new CsvLine(this.values, this.line + lines, this.span, this.problem, this.bytes, this.from, this.to);
	}

	/** The fields, or null when the line is broken. */
	public List<String> values() {
		return this.values;
	}

	/** Why a broken line makes no record, in a user's words; null for a record. */
	public String problem() {
		return this.problem;
	}

	public long line() {
		return this.line;
	}

	/** How many physical lines it takes: 1, or more for a record a quoted field spans. */
	public long lineCount() {
		return this.span;
	}

	/**
	 * The record's text as it stands in the file, without its line break: made only when
	 * asked for, as only rejected records need it (rule V1).
	 */
	public String raw() {
		return new String(this.bytes, this.from, this.to - this.from, StandardCharsets.UTF_8);
	}

}
