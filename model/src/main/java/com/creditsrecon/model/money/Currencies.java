package com.creditsrecon.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/** The one place that knows a currency's minor unit and what a valid currency code is. */
public final class Currencies {

	private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

	private Currencies() {
	}

	/**
	 * True for an ISO 4217 code that the JDK knows (upper case, as normalised by the
	 * importer).
	 */
	public static boolean isValid(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Digits after the decimal point of the currency's minor unit: 2 for USD and EUR, 0
	 * for JPY (rule T6). Currencies without a minor unit (e.g. XAU) use 2.
	 */
	public static int minorDigits(String code) {
		int digits = Currency.getInstance(code).getDefaultFractionDigits();
		return digits < 0 ? 2 : digits;
	}

	/**
	 * An amount rounded HALF_EVEN to its currency's minor unit (a total, where a reported
	 * amount's extra digits have no place). A currency this does not know takes two
	 * digits.
	 */
	public static BigDecimal atMinorUnit(BigDecimal amount, String currency) {
		return amount.setScale(isValid(currency) ? minorDigits(currency) : 2, RoundingMode.HALF_EVEN);
	}

	/**
	 * An amount as the outputs write it: at its currency's minor unit, or as exact as it
	 * is when it has more digits, so that no digit is ever rounded away. A currency this
	 * does not know (a blank one) takes two digits.
	 */
	public static BigDecimal asWritten(BigDecimal amount, String currency) {
		int minor = isValid(currency) ? minorDigits(currency) : 2;
		BigDecimal exact = amount.stripTrailingZeros();
		return exact.scale() <= minor ? exact.setScale(minor) : exact;
	}

}
