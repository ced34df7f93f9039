package com.creditsrecon.jobs.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Parses one CSV record (RFC 4180: commas, double quotes, {@code ""} inside quotes, CRLF,
 * LF or CR) from UTF-8 bytes, exactly as Commons CSV's RFC 4180 format with empty lines
 * kept did before it (the behaviour every input file was read with): a quote inside an
 * unquoted field is text; whitespace between a closing quote and the next comma or line
 * end is dropped, anything else there is an error; a comma at the end of the file still
 * makes an empty last field. Only the fields become strings; the rest is positions in the
 * bytes, so that a record's raw text costs nothing until it is asked for.
 */
final class CsvRecordParser {

	/** What one call of {@link #parse} found. */
	enum Outcome {

		/** A record: {@link #values()}, {@link #end()}, {@link #lines()}. */
		RECORD,

		/** No record: the text has ended. */
		END,

		/** The record runs past the bytes read: read more, then parse it again. */
		MORE,

		/** A quoted field the text ends in (rule V1a). */
		UNCLOSED_QUOTE,

		/**
		 * Something other than whitespace, a comma or a line end after a closing quote
		 * (rule V1a).
		 */
		TEXT_AFTER_QUOTE,

		/**
		 * The record runs on for more than the most one may take (rule V1a): found by
		 * {@link CsvLineReader}, which reads on, not by the parser.
		 */
		TOO_LONG

	}

	private String[] values = new String[64];

	private int size;

	private int textEnd;

	private int end;

	private int lines;

	private boolean ranOn;

	private int stop;

	/** Where the unescaped bytes of a quoted field with {@code ""} in it are put. */
	private byte[] unescaped = new byte[256];

	/**
	 * Parses the record that starts at {@code start}.
	 * @param ended whether the text ends at {@code limit} (else {@link Outcome#MORE} when
	 * the record may go on beyond it)
	 */
	Outcome parse(byte[] bytes, int start, int limit, boolean ended) {
		this.size = 0;
		if (start == limit) {
			return ended ? Outcome.END : more(limit);
		}
		int lines = 0;
		int at = start;
		while (true) {
			// a field starts at `at`: the record's first, or one after a comma
			if (at == limit) {
				if (!ended) {
					return more(limit);
				}
				add("");
				return record(at, at, lines + 1);
			}
			if (bytes[at] != '"') {
				int to = at;
				byte b = 0;
				while (to < limit) {
					b = bytes[to];
					// one comparison lets most bytes through: the three that end a field
					// are all at or below ','
					if ((b & 0xFF) <= ',' && (b == ',' || b == '\n' || b == '\r')) {
						break;
					}
					to++;
				}
				if (to == limit) {
					if (!ended) {
						return more(limit);
					}
					add(decode(bytes, at, to));
					return record(to, to, lines + 1);
				}
				add(decode(bytes, at, to));
				if (b == ',') {
					at = to + 1;
					continue;
				}
				return lineEnd(bytes, to, limit, ended, lines);
			}
			// a quoted field: to its closing quote
			int from = at + 1;
			int to = from;
			boolean escaped = false;
			while (true) {
				if (to == limit) {
					if (!ended) {
						return more(limit);
					}
					// Commons CSV counted the last line once more unless it had ended
					byte last = bytes[limit - 1];
					this.ranOn = lines + (last == '\n' || last == '\r' ? 0 : 1) > 1;
					this.stop = limit;
					return Outcome.UNCLOSED_QUOTE;
				}
				byte b = bytes[to];
				if (b == '"') {
					if (to + 1 == limit && !ended) {
						return more(limit);
					}
					if (to + 1 < limit && bytes[to + 1] == '"') {
						escaped = true;
						to += 2;
						continue;
					}
					break;
				}
				if (b == '\r' || (b == '\n' && bytes[to - 1] != '\r')) {
					lines++;
				}
				to++;
			}
			String value = escaped ? unescape(bytes, from, to) : decode(bytes, from, to);
			at = to + 1;
			// after the closing quote: whitespace, then a comma or the line's end
			while (true) {
				if (at == limit) {
					if (!ended) {
						return more(limit);
					}
					add(value);
					return record(at, at, lines + 1);
				}
				byte b = bytes[at];
				if (b == ',') {
					add(value);
					at++;
					break;
				}
				if (b == '\n' || b == '\r') {
					add(value);
					return lineEnd(bytes, at, limit, ended, lines);
				}
				int space = whitespace(bytes, at, limit);
				if (space < 0 && !ended) {
					return more(limit);
				}
				if (space <= 0) {
					this.ranOn = lines > 0;
					this.stop = at + 1;
					return Outcome.TEXT_AFTER_QUOTE;
				}
				at += space;
			}
		}
	}

