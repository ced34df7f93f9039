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

	@ParameterizedTest
	@CsvSource({ "1.5, USD, 1.50", "1, EUR, 1.00", "1500.4, JPY, 1500", "0.0000008, USD, 0.00", "1.2345, BHD, 1.234",
			"1E+2, USD, 100.00", "0.125, USD, 0.12", "0.135, USD, 0.14", "-0.125, USD, -0.12", "0.1251, USD, 0.13",
			"2.5, JPY, 2", "3.5, JPY, 4", "-2.5, JPY, -2", "1.005, '', 1.00", "1.015, XYZ, 1.02" })
	void t6RoundsHalfEvenToTheMinorUnit(String amount, String currency, String rounded) {
		// given: an amount with more or fewer digits than the minor unit (parameters)

		// when
		BigDecimal result = Currencies.atMinorUnit(new BigDecimal(amount), currency);

		// then: the scale is the minor unit's (two for a currency Java does not know)
		assertEquals(rounded, result.toPlainString());
	}

}
