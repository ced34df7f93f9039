package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Keeps the text that the CSV parser has read since the current chunk began, so that a
 * rejected record can be written to the rejects file exactly as it stands in the input
 * (rule V1), without keeping every line of a large file. Thread-safe: with read-ahead,
 * one thread parses while another asks for the raw text of a rejected record.
 */
final class RawTextTap extends Reader {

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

	RawTextTap(Reader in) {
		this.in = in;
	}

	@Override
	public synchronized int read(char[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
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
	 * The text from a character offset over {@code lines} physical lines, without the
	 * last line break; to the end of what was read when {@code lines} is 0 or the text
	 * ends first.
	 */
	synchronized String text(long start, long lines) {
		int from = (int) (start - this.windowStart);
		if (from < 0 || from > this.length) {
			return "";
		}
		int end = from;
		long remaining = lines;
		int length = this.length;
		while (end < length) {
			char c = this.window[end];
			if (c == '\n' || c == '\r') {
				remaining--;
				if (remaining <= 0) {
					break;
				}
				if (c == '\r' && end + 1 < length && this.window[end + 1] == '\n') {
					end++;
				}
			}
			end++;
		}
		return new String(this.window, from, end - from);
	}

	/**
	 * The offset just after the line break that ends {@code lines} physical lines from
	 * {@code start}.
	 */
	synchronized long endOfLines(long start, long lines) {
		long end = start + text(start, lines).length();
		int at = (int) (end - this.windowStart);
		if (at < this.length && this.window[at] == '\r') {
			return at + 1 < this.length && this.window[at + 1] == '\n' ? end + 2 : end + 1;
		}
		return at < this.length && this.window[at] == '\n' ? end + 1 : end;
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

}
