package com.creditsrecon.jobs.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule V3: the UTF-8 check takes exactly what Java's strict decoder takes (the reader
 * decoded with it before), whatever the blocks the bytes come in.
 */
class Utf8CheckTests {

	private static final long SEED = 20261204L;

	/** Bytes near the edges of UTF-8's ranges, where a check goes wrong. */
	private static final int[] EDGES = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
			0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF };

	@Test
	@DisplayName("V3: random bytes near UTF-8's edges, in random blocks, are valid exactly when Java's decoder says so")
	void agreesWithJavasDecoder() {
		int valid = 0;
		for (int n = 0; n < 40_000; n++) {
			// given
			Random random = new Random(SEED * 31 + n);
			byte[] bytes = new byte[random.nextInt(24)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) (random.nextInt(3) == 0 ? 'a' : EDGES[random.nextInt(EDGES.length)]);
			}

			// when
			boolean checked = check(bytes, random);

			// then
			assertThat(checked).as("seed %d, case %d: %s", SEED, n, hex(bytes)).isEqualTo(decodes(bytes));
			valid += checked ? 1 : 0;
		}
		assertThat(valid).as("valid cases").isGreaterThan(2_000);
	}

	/** Checks the bytes in blocks cut at random. */
	private static boolean check(byte[] bytes, Random random) {
		Utf8Check check = new Utf8Check();
		try {
			int from = 0;
			while (from < bytes.length) {
				int to = from + 1 + random.nextInt(bytes.length - from);
				check.check(bytes, from, to);
				from = to;
			}
			check.end();
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean decodes(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static String hex(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (byte b : bytes) {
			text.append(String.format("%02X ", b & 0xFF));
		}
		return text.toString();
	}

}
