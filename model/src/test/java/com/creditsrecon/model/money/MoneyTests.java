package com.creditsrecon.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

	@ParameterizedTest
	@CsvSource({ "1.5, USD, 1.50, 2", "1, EUR, 1.00, 2", "1500, JPY, 1500, 0", "1500.4, JPY, 1500, 0",
			"0.0000008, USD, 0.00, 2", "1.2345, BHD, 1.234, 3", "1E+2, USD, 100.00, 2" })
	void t6ScaleIsFixedToTheCurrencysMinorUnit(String amount, String currency, String plain, int scale) {
		// given: an amount and a currency (parameters)

		// when
		Money money = Money.of(amount, currency);

		// then
		assertEquals(scale, money.amount().scale());
		assertEquals(plain, money.toPlainString());
	}

	@ParameterizedTest
	@CsvSource({ "0.125, USD, 0.12", "0.135, USD, 0.14", "0.145, USD, 0.14", "0.155, USD, 0.16", "-0.125, USD, -0.12",
			"-0.135, USD, -0.14", "0.1251, USD, 0.13", "0.1249, USD, 0.12", "2.5, JPY, 2", "3.5, JPY, 4",
			"-2.5, JPY, -2" })
	void t6RoundsHalfEven(String amount, String currency, String expected) {
		// given: an amount with more digits than the minor unit (parameters)

		// when
		Money money = Money.of(new BigDecimal(amount), currency);

		// then
		assertEquals(expected, money.toPlainString());
	}

	@Test
	void t6ArithmeticIsExact() {
		// given
		Money a = Money.of("0.10", "USD");
		Money b = Money.of("0.20", "USD");

		// when
		Money sum = a.plus(b);
		Money difference = a.minus(b);

		// then
		assertEquals("0.30", sum.toPlainString());
		assertEquals("-0.10", difference.toPlainString());
		assertEquals(Money.of("0.10", "USD"), difference.negate());
		assertEquals("USD", sum.currency());
	}

	@Test
	void currencyMismatchFails() {
		// given
		Money euros = Money.of("1", "EUR");
		Money dollars = Money.of("1", "USD");

		// when
		IllegalArgumentException plus = assertThrows(IllegalArgumentException.class, () -> euros.plus(dollars));
		IllegalArgumentException minus = assertThrows(IllegalArgumentException.class, () -> euros.minus(dollars));
		IllegalArgumentException compare = assertThrows(IllegalArgumentException.class, () -> euros.compareTo(dollars));
		IllegalArgumentException min = assertThrows(IllegalArgumentException.class, () -> dollars.min(euros));

		// then
		assertEquals("Currency mismatch: EUR/USD", plus.getMessage());
		assertEquals("Currency mismatch: EUR/USD", minus.getMessage());
		assertEquals("Currency mismatch: EUR/USD", compare.getMessage());
		assertEquals("Currency mismatch: USD/EUR", min.getMessage());
	}

	@Test
	void equalityIsByValueNotScale() {
		// given
		Money a = new Money(new BigDecimal("1.5"), "USD");
		Money b = new Money(new BigDecimal("1.500"), "USD");
		Money c = Money.of("1.50", "USD");

		// when / then
		assertEquals(a, b);
		assertEquals(a, c);
		assertEquals(a.hashCode(), b.hashCode());
		assertEquals(a.hashCode(), c.hashCode());
		assertNotEquals(Money.of("1.50", "EUR"), a);
		assertNotEquals(Money.of("1.51", "USD"), a);
		assertEquals(Money.zero("USD"), Money.of("-0.00", "USD"));
		assertEquals(Money.zero("USD").hashCode(), Money.of("-0.00", "USD").hashCode());
	}

	@ParameterizedTest
	@ValueSource(strings = { "USX", "usd", "US", "" })
	void unknownOrLowerCaseCurrencyIsRefused(String currency) {
		// given: a code that is not an upper-case ISO 4217 code (parameter)

		// when
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Money.of("1", currency));

		// then
		assertEquals("Unknown currency: " + currency, ex.getMessage());
	}

	@Test
	void amountAndCurrencyAreRequired() {
		// given: a null amount or currency

		// when / then
		assertThrows(NullPointerException.class, () -> new Money(null, "USD"));
		assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
	}

	@Test
	void signsAndComparison() {
		// given
		Money zero = Money.zero("JPY");
		Money plus = Money.of("3", "JPY");
		Money minus = Money.of("-3", "JPY");

		// when / then
		assertTrue(zero.isZero());
		assertFalse(zero.isPositive() || zero.isNegative());
		assertTrue(plus.isPositive());
		assertTrue(minus.isNegative());
		assertTrue(minus.compareTo(plus) < 0);
		assertEquals(0, Money.of("0.004", "USD").compareTo(Money.zero("USD")));
		assertTrue(Money.of("0.004", "USD").isZero());
		assertSame(minus, minus.min(plus));
		assertSame(minus, plus.min(minus));
	}

	@Test
	void toStringShowsPlainAmountAndCurrency() {
		// given: an amount with fewer digits than the minor unit

		// when
		String text = Money.of("1234567.5", "EUR").toString();

		// then
		assertEquals("1234567.50 EUR", text);
	}

}
