package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.util.List;

import com.creditsrecon.jobs.importing.CsvRecordParser.Outcome;

/**
 * The records of a CSV text in order, each with its first physical line (rule V1). A
 * quote that makes no well-formed record never swallows the lines after it (rule V1a):
 * its first physical line comes out broken, and parsing starts again at the next line. So
 * every physical line is in a record, a broken line or a blank line (skipped).
 */
final class CsvLineReader {

	/**
	 * The most text one record may take (a quoted field that never closes would otherwise
	 * take the rest of the file), in characters.
	 */
	static final int MAX_RECORD_CHARS = 8 << 20;

	private final ByteWindow window;

	private final int maxRecordChars;

	private final CsvRecordParser parser = new CsvRecordParser();

	/** Where the next record starts in the window's bytes. */
	private int at;

	/** Physical lines read so far (the header's included). */
	private long linesRead;

	private int headerSize;

	CsvLineReader(ByteWindow window) {
		this(window, MAX_RECORD_CHARS);
	}

	/**
	 * Reads the records that start at the window's start, after a header of
	 * {@code headerSize} fields read elsewhere: line numbers count from there.
	 */
	static CsvLineReader afterHeader(ByteWindow window, int headerSize) {
		CsvLineReader reader = new CsvLineReader(window);
		reader.headerSize = headerSize;
		return reader;
	}

	/**
	 * @param maxRecordChars the most a record may take (small in tests)
	 */
	CsvLineReader(ByteWindow window, int maxRecordChars) {
		this.window = window;
		this.maxRecordChars = maxRecordChars;
	}

	/**
	 * The first record, or null when the text has none.
	 * @throws NotCsvException when it cannot be parsed (rule V3)
	 */
	List<String> header() throws IOException, NotCsvException {
		Outcome outcome = parseRecord();
		if (outcome == Outcome.END) {
			return null;
		}
		if (outcome != Outcome.RECORD) {
			throw new NotCsvException("the header row (line 1) cannot be read as CSV: " + problem(outcome, false));
		}
		List<String> header = this.parser.values();
		this.headerSize = header.size();
		this.linesRead = this.parser.lines();
		this.at = this.parser.end();
		return header;
	}

	/**
	 * Physical lines read so far, the header's included: right after {@link #header()},
	 * the lines it takes.
	 */
	long linesRead() {
		return this.linesRead;
	}

	/**
	 * Where the next record starts in the text (after the header's bytes, when it has
	 * been read here).
	 */
	long position() {
		return this.window.offset(this.at);
	}

	/**
	 * The next record or broken line after the header, or null at the end.
	 * @throws NotCsvException when a line that makes no record is too long to keep
	 */
	CsvLine next() throws IOException, NotCsvException {
		return nextBefore(Long.MAX_VALUE);
	}

	/**
	 * The next record or broken line that starts before {@code end} in the text, or null
	 * when there is none: its records may run on beyond it.
	 * @throws NotCsvException when a line that makes no record is too long to keep
	 */
	CsvLine nextBefore(long end) throws IOException, NotCsvException {
		while (this.window.offset(this.at) < end) {
			long line = this.linesRead + 1;
			Outcome outcome = parseRecord();
			if (outcome == Outcome.END) {
				return null;
			}
			if (outcome != Outcome.RECORD) {
				return broken(line, problem(outcome, this.parser.ranOn()));
			}
			int span = this.parser.lines();
			if (span > 1 && this.parser.size() != this.headerSize) {
				// rule V1a: across lines, in a record not of the header's size
				return broken(line, "a quoted field runs past the end of the line into a record of "
						+ this.parser.size() + " fields, not " + this.headerSize);
			}
			int from = this.at;
			this.at = this.parser.end();
			this.linesRead += span;
			if (this.parser.blank()) {
				continue; // a blank line is no data row
			}
			return CsvLine.record(this.parser.values(), line, span, this.window.bytes(), from, this.parser.textEnd());
		}
		return null;
	}

	/**
	 * Parses the record at {@link #at}, reading on while it runs past the bytes read, up
	 * to the most a record may take.
	 */
	private Outcome parseRecord() throws IOException {
		while (true) {
			Outcome outcome = this.parser.parse(this.window.bytes(), this.at, this.window.limit(), this.window.ended());
			if (outcome == Outcome.END) {
				return outcome;
			}
			// however it ends, a record that took more than the most is not one
			if (longerThanMost(this.at, this.parser.stop())) {
				return Outcome.TOO_LONG;
			}
			if (outcome != Outcome.MORE) {
				return outcome;
			}
			this.at -= this.window.readMore(this.at);
		}
	}

	/**
	 * Rule V1a: the first physical line of what could not be made a record is rejected
	 * alone, and parsing starts again at the next line, whatever the parser read beyond.
	 */
	private CsvLine broken(long line, String problem) throws IOException, NotCsvException {
		int from = this.at;
		int scan = from;
		while (true) {
			byte[] bytes = this.window.bytes();
			int limit = this.window.limit();
			while (scan < limit && bytes[scan] != '\n' && bytes[scan] != '\r') {
				scan++;
			}
			// after a CR, the next byte tells whether it is CRLF
			if (this.window.ended() || (scan < limit && (bytes[scan] == '\n' || scan + 1 < limit))) {
				break;
			}
			if (longerThanMost(from, limit)) {
				throw lineTooLong(line);
			}
			int moved = this.window.readMore(from);
			from -= moved;
			scan -= moved;
		}
		if (longerThanMost(from, scan)) {
			throw lineTooLong(line);
		}
		byte[] bytes = this.window.bytes();
		int limit = this.window.limit();
		int next = scan;
		if (scan < limit) {
			next += (bytes[scan] == '\r' && scan + 1 < limit && bytes[scan + 1] == '\n') ? 2 : 1;
		}
		this.linesRead = line;
		this.at = next;
		return CsvLine.broken(line, problem, bytes, from, scan);
	}

	private NotCsvException lineTooLong(long line) {
		return new NotCsvException(
				"line " + line + " is longer than " + this.maxRecordChars + " characters and makes no record");
	}

	/** Whether {@code bytes[from, to)} holds more characters than a record may take. */
	private boolean longerThanMost(int from, int to) {
		// a character takes one byte or more: count them only when the bytes are too many
		if (to - from <= this.maxRecordChars) {
			return false;
		}
		byte[] bytes = this.window.bytes();
		long chars = 0;
		for (int i = from; i < to; i++) {
			int b = bytes[i] & 0xFF;
			// a continuation byte adds nothing; four bytes make two UTF-16 characters
			chars += ((b & 0xC0) != 0x80 ? 1 : 0) + ((b & 0xF8) == 0xF0 ? 1 : 0);
		}
		return chars > this.maxRecordChars;
	}

	/** What the parser found wrong with a record, in a user's words. */
	private String problem(Outcome outcome, boolean ranOn) {
		if (outcome == Outcome.TOO_LONG) {
			return "an unbalanced quote: the quoted field runs on for more than " + this.maxRecordChars + " characters";
		}
		if (ranOn) {
			return "an unbalanced quote: a quoted field runs past the end of the line and never closes properly";
		}
		if (outcome == Outcome.UNCLOSED_QUOTE) {
			return "an unbalanced quote: the quoted field is never closed";
		}
		return "text after a closing quote (a field that starts with a quote must end with it)";
	}

	/**
	 * The text cannot be read as CSV: the header row, or a line too long to keep (rule
	 * V3). Its message names the line, not the file.
	 */
	static final class NotCsvException extends Exception {

		NotCsvException(String message) {
			super(message, null, false, false);
		}

	}

}
