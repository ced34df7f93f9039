package com.creditsrecon.model.text;

import java.util.Comparator;

/**
 * Text in code point order, as the result tables sort it (their text columns are declared
 * with a code point collation); Java's {@link String#compareTo} compares UTF-16 units,
 * which differs for characters past U+FFFF.
 */
public final class CodePoints {

	public static final Comparator<String> ORDER = CodePoints::compare;

	private CodePoints() {
	}

	/**
	 * Compares UTF-16 units up to the first that differ, then puts them in code point
	 * order: only a surrogate against a unit of U+E000–U+FFFF sorts differently, so both
	 * are moved (surrogates above, the others below) before they are compared. Equal
	 * units before them mean both strings are at the same place of a character there.
	 */
	public static int compare(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
					return Integer.compare(inCodePointOrder(x), inCodePointOrder(y));
				}
				return Integer.compare(x, y);
			}
		}
		return Integer.compare(a.length(), b.length());
	}

	private static int inCodePointOrder(char unit) {
		return unit >= 0xE000 ? unit - 0x800 : unit + 0x2000;
	}

}
