package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a file that the CSV parser is at, checked as UTF-8 when read (rule V3).
 * Every block is read into a fresh array that begins with the bytes carried over from the
 * last (the record not finished there): a record's bytes are always in one array, and an
 * array is never written again once read, so that a {@link CsvLine} can keep its raw text
 * as bytes, on any thread, for as long as it lives.
 */
final class ByteWindow {

	private final InputStream in;

	private final int blockSize;

	private final Utf8Check utf8 = new Utf8Check();

	private byte[] bytes = new byte[0];

	private int limit;

	private boolean ended;

	/** Where in the text {@code bytes[0]} is. */
	private long base;

	/**
	 * @param blockSize how much to read at a time (small in tests, so that records cross
	 * blocks)
	 */
	ByteWindow(InputStream in, int blockSize) {
		this(in, blockSize, 0);
	}

	/**
	 * @param start where in the text the stream starts, for {@link #offset(int)}
	 */
	ByteWindow(InputStream in, int blockSize, long start) {
		this.in = in;
		this.blockSize = blockSize;
		this.base = start;
	}

	/** The bytes read: {@code bytes()[0, limit())} for the current array. */
	byte[] bytes() {
		return this.bytes;
	}

	int limit() {
		return this.limit;
	}

	/** Where in the text the byte at {@code index} of the current array is. */
	long offset(int index) {
		return this.base + index;
	}

	/** Whether the file has no bytes beyond {@link #limit()}. */
	boolean ended() {
		return this.ended;
	}

	/**
	 * Reads the next block into a new array, the bytes from {@code keep} on first. At
	 * least half of the new array is new bytes: a record longer than a block is read on
	 * in blocks of doubling size, so that parsing it again from its start each time costs
	 * no more than twice its length.
	 * @return how far the kept bytes moved: index {@code keep} is now 0
	 * @throws java.nio.charset.MalformedInputException when the bytes read are not UTF-8
	 */
	int readMore(int keep) throws IOException {
		int kept = this.limit - keep;
		byte[] next = new byte[Math.max(this.blockSize, 2 * kept)];
		System.arraycopy(this.bytes, keep, next, 0, kept);
		int read = this.in.readNBytes(next, kept, next.length - kept);
		this.utf8.check(next, kept, kept + read);
		if (read < next.length - kept) {
			this.ended = true;
			this.utf8.end();
		}
		this.bytes = next;
		this.limit = kept + read;
		this.base += keep;
		return keep;
	}

}
