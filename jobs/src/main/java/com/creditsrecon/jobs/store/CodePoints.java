package com.creditsrecon.jobs.store;

import java.util.Comparator;

/**
 * Text in code point order, as the result tables sort it (their text columns are declared
 * with {@link SqlDialect#codePointCollation}); Java's {@link String#compareTo} compares
 * UTF-16 units, which differs for characters past U+FFFF.
 */
final class CodePoints {

	static final Comparator<String> ORDER = CodePoints::compare;

	private CodePoints() {
	}

	static int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

}
