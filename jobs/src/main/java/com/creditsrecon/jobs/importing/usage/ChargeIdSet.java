package com.creditsrecon.jobs.importing.usage;

import java.util.Arrays;

/**
 * A set of 64-bit hashes of {@code x_ChargeId}s: 8 bytes a row instead of the strings, so
 * that repeated charges in an export can be found (rule V2) in memory that a million rows
 * keep under 16 MB. Open addressing with linear probing; not thread-safe.
 */
final class ChargeIdSet {

	private static final long EMPTY = 0L;

	private long[] slots = new long[1 << 12];

	private int size;

	/**
	 * Hashes a charge ID: FNV-1a over its characters, then a SplitMix64 finish to spread
	 * the bits.
	 */
	static long hash(String chargeId) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < chargeId.length(); i++) {
			h ^= chargeId.charAt(i);
			h *= 0x100000001b3L;
		}
		h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
		h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
		h = h ^ (h >>> 31);
		return h == EMPTY ? 1L : h;
	}

	/** Adds a hash; false when it was there already. */
	boolean add(long hash) {
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		boolean added = insert(this.slots, hash);
		if (added) {
			this.size++;
		}
		return added;
	}

	boolean contains(long hash) {
		int mask = this.slots.length - 1;
		for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
			if (this.slots[i] == EMPTY) {
				return false;
			}
			if (this.slots[i] == hash) {
				return true;
			}
		}
	}

	int size() {
		return this.size;
	}

	/** The hashes, sorted. */
	long[] sorted() {
		long[] values = new long[this.size];
		int n = 0;
		for (long slot : this.slots) {
			if (slot != EMPTY) {
				values[n++] = slot;
			}
		}
		Arrays.sort(values);
		return values;
	}

	private static boolean insert(long[] table, long hash) {
		int mask = table.length - 1;
		for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
			if (table[i] == EMPTY) {
				table[i] = hash;
				return true;
			}
			if (table[i] == hash) {
				return false;
			}
		}
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		for (long slot : old) {
			if (slot != EMPTY) {
				insert(this.slots, slot);
			}
		}
	}

	private static int spread(long hash) {
		return (int) (hash ^ (hash >>> 32));
	}

}
