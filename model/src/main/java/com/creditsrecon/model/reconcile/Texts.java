package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.money.Currencies;

/** How compared values are written in breaks.csv. */
final class Texts {

	private Texts() {
	}

	static String blankIfNull(String text) {
		return text == null ? "" : text;
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/**
	 * An amount at its currency's minor unit, or as exact as it is when it has more
	 * digits (a reported amount is never rounded away).
	 */
	static String amount(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		return Currencies.asWritten(amount, currency).toPlainString();
	}

}
