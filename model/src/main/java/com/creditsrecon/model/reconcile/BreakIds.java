package com.creditsrecon.model.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code break_id} of breaks.csv's rows, given in file order: the first 16 hex digits
 * of the SHA-256 of {@code object|key|reported_key|field} (the values before the formula
 * guard), so that a break keeps its ID from one run to the next. Rows that would share an
 * ID get {@code -2}, {@code -3}, … after the first, in file order. breaks.csv is sorted
 * by those four columns, so such rows are adjacent: only the last row's ID is remembered.
 * (Two different rows whose hashes share 64 bits, one chance in 2^64 a pair, are not told
 * apart.)
 */
public final class BreakIds {

	private final MessageDigest sha256;

	private String last = "";

	private int repeats;

	public BreakIds() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** The ID of the next row of breaks.csv. */
	public String next(BreakRow row) {
		String id = of(row);
		if (!id.equals(this.last)) {
			this.last = id;
			this.repeats = 1;
			return id;
		}
		this.repeats++;
		return id + "-" + this.repeats;
	}

	/** The ID of a row, before any suffix. */
	String of(BreakRow row) {
		String text = row.object().name() + "|" + row.key() + "|" + row.reportedKey() + "|" + row.field();
		byte[] digest = this.sha256.digest(text.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 8);
	}

}
