package com.creditsrecon.model.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.creditsrecon.model.extract.BadValueException;
import com.creditsrecon.model.extract.MissingColumnException;
import com.creditsrecon.model.extract.RejectReason;
import com.creditsrecon.model.extract.RowValidator;
import com.creditsrecon.model.extract.ValueType;
import com.creditsrecon.model.money.Currencies;

/**
 * Reads the FOCUS columns that matter from one cost-export file (extracts.md, usage):
 * binds the header once, then turns each record into a {@link UsageRow} or a V2
 * rejection. Not thread-safe: one parser per file being read. It is on the hot path of
 * the import, so it works on column positions and keeps small caches of parsed dates and
 * currencies.
 */
public final class UsageRecordParser {

	/** The columns read, each with the check its value gets. */
	private enum Field {

		BILLED_COST("BilledCost", true), BILLING_CURRENCY("BillingCurrency", true),
		CHARGE_CATEGORY("ChargeCategory", true), CHARGE_PERIOD_START("ChargePeriodStart", true),
		PROVIDER_NAME("ProviderName", true), SUB_ACCOUNT_ID("SubAccountId", true),
		COMMITMENT_DISCOUNT_TYPE("CommitmentDiscountType", false), PUBLISHER_NAME("PublisherName", false),
		SERVICE_NAME("ServiceName", false), BILLING_PROFILE_ID("x_BillingProfileId", false),
		CHARGE_ID("x_ChargeId", false), PUBLISHER_CATEGORY("x_PublisherCategory", false),
		SKU_METER_CATEGORY("x_SkuMeterCategory", false), SKU_IS_CREDIT_ELIGIBLE("x_SkuIsCreditEligible", false),
		BILLING_PERIOD_START("BillingPeriodStart", false), BILLING_ACCOUNT_ID("BillingAccountId", false);

		final String header;

		final boolean required;

		Field(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

	}

	private static final Field[] FIELDS = Field.values();

	private static final int DATE_CACHE_LIMIT = 4096;

	private static final int NORMALIZED_CACHE_LIMIT = 100_000;

	private final int headerSize;

	/** Position of each {@link Field} in the record, -1 when the export lacks it. */
	private final int[] positions = new int[FIELDS.length];

	/**
	 * The fields present, in the order their columns stand (V2: checks go in header
	 * order).
	 */
	private final Field[] checkOrder;

	private final Map<String, LocalDate> dates = new HashMap<>();

	private final Map<String, String> currencies = new HashMap<>();

	/**
	 * Raw ID or name to its normalised form. An export repeats a few thousand
	 * subscriptions, profiles and service names millions of times: normalising each once
	 * saves the work, and sharing one string per value keeps the daily sums small in
	 * memory.
	 */
	private final Map<String, String> normalized = new HashMap<>();

	private final String[] values = new String[FIELDS.length];

	private UsageRecordParser(int headerSize, Field[] checkOrder) {
		this.headerSize = headerSize;
		this.checkOrder = checkOrder;
	}

