package com.creditsrecon.jobs.store;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointsTests {

	/** Characters of every range where UTF-16 order and code point order differ. */
	private static final int[] CHARACTERS = { 'a', 'B', '0', 0xE9, 0xD7FF, 0xE000, 0xFB01, 0xFFFD, 0x10000, 0x1F600,
			0x10FFFF };

	@Test
	@DisplayName("Text sorts by code point, as the store sorts it: U+1F600 after U+FFFD, though its UTF-16 units sort first")
	void supplementaryCharactersSortAfterTheEndOfTheBasicPlane() {
		String emoji = new String(Character.toChars(0x1F600));
		assertThat(emoji.compareTo("\uFFFD")).isNegative();
		assertThat(CodePoints.compare(emoji, "\uFFFD")).isPositive();
		assertThat(CodePoints.compare("\uFFFD", emoji)).isNegative();
		assertThat(CodePoints.compare("ab", "abc")).isNegative();
		assertThat(CodePoints.compare("abc", "abc")).isZero();
	}

	@Test
	@DisplayName("The comparison agrees with comparing code point arrays, on 20,000 generated pairs")
	void agreesWithCodePointArrays() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			String a = text(random);
			String b = random.nextInt(4) == 0 ? a + text(random) : text(random);
			int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
			assertThat(Integer.signum(CodePoints.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
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
