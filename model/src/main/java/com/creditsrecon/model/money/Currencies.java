package com.creditsrecon.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The one place that knows a currency's minor unit and what a valid currency code is. */
public final class Currencies {

	/**
	 * The minor-unit digits of each code seen, as {@link #atMinorUnit} takes them. Valid
	 * and invalid codes alike: only codes of loaded rows get here, a few per input.
	 */
	private static final Map<String, Integer> DIGITS = new ConcurrentHashMap<>();

	/**
	 * The valid codes seen. On the import's hot path (a check per usage row), and bounded
	 * by the codes the JDK knows, whatever the input holds.
	 */
	private static final Set<String> VALID = ConcurrentHashMap.newKeySet();

	private Currencies() {
	}

	/**
	 * True for an ISO 4217 code that the JDK knows (upper case, as normalised by the
	 * importer).
	 */
	public static boolean isValid(String code) {
		if (code == null) {
			return false;
		}
		if (VALID.contains(code)) {
			return true;
		}
		if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
			return false;
		}
		try {
			Currency.getInstance(code);
			VALID.add(code);
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
	 * An amount rounded HALF_EVEN to its currency's minor unit: the one rounding of money
	 * in the project (rule T6: usage sums once their scope is resolved, lot amounts,
	 * totals and written amounts). A currency this does not know takes two digits. On the
	 * engine's hot path, so the digits of a code are looked up once.
	 */
	public static BigDecimal atMinorUnit(BigDecimal amount, String currency) {
		return amount.setScale(digits(currency), RoundingMode.HALF_EVEN);
	}

	/**
	 * An amount as the outputs write it: at its currency's minor unit, or as exact as it
	 * is when it has more digits, so that no digit is ever rounded away. A currency this
	 * does not know (a blank one) takes two digits.
	 */
	public static BigDecimal asWritten(BigDecimal amount, String currency) {
		int minor = digits(currency);
		if (amount.scale() == minor) {
			return amount;
		}
		BigDecimal exact = amount.stripTrailingZeros();
		return exact.scale() <= minor ? exact.setScale(minor) : exact;
	}

	/**
	 * The minor-unit digits of a code, two for one this does not know (or none), looked
	 * up once per code: amounts are rounded and written on hot paths.
	 */
	private static int digits(String currency) {
		if (currency == null) {
			return 2;
		}
		Integer digits = DIGITS.get(currency);
		if (digits == null) {
			digits = isValid(currency) ? minorDigits(currency) : 2;
			DIGITS.put(currency, digits);
		}
		return digits;
	}

}