	/**
	 * Binds an export file's header.
	 * @throws MissingColumnException when a required FOCUS column is absent (rule V3)
	 */
	public static UsageRecordParser bind(List<String> header) throws MissingColumnException {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.putIfAbsent(RowValidator.normalizeHeader(header.get(i)), i);
		}
		List<Field> present = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		int[] positions = new int[FIELDS.length];
		for (Field field : FIELDS) {
			positions[field.ordinal()] = byName.getOrDefault(field.header.toLowerCase(Locale.ROOT), -1);
			if (positions[field.ordinal()] >= 0) {
				present.add(field);
			}
			else if (field.required) {
				missing.add(field.header);
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingColumnException(
					"missing required FOCUS column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
		}
		present.sort(Comparator.comparingInt(f -> positions[f.ordinal()]));
		UsageRecordParser parser = new UsageRecordParser(header.size(), present.toArray(new Field[0]));
		System.arraycopy(positions, 0, parser.positions, 0, positions.length);
		return parser;
	}

	/**
	 * Every FOCUS column the import reads, as its header is written; the others are
	 * ignored.
	 */
	public static List<String> columns() {
		return Arrays.stream(FIELDS).map(field -> field.header).toList();
	}

	/** The FOCUS columns an export must have (rule V3). */
	public static List<String> requiredColumns() {
		return Arrays.stream(FIELDS).filter(field -> field.required).map(field -> field.header).toList();
	}

	/**
	 * Whether the export has {@code x_ChargeId}, so that repeated charges can be found
	 * (V2).
	 */
	public boolean hasChargeIds() {
		return this.positions[Field.CHARGE_ID.ordinal()] >= 0;
	}

	/**
	 * Parses one record's values.
	 * @throws BadValueException with the V2 reason of the first failing check
	 */
	public UsageRow parse(List<String> record) throws BadValueException {
		if (record.size() != this.headerSize) {
			throw new BadValueException(RejectReason.WRONG_FIELD_COUNT,
					"expected " + this.headerSize + " fields, found " + record.size());
		}
		String[] v = this.values;
		BigDecimal cost = null;
		String currency = null;
		LocalDate chargeDate = null;
		LocalDate billingPeriod = null;
		for (Field field : this.checkOrder) {
			String text = record.get(this.positions[field.ordinal()]).strip();
			if (text.equals("NULL")) {
				text = "";
			}
			v[field.ordinal()] = text;
			if (text.isEmpty()) {
				if (field.required) {
					throw new BadValueException(RejectReason.MISSING_VALUE, field.header + " is required");
				}
				continue;
			}
			RowValidator.checkLength(field.header, text);
			switch (field) {
				case BILLED_COST:
					cost = ValueType.parseAmount(field.header, text);
					break;
				case BILLING_CURRENCY:
					currency = currency(text);
					break;
				case CHARGE_PERIOD_START:
					chargeDate = utcDate(field.header, text);
					break;
				case BILLING_PERIOD_START:
					// The period is a calendar month as the export names it: no shift to
					// UTC.
					billingPeriod = localDate(field.header, text).withDayOfMonth(1);
					break;
				case SKU_IS_CREDIT_ELIGIBLE:
					if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
						throw new BadValueException(RejectReason.BAD_VALUE,
								field.header + " '" + text + "' must be true or false");
					}
					break;
				default:
					break;
			}
		}
		if (billingPeriod == null) {
			// extracts.md: blank means the charge's month
			billingPeriod = chargeDate.withDayOfMonth(1);
		}
		String profile = value(Field.BILLING_PROFILE_ID);
		if (profile.isEmpty()) {
			profile = value(Field.BILLING_ACCOUNT_ID);
		}
		PreClassification preClassification = PreClassification.of(value(Field.PROVIDER_NAME),
				value(Field.CHARGE_CATEGORY), value(Field.COMMITMENT_DISCOUNT_TYPE), value(Field.PUBLISHER_CATEGORY),
				value(Field.PUBLISHER_NAME), value(Field.SKU_IS_CREDIT_ELIGIBLE));
		UsageKey key = new UsageKey(billingPeriod, armId(profile), armId(value(Field.SUB_ACCOUNT_ID)), chargeDate,
				currency, cost.signum() < 0, preClassification, name(value(Field.SERVICE_NAME)),
				name(value(Field.SKU_METER_CATEGORY)));
		return new UsageRow(key, cost, value(Field.CHARGE_ID));
	}

	private String armId(String raw) {
		return normalize(raw, true);
	}

	private String name(String raw) {
		return normalize(raw, false);
	}

	private String normalize(String raw, boolean armPath) {
		if (raw.isEmpty()) {
			return "";
		}
		// ARM IDs and names never collide in meaning, but may in text: keep their caches
		// apart.
		String cacheKey = armPath ? raw : "\u0000" + raw;
		String known = this.normalized.get(cacheKey);
		if (known == null) {
			known = armPath ? ArmIds.normalize(raw) : raw.toLowerCase(Locale.ROOT);
			if (this.normalized.size() >= NORMALIZED_CACHE_LIMIT) {
				this.normalized.clear();
			}
			this.normalized.put(cacheKey, known);
		}
		return known;
	}

	private String value(Field field) {
		return this.positions[field.ordinal()] < 0 ? "" : this.values[field.ordinal()];
	}

	private String currency(String text) throws BadValueException {
		String known = this.currencies.get(text);
		if (known != null) {
			return known;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		if (!Currencies.isValid(upper)) {
			throw new BadValueException(RejectReason.BAD_VALUE,
					"BillingCurrency '" + text + "' is not an ISO 4217 currency code");
		}
		this.currencies.put(text, upper);
		return upper;
	}

	/**
	 * The UTC date of a FOCUS date or date-time: {@code yyyy-MM-dd},
	 * {@code yyyy-MM-dd HH:mm:ss}, or ISO 8601 with {@code T} and an offset or {@code Z}.
	 * Exports repeat a few values many times, hence the cache.
	 */
	private LocalDate utcDate(String column, String text) throws BadValueException {
		LocalDate cached = this.dates.get(text);
		if (cached != null) {
			return cached;
		}
		LocalDate date;
		try {
			date = parseUtcDate(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadValueException(RejectReason.BAD_DATE, column + " '" + text + "' is not a date or date-time");
		}
		if (this.dates.size() >= DATE_CACHE_LIMIT) {
			this.dates.clear();
		}
		this.dates.put(text, date);
		return date;
	}

	private LocalDate localDate(String column, String text) throws BadValueException {
		if (text.length() < 10) {
			throw new BadValueException(RejectReason.BAD_DATE, column + " '" + text + "' is not a date or date-time");
		}
		utcDate(column, text); // the whole value must be a valid date or date-time
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			throw new BadValueException(RejectReason.BAD_DATE, column + " '" + text + "' is not a date or date-time");
		}
	}

	static LocalDate parseUtcDate(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text);
		}
		String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		char last = iso.charAt(iso.length() - 1);
		if (last == 'Z' || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
			return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDateTime.parse(iso).toLocalDate();
	}

}
