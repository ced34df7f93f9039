package com.creditsrecon.generator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic identifiers. Those that must never collide (billing profiles, charge IDs)
 * come from bijections of (partner, number), so that they are unique by construction;
 * GUIDs are name-based UUIDs of a distinct text each.
 */
final class Ids {

	/** Letters and digits of billing profile IDs: no 0, 1, I or O. */
	private static final char[] PROFILE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final long MASK_60 = (1L << 60) - 1;

	private Ids() {
	}

	/** Partner IDs are numbers, as Partner Center's are. */
	static String partnerId(int index) {
		return Long.toString(7_000_000L + index);
	}

	/**
	 * A row of actions.csv: the partner's actions numbered from 1, in the script's order.
	 */
	static String actionId(String partnerId, int number) {
		return String.format(Locale.ROOT, "A%s-%04d", partnerId, number);
	}

	/**
	 * The GUID of a partner's subscription of subscriptions.csv, numbered from 0 (other
	 * partners' stories name subscription 0).
	 */
	static String subscriptionId(long seed, int partnerIndex, int number) {
		return guid("subscription|" + seed + "|" + partnerIndex + "|" + number);
	}

	/** SplitMix64's finaliser: a bijection of the 64-bit integers. */
	static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** The seed of one partner's random choices of one kind. */
	static long partnerSeed(long seed, int partnerIndex, long stream) {
		return mix64(mix64(seed) ^ mix64(partnerIndex * 0x9E3779B97F4A7C15L + stream));
	}

	/**
	 * A billing profile ID like {@code CT2A-2K5Q-AJ6-EMT}: its last twelve characters are
	 * a bijection of (seed, partner, number), so no two profiles share one.
	 */
	static String profileId(long seed, int partnerIndex, int number) {
		long x = ((long) partnerIndex << 8) | (number & 0xFF);
		long y = permute60((x + mix64(seed)) & MASK_60);
		long prefix = mix64(y ^ 0x5DEECE66DL);
		char[] id = new char[17];
		id[0] = PROFILE_ALPHABET[(int) (prefix & 31)];
		id[1] = PROFILE_ALPHABET[(int) ((prefix >>> 5) & 31)];
		int at = 2;
		for (int i = 0; i < 12; i++) {
			if (at == 4 || at == 9 || at == 13) {
				id[at++] = '-';
			}
			id[at++] = PROFILE_ALPHABET[(int) ((y >>> (5 * i)) & 31)];
		}
		return new String(id);
	}

	/**
	 * A profile ID that no partner has: real ones never contain a 0 (rule T7's
	 * unattributed usage).
	 */
	static String unknownProfileId(long seed, int partnerIndex, int number) {
		return "ZZ00-" + profileId(seed, partnerIndex, number).substring(5);
	}

	/** A GUID for a name; distinct names give distinct GUIDs. */
	static String guid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** An MCA billing account ID as Partner Center shows it. */
	static String mcaAccount(long seed, int partnerIndex, int number) {
		String key = seed + "|" + partnerIndex + "|" + number;
		return guid("account|" + key) + ":" + guid("tenant|" + key) + "_2019-05-31";
	}

	/** An enrollment number of an EA billing account. */
	static String enrollment(long seed, int partnerIndex, int number) {
		return Long.toString(8_000_000 + Math.floorMod(mix64(seed ^ (((long) partnerIndex << 8) | number)), 1_999_999));
	}

	/**
	 * An {@code x_ChargeId}: unique per (partner, row number) for any seed, 32 hex
	 * digits.
	 */
	static String chargeId(long seed, int partnerIndex, long rowNumber) {
		long high = mix64(mix64(seed) ^ ((((long) partnerIndex) << 36) + rowNumber));
		long low = mix64(high ^ 0xD1B54A32D192ED03L);
		return hex(high) + hex(low);
	}

	/** A bijection of the 60-bit integers. */
	private static long permute60(long x) {
		for (int round = 0; round < 3; round++) {
			x = (x * 0x5851F42D4C957F2DL) & MASK_60;
			x ^= x >>> 29;
			x = (x * 0x14057B7EF767814FL) & MASK_60;
			x ^= x >>> 31;
		}
		return x;
	}

	private static String hex(long value) {
		String digits = Long.toHexString(value);
		return "0".repeat(16 - digits.length()) + digits;
	}

}