	/** The record's fields, once {@link Outcome#RECORD}; a new list each time. */
	List<String> values() {
		return Arrays.asList(Arrays.copyOf(this.values, this.size));
	}

	int size() {
		return this.size;
	}

	/** Whether the record is one empty field: a blank line (or {@code ""} alone). */
	boolean blank() {
		return this.size == 1 && this.values[0].isEmpty();
	}

	/** Where the record's text ends, before its line break. */
	int textEnd() {
		return this.textEnd;
	}

	/** Where the next record starts. */
	int end() {
		return this.end;
	}

	/** The physical lines the record takes. */
	int lines() {
		return this.lines;
	}

	/**
	 * How far the parser read: to the record's end, or to where it found that it cannot
	 * make one, or to the end of the bytes read.
	 */
	int stop() {
		return this.stop;
	}

	/**
	 * For an unclosed quote or text after a closing quote: whether a line had ended
	 * before the parser found it out.
	 */
	boolean ranOn() {
		return this.ranOn;
	}

	/** A line break at {@code at} ends the record: CRLF, LF or CR. */
	private Outcome lineEnd(byte[] bytes, int at, int limit, boolean ended, int lines) {
		if (bytes[at] == '\n') {
			return record(at, at + 1, lines + 1);
		}
		if (at + 1 == limit && !ended) {
			return more(limit); // CR: is it CRLF?
		}
		return record(at, (at + 1 < limit && bytes[at + 1] == '\n') ? at + 2 : at + 1, lines + 1);
	}

	private Outcome more(int limit) {
		this.stop = limit;
		return Outcome.MORE;
	}

	private Outcome record(int textEnd, int end, int lines) {
		this.textEnd = textEnd;
		this.end = end;
		this.stop = end;
		this.lines = lines;
		return Outcome.RECORD;
	}

	private void add(String value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, 2 * this.size);
		}
		this.values[this.size++] = value;
	}

	private static String decode(byte[] bytes, int from, int to) {
		// the bytes are UTF-8 (checked as read); mostly ASCII, which this copies as is
		return new String(bytes, from, to - from, StandardCharsets.UTF_8);
	}

	/** A quoted field's text with each {@code ""} made one quote. */
	private String unescape(byte[] bytes, int from, int to) {
		if (this.unescaped.length < to - from) {
			this.unescaped = new byte[Math.max(to - from, 2 * this.unescaped.length)];
		}
		int length = 0;
		for (int i = from; i < to; i++) {
			this.unescaped[length++] = bytes[i];
			if (bytes[i] == '"') {
				i++; // inside the quotes, every quote is the first of a pair
			}
		}
		return decode(this.unescaped, 0, length);
	}

	/**
	 * How many bytes the character at {@code at} takes if it is whitespace as
	 * {@link Character#isWhitespace(char)} says (Commons CSV's test after a closing
	 * quote); 0 if it is not, -1 if it is cut short by the end of the bytes read.
	 */
	private static int whitespace(byte[] bytes, int at, int limit) {
		int b = bytes[at] & 0xFF;
		if (b < 0x80) {
			return Character.isWhitespace((char) b) ? 1 : 0;
		}
		// only characters of three bytes can be whitespace beyond ASCII
		// (U+1680, U+2000..U+200A, U+2028, U+2029, U+205F, U+3000)
		if (b < 0xE0 || b > 0xEF) {
			return 0;
		}
		if (at + 3 > limit) {
			return -1;
		}
		char c = (char) (((b & 0x0F) << 12) | ((bytes[at + 1] & 0x3F) << 6) | (bytes[at + 2] & 0x3F));
		return Character.isWhitespace(c) ? 3 : 0;
	}

}
