package com.creditsrecon.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in one currency at the currency's minor-unit scale, as Moneta models money:
 * immutable, built from text or an exact decimal (never a double), rounded HALF_EVEN
 * (rule T6), failing fast on arithmetic across currencies, equal by value rather than by
 * scale.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "amount is required");
		Objects.requireNonNull(currency, "currency is required");
		if (!Currencies.isValid(currency)) {
			throw new IllegalArgumentException("Unknown currency: " + currency);
		}
		amount = amount.setScale(Currencies.minorDigits(currency), RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(checked(other).amount), this.currency);
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(checked(other).amount), this.currency);
	}

	public Money negate() {
		return new Money(this.amount.negate(), this.currency);
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(checked(other).amount);
	}

	private Money checked(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Currency mismatch: " + this.currency + "/" + other.currency);
		}
		return other;
	}

	/**
	 * Plain decimal text with exactly the minor-unit digits, as every output writes
	 * amounts.
	 */
	public String toPlainString() {
		return this.amount.toPlainString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Money that && this.currency.equals(that.currency)
				&& this.amount.compareTo(that.amount) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.amount.stripTrailingZeros(), this.currency);
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency;
	}

}
