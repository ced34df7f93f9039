package com.creditsrecon.model.text;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodePointsTests {

	/** Characters of every range where UTF-16 order and code point order differ. */
	private static final int[] CHARACTERS = { 'a', 'B', '0', 0xE9, 0xD7FF, 0xE000, 0xFB01, 0xFFFD, 0x10000, 0x1F600,
			0x10FFFF };

	@Test
	@DisplayName("Text sorts by code point, as the store sorts it: U+1F600 after U+FFFD, though its UTF-16 units sort first")
	void supplementaryCharactersSortAfterTheEndOfTheBasicPlane() {
		String emoji = new String(Character.toChars(0x1F600));
		assertTrue(emoji.compareTo("\uFFFD") < 0);
		assertTrue(CodePoints.compare(emoji, "\uFFFD") > 0);
		assertTrue(CodePoints.compare("\uFFFD", emoji) < 0);
		assertTrue(CodePoints.compare("ab", "abc") < 0);
		assertEquals(0, CodePoints.compare("abc", "abc"));
	}

	@Test
	@DisplayName("The comparison agrees with comparing code point arrays, on 20,000 generated pairs")
	void agreesWithCodePointArrays() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			String a = text(random);
			String b = random.nextInt(4) == 0 ? a + text(random) : text(random);
			int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
			assertEquals(expected, Integer.signum(CodePoints.compare(a, b)), a + " vs " + b);
		}
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int n = random.nextInt(4); n > 0; n--) {
			text.appendCodePoint(CHARACTERS[random.nextInt(CHARACTERS.length)]);
		}
		return text.toString();
	}

}
