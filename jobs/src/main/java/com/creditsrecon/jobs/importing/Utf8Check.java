package com.creditsrecon.jobs.importing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * Checks that a file's bytes are UTF-8 as Java's strict decoder takes it (rule V3): no
 * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short, also
 * across the blocks the file is read in. Eight ASCII bytes at a time, as most of an
 * export is ASCII.
 */
final class Utf8Check {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long HIGH_BITS = 0x8080808080808080L;

	/** Continuation bytes a sequence begun in an earlier block still needs. */
	private int pending;

	/** The range of the next continuation byte (narrower for the second byte of some). */
	private int lowest = 0x80;

	private int highest = 0xBF;

	/**
	 * Checks the next block of the file.
	 * @throws MalformedInputException at the first byte that is not UTF-8
	 */
	void check(byte[] bytes, int from, int to) throws MalformedInputException {
		int i = from;
		while (i < to) {
			if (this.pending == 0) {
				while (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
					i += 8;
				}
				while (i < to && bytes[i] >= 0) {
					i++;
				}
				if (i == to) {
					return;
				}
				lead(bytes[i++] & 0xFF);
			}
			else {
				int b = bytes[i++] & 0xFF;
				if (b < this.lowest || b > this.highest) {
					throw new MalformedInputException(1);
				}
				this.pending--;
				this.lowest = 0x80;
				this.highest = 0xBF;
			}
		}
	}

	/**
	 * The end of the file: a sequence it cuts short is not UTF-8.
	 * @throws MalformedInputException when it does
	 */
	void end() throws MalformedInputException {
		if (this.pending > 0) {
			throw new MalformedInputException(1);
		}
	}

	/** The first byte of a sequence: how many follow it, and in what range the next. */
	private void lead(int b) throws MalformedInputException {
		if (b >= 0xC2 && b <= 0xDF) {
			this.pending = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			this.pending = 2;
			// E0 would be overlong below A0; ED above 9F a surrogate
			this.lowest = (b == 0xE0) ? 0xA0 : 0x80;
			this.highest = (b == 0xED) ? 0x9F : 0xBF;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			this.pending = 3;
			// F0 would be overlong below 90; F4 above 8F beyond U+10FFFF
			this.lowest = (b == 0xF0) ? 0x90 : 0x80;
			this.highest = (b == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			throw new MalformedInputException(1);
		}
	}

}
