package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Keeps the text that the CSV parser has read since the current chunk began, so that a
 * rejected record can be written to the rejects file exactly as it stands in the input
 * (rule V1), and so that parsing can start again at any physical line of that text (rule
 * V1a), without keeping every line of a large file. It also tells a failure to read the
 * file apart from a record the parser could not finish, and bounds how much text one
 * record may take. Thread-safe: with read-ahead, one thread parses while another asks for
 * the raw text of a rejected record.
 */
final class RawTextTap extends Reader {

	/**
	 * The most text one record may take (a quoted field that never closes would otherwise
	 * take the rest of the file): about 16 MB of heap for the text kept.
	 */
	static final int MAX_RECORD_CHARS = 8 << 20;

	private static final int DISCARD_AT = 1 << 20;

	private final Reader in;

	/**
	 * The text kept: {@code window[0, length)}; a plain array, as copying into it is on
	 * the hot path.
	 */
	private char[] window = new char[1 << 16];

	private int length;

	/** Character offset in the file of {@code window.charAt(0)}. */
	private long windowStart;

	/** Where the record being parsed starts. */
	private long recordStart;

	/** Why the file itself could not be read, once that happened. */
	private IOException failure;

	RawTextTap(Reader in) {
		this.in = in;
	}

	@Override
	public synchronized int read(char[] buffer, int offset, int length) throws IOException {
		if (this.windowStart + this.length - this.recordStart > MAX_RECORD_CHARS) {
			throw new RecordTooLongException();
		}
		return readAndKeep(buffer, offset, length);
	}

	private int readAndKeep(char[] buffer, int offset, int length) throws IOException {
		int n;
		try {
			n = this.in.read(buffer, offset, length);
		}
		catch (IOException ex) {
			this.failure = ex;
			throw ex;
		}
		if (n > 0) {
			if (this.length + n > this.window.length) {
				this.window = Arrays.copyOf(this.window, Math.max(this.window.length * 2, this.length + n));
			}
			System.arraycopy(buffer, offset, this.window, this.length, n);
			this.length += n;
		}
		return n;
	}

	/**
	 * Reads on until the physical line that starts at {@code start} is whole in the text
	 * kept, with its line break: the parser may have given up in its middle.
	 * @return false when the line is longer than the most a record may take
	 */
	synchronized boolean readLineAt(long start) throws IOException {
		char[] buffer = new char[1 << 13];
		int scanned = (int) (start - this.windowStart);
		while (true) {
			for (; scanned < this.length; scanned++) {
				char c = this.window[scanned];
				// after a CR, the next character tells whether it is CRLF
				if (c == '\n' || (c == '\r' && scanned + 1 < this.length)) {
					return true;
				}
			}
			if (this.windowStart + this.length - start > MAX_RECORD_CHARS) {
				return false;
			}
			if (readAndKeep(buffer, 0, buffer.length) < 0) {
				return true;
			}
		}
	}

	/**
	 * The failure to read the file (not valid UTF-8, a truncated gzip, a disk error), as
	 * opposed to text the parser could not make a record of; null when there was none.
	 */
	synchronized IOException failure() {
		return this.failure;
	}

	/** The record about to be parsed starts here: it may take at most the maximum. */
	synchronized void recordStartsAt(long offset) {
		this.recordStart = offset;
	}

	/**
	 * A reader of the file's text from an offset: first what was read already after it,
	 * then the rest of the file. Parsing starts again there (rule V1a).
	 */
	synchronized Reader from(long offset) {
		int from = (int) Math.max(0, Math.min(offset - this.windowStart, this.length));
		char[] replay = Arrays.copyOfRange(this.window, from, this.length);
		return new Reader() {

			private int next;

			@Override
			public int read(char[] buffer, int off, int len) throws IOException {
				if (this.next < replay.length) {
					int n = Math.min(len, replay.length - this.next);
					System.arraycopy(replay, this.next, buffer, off, n);
					this.next += n;
					return n;
				}
				return RawTextTap.this.read(buffer, off, len);
			}

			@Override
			public void close() throws IOException {
				RawTextTap.this.close();
			}

		};
	}

	/**
	 * The text from a character offset over {@code lines} physical lines, without the
	 * last line break; to the end of what was read when {@code lines} is 0 or the text
	 * ends first.
	 */
	synchronized String text(long start, long lines) {
		int from = (int) (start - this.windowStart);
		if (from < 0 || from > this.length) {
			return "";
		}
		return new String(this.window, from, endOfText(from, lines) - from);
	}

	/**
	 * The offset just after the line break that ends {@code lines} physical lines from
	 * {@code start}. On the hot path: once per record, with no copy of its text.
	 */
	synchronized long endOfLines(long start, long lines) {
		int from = (int) (start - this.windowStart);
		if (from < 0 || from > this.length) {
			return start;
		}
		int at = endOfText(from, lines);
		if (at < this.length && this.window[at] == '\r') {
			at += at + 1 < this.length && this.window[at + 1] == '\n' ? 2 : 1;
		}
		else if (at < this.length && this.window[at] == '\n') {
			at++;
		}
		return this.windowStart + at;
	}

	/**
	 * Where the last of {@code lines} physical lines from window index {@code from} ends,
	 * before its line break (CRLF, CR or LF).
	 */
	private int endOfText(int from, long lines) {
		int end = from;
		long remaining = lines;
		int length = this.length;
		char[] window = this.window;
		while (end < length) {
			char c = window[end];
			if (c == '\n' || c == '\r') {
				remaining--;
				if (remaining <= 0) {
					break;
				}
				if (c == '\r' && end + 1 < length && window[end + 1] == '\n') {
					end++;
				}
			}
			end++;
		}
		return end;
	}

	/**
	 * Forgets the text before an offset: the records before it are done with. Done only
	 * once the forgettable text is large, so that the text kept is not shifted for every
	 * record.
	 */
	synchronized void discardBefore(long offset) {
		int cut = (int) Math.min(offset - this.windowStart, this.length);
		if (cut >= DISCARD_AT) {
			System.arraycopy(this.window, cut, this.window, 0, this.length - cut);
			this.length -= cut;
			this.windowStart += cut;
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/** A record took more than {@link #MAX_RECORD_CHARS}: the parser cannot finish it. */
	static final class RecordTooLongException extends IOException {

		RecordTooLongException() {
			super("a record longer than " + MAX_RECORD_CHARS + " characters", null);
		}

	}

}
