package com.creditsrecon.reports.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import com.creditsrecon.model.money.Currencies;

/**
 * Amounts read from the outputs as longs of ten-thousandths, so that summing millions of
 * rows stays cheap and exact (the outputs have at most the currency's minor-unit digits);
 * written back at the currency's minor unit, always with the currency.
 */
final class Units {

	static final int SCALE = 4;

	private static final long ONE = 10_000L;

	private Units() {
	}

	/** A plain decimal as outputs.md writes it; blank is 0. */
	static long parse(String text) {
		return (text == null) ? 0 : parse(text.toCharArray(), 0, text.length());
	}

	/** A plain decimal in {@code chars[offset..offset+length)}; blank is 0. */
	static long parse(char[] chars, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		int end = offset + length;
		int i = offset;
		boolean negative = chars[i] == '-';
		if (negative || chars[i] == '+') {
			i++;
		}
		long whole = 0;
		long fraction = 0;
		int fractionDigits = -1;
		for (; i < end; i++) {
			char c = chars[i];
			if (c == '.') {
				fractionDigits = 0;
			}
			else if (c >= '0' && c <= '9') {
				if (fractionDigits < 0) {
					whole = whole * 10 + (c - '0');
				}
				else if (fractionDigits < SCALE) {
					fraction = fraction * 10 + (c - '0');
					fractionDigits++;
				}
				else {
					return exactly(chars, offset, length);
				}
			}
			else {
				return exactly(chars, offset, length);
			}
		}
		for (int d = Math.max(fractionDigits, 0); d < SCALE; d++) {
			fraction *= 10;
		}
		long value = whole * ONE + fraction;
		return negative ? -value : value;
	}

	/**
	 * Anything but a plain decimal of up to four digits: rounded, or refused as no
	 * number.
	 */
	private static long exactly(char[] chars, int offset, int length) {
		return new BigDecimal(chars, offset, length).movePointRight(SCALE)
			.setScale(0, RoundingMode.HALF_EVEN)
			.longValue();
	}

	static BigDecimal decimal(long units, String currency) {
		return BigDecimal.valueOf(units, SCALE).setScale(digits(currency), RoundingMode.HALF_EVEN);
	}

	static double toDouble(long units) {
		return units / (double) ONE;
	}

	/**
	 * As the page shows it: grouped thousands, the currency's minor unit, no currency.
	 */
	static String grouped(long units, String currency) {
		return String.format(Locale.ROOT, "%,." + digits(currency) + "f", decimal(units, currency));
	}

	/** As the page shows it, with its currency: {@code 1,234.50 USD}. */
	static String withCurrency(long units, String currency) {
		return grouped(units, currency) + (currency.isEmpty() ? "" : " " + currency);
	}

	/** A count read as units: the whole number it is. */
	static long whole(long units) {
		return units / ONE;
	}

	static String plain(long units, String currency) {
		return decimal(units, currency).toPlainString();
	}

	private static int digits(String currency) {
		try {
			return currency.isEmpty() ? 2 : Currencies.minorDigits(currency);
		}
		catch (IllegalArgumentException ex) {
			return 2;
		}
	}

	/**
	 * Drops the leading {@code '} outputs.md puts before a text a spreadsheet would run.
	 */
	static String unguard(String text) {
		if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

}
