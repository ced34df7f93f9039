package com.creditsrecon.model.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

import com.creditsrecon.model.money.Currencies;

/**
 * The kinds of value an extract column holds, each parsing its text (already trimmed,
 * never blank) into the value the store keeps, or failing with the V2 reason code.
 */
public enum ValueType {

	/** Free text, kept as written. */
	TEXT,
	/** {@code yyyy-MM-dd}, kept as {@link LocalDate}. */
	DATE,
	/** {@code yyyy-MM-ddTHH:mm[:ss]Z}, kept as a UTC {@link LocalDateTime}. */
	INSTANT,
	/** A plain decimal with {@code .}, any sign. */
	AMOUNT,
	/** A plain decimal greater than zero. */
	POSITIVE_AMOUNT,
	/** ISO 4217, kept upper case. */
	CURRENCY,
	/** ISO 3166-1 alpha-2, kept upper case. */
	COUNTRY,
	/** A whole number of days, zero or more. */
	DAYS,
	/** {@code true} or {@code false}, any case. */
	BOOLEAN,
	/** One of the column's listed values, any case, kept as the spec spells it. */
	ENUM;

	/**
	 * The most decimal places an amount may have: the store keeps amounts exactly at this
	 * scale.
	 */
	public static final int MAX_SCALE = 18;

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter INSTANT_FORMAT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]'Z'", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * Parses one value.
	 * @param text trimmed, not blank
	 * @param allowed the listed values, for {@link #ENUM}
	 */
	public Object parse(String column, String text, java.util.List<String> allowed) throws BadValueException {
		switch (this) {
			case TEXT:
				return text;
			case DATE:
				return parseDate(column, text);
			case INSTANT:
				try {
					return LocalDateTime.parse(text, INSTANT_FORMAT);
				}
				catch (DateTimeParseException ex) {
					throw new BadValueException(RejectReason.BAD_INSTANT,
							column + " '" + text + "' is not an instant yyyy-MM-ddTHH:mm[:ss]Z");
				}
			case AMOUNT:
				return parseAmount(column, text);
			case POSITIVE_AMOUNT:
				BigDecimal amount = parseAmount(column, text);
				if (amount.signum() <= 0) {
					throw new BadValueException(RejectReason.BAD_AMOUNT,
							column + " '" + text + "' must be greater than 0");
				}
				return amount;
			case CURRENCY:
				String currency = text.toUpperCase(Locale.ROOT);
				if (!Currencies.isValid(currency)) {
					throw new BadValueException(RejectReason.BAD_VALUE,
							column + " '" + text + "' is not an ISO 4217 currency code");
				}
				return currency;
			case COUNTRY:
				String country = text.toUpperCase(Locale.ROOT);
				if (!COUNTRIES.contains(country)) {
					throw new BadValueException(RejectReason.BAD_VALUE,
							column + " '" + text + "' is not an ISO 3166-1 alpha-2 country code");
				}
				return country;
			case DAYS:
				// ASCII digits only: Integer.parseInt would also take "+7" and other
				// scripts' digits.
				if (text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
					return Integer.parseInt(text);
				}
				throw new BadValueException(RejectReason.BAD_VALUE,
						column + " '" + text + "' is not a whole number of days");
			case BOOLEAN:
				if (text.equalsIgnoreCase("true")) {
					return Boolean.TRUE;
				}
				if (text.equalsIgnoreCase("false")) {
					return Boolean.FALSE;
				}
				throw new BadValueException(RejectReason.BAD_VALUE, column + " '" + text + "' must be true or false");
			case ENUM:
				for (String value : allowed) {
					if (value.equalsIgnoreCase(text)) {
						return value;
					}
				}
				throw new BadValueException(RejectReason.BAD_VALUE,
						column + " '" + text + "' is not one of " + String.join(", ", allowed));
			default:
				throw new IllegalStateException("Unhandled value type " + this);
		}
	}

	/** Parses a {@code yyyy-MM-dd} date, or fails with {@code BAD_DATE}. */
	public static LocalDate parseDate(String column, String text) throws BadValueException {
		try {
			return LocalDate.parse(text, DATE_FORMAT);
		}
		catch (DateTimeParseException ex) {
			throw new BadValueException(RejectReason.BAD_DATE, column + " '" + text + "' is not a date yyyy-MM-dd");
		}
	}

	/** Parses a plain decimal, or fails with {@code BAD_AMOUNT}. */
	public static BigDecimal parseAmount(String column, String text) throws BadValueException {
		BigDecimal amount;
		try {
			amount = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new BadValueException(RejectReason.BAD_AMOUNT, column + " '" + text + "' is not a decimal amount");
		}
		// Exponents and hexadecimal-looking text are not "plain decimals with ."
		// (extracts.md).
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') {
				throw new BadValueException(RejectReason.BAD_AMOUNT, column + " '" + text + "' is not a plain decimal");
			}
		}
		if (amount.scale() > MAX_SCALE) {
			throw new BadValueException(RejectReason.BAD_AMOUNT,
					column + " '" + text + "' has more than " + MAX_SCALE + " decimal places");
		}
		return amount;
	}

	/** The UTC instant as stored, back in the extracts' text form. */
	public static String formatInstant(LocalDateTime utc) {
		return utc.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
	}

}
