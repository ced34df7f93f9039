package com.creditsrecon.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrenciesTests {

	@ParameterizedTest
	@CsvSource({ "USD, true", "EUR, true", "JPY, true", "GBP, true", "usd, false", "Usd, false", "USX, false",
			"US, false", "USDD, false", "' USD', false", "'', false", "123, false" })
	void isValidForUpperCaseIso4217Codes(String code, boolean valid) {
		// given: a candidate code (parameter)

		// when
		boolean result = Currencies.isValid(code);

		// then
		assertEquals(valid, result);
	}

	@Test
	void nullIsNotValid() {
		// given: no code at all

		// when
		boolean result = Currencies.isValid(null);

		// then
		assertFalse(result);
	}

	@ParameterizedTest
	@CsvSource({ "USD, 2", "EUR, 2", "JPY, 0", "BHD, 3", "XAU, 2" })
	void t6MinorDigitsOfTheCurrency(String code, int digits) {
		// given: a currency code (parameter)

		// when
		int result = Currencies.minorDigits(code);

		// then
		assertEquals(digits, result);
	}

	@ParameterizedTest
	@CsvSource({ "100.000000000000000000, USD, 100.00", "1E+2, USD, 100.00", "1200.5, JPY, 1200.5",
			"1200.000, JPY, 1200", "0.125, USD, 0.125", "-3.5, EUR, -3.50", "7, '', 7.00" })
	void amountsAreWrittenAtTheMinorUnitWithoutLosingDigits(String amount, String code, String written) {
		// given: a stored or reported amount and its currency (parameters)

		// when
		String result = Currencies.asWritten(new BigDecimal(amount), code).toPlainString();

		// then
		assertEquals(written, result);
	}

}
