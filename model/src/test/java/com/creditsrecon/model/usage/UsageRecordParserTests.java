package com.creditsrecon.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.creditsrecon.model.extract.BadValueException;
import com.creditsrecon.model.extract.MissingColumnException;
import com.creditsrecon.model.extract.RejectReason;

class UsageRecordParserTests {

	/**
	 * A FOCUS export header as Cost Management writes it: the columns read, in
	 * alphabetical order, mixed with columns the parser ignores.
	 */
	private static final List<String> HEADER = List.of("AvailabilityZone", "BilledCost", "BillingAccountId",
			"BillingAccountName", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory",
			"ChargeClass", "ChargeDescription", "ChargePeriodStart", "CommitmentDiscountType", "EffectiveCost",
			"ProviderName", "PublisherName", "ServiceName", "SubAccountId", "x_BillingProfileId", "x_ChargeId",
			"x_PublisherCategory", "x_SkuDescription", "x_SkuMeterCategory", "x_SkuIsCreditEligible");

	private static final List<String> REQUIRED = List.of("BilledCost", "BillingCurrency", "ChargeCategory",
			"ChargePeriodStart", "ProviderName", "SubAccountId");

	/** A typical Microsoft usage row; tests override single columns. */
	private static final Map<String, String> ROW = typicalRow();

	@Test
	void parsesATypicalRow() throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);

		// when
		UsageRow row = parser.parse(record(HEADER, Map.of()));

		// then
		UsageKey key = row.key();
		assertEquals(LocalDate.of(2026, 9, 1), key.billingPeriod());
		assertEquals("bp-1", key.billingProfile());
		assertEquals("abc-123", key.subscription());
		assertEquals(LocalDate.of(2026, 9, 14), key.chargeDate());
		assertEquals("USD", key.currency());
		assertFalse(key.negative());
		assertEquals(PreClassification.USAGE, key.preClassification());
		assertEquals("virtual machines", key.serviceName());
		assertEquals("compute", key.meterCategory());
		assertEquals(new BigDecimal("12.34"), row.billedCost());
		assertEquals("CH-1", row.chargeId());
		assertTrue(parser.hasChargeIds());
	}

	@ParameterizedTest
	@CsvSource({ "/subscriptions/ABC, abc", "/subscriptions/ABC-123/, abc-123", "ABC-123, abc-123",
			"/subscriptions/0F3B8C1E-AAAA-4BBB-8CCC-1234567890AB, 0f3b8c1e-aaaa-4bbb-8ccc-1234567890ab" })
	void subAccountIdArmPathIsNormalisedToItsLastSegmentLowerCase(String subAccountId, String expected)
			throws Exception {
		// given: a typical row with this SubAccountId (parameter)

		// when
		UsageRow row = parse(Map.of("SubAccountId", subAccountId));

		// then
		assertEquals(expected, row.key().subscription());
	}

	@ParameterizedTest
	@CsvSource({ "/providers/Microsoft.Billing/billingAccounts/1/billingProfiles/BP-1, bp-1",
			"/providers/Microsoft.Billing/billingAccounts/1234:5678_2019-05-31/billingProfiles/ABCD-EFGH-XYZ-PGB, abcd-efgh-xyz-pgb",
			"BP-Plain, bp-plain" })
	void billingProfileArmPathIsNormalisedToItsLastSegmentLowerCase(String profileId, String expected)
			throws Exception {
		// given: a typical row with this x_BillingProfileId (parameter)

		// when
		UsageRow row = parse(Map.of("x_BillingProfileId", profileId));

		// then
		assertEquals(expected, row.key().billingProfile());
	}

	@Test
	void billingAccountIdStandsForTheProfileWhenXBillingProfileIdIsAbsent() throws Exception {
		// given
		List<String> header = without(HEADER, "x_BillingProfileId");

		// when
		UsageRow row = parse(header, Map.of("BillingAccountId", "/providers/Microsoft.Billing/billingAccounts/BA-77"));

		// then
		assertEquals("ba-77", row.key().billingProfile());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "NULL" })
	void billingAccountIdStandsForTheProfileWhenXBillingProfileIdIsEmpty(String empty) throws Exception {
		// given: a blank or NULL x_BillingProfileId (parameter)

		// when
		UsageRow row = parse(Map.of("x_BillingProfileId", empty, "BillingAccountId", "BA-77"));

		// then
		assertEquals("ba-77", row.key().billingProfile());
	}

	@Test
	void profileIsBlankWhenTheExportHasNeither() throws Exception {
		// given
		List<String> header = without(without(HEADER, "x_BillingProfileId"), "BillingAccountId");

		// when
		UsageRow row = parse(header, Map.of());

		// then
		assertEquals("", row.key().billingProfile());
	}

	@Test
	void literalNullIsAnEmptyValue() throws Exception {
		// given
		Map<String, String> nulls = Map.of("PublisherName", "NULL", "x_PublisherCategory", "NULL",
				"CommitmentDiscountType", "NULL", "ServiceName", "NULL", "x_SkuMeterCategory", "NULL",
				"x_SkuIsCreditEligible", "NULL", "x_ChargeId", "NULL", "BillingPeriodStart", "NULL");

		// when
		UsageRow row = parse(nulls);

		// then
		assertEquals(PreClassification.USAGE, row.key().preClassification());
		assertEquals("", row.key().serviceName());
		assertEquals("", row.key().meterCategory());
		assertEquals("", row.chargeId());
		assertEquals(LocalDate.of(2026, 9, 1), row.key().billingPeriod());
	}

	@ParameterizedTest
	@CsvSource({ "2026-09-14, 2026-09-14", "2026-09-14 23:30:00, 2026-09-14", "2026-09-14T23:30:00Z, 2026-09-14",
			"2026-09-14T23:30:00.0000000Z, 2026-09-14", "2026-09-14T23:30:00-02:00, 2026-09-15",
			"2026-09-15T00:30:00+02:00, 2026-09-14", "2026-09-14T00:00:00, 2026-09-14" })
	void c7ChargeDateIsTheUtcDateOfChargePeriodStart(String chargePeriodStart, LocalDate expected) throws Exception {
		// given: a typical row with this ChargePeriodStart (parameter)

		// when
		UsageRow row = parse(Map.of("ChargePeriodStart", chargePeriodStart));

		// then
		assertEquals(expected, row.key().chargeDate());
	}

	@ParameterizedTest
	@CsvSource({ "'', 2026-09-14, 2026-09-01", "NULL, 2026-09-14T10:00:00Z, 2026-09-01",
			"'', 2026-09-30T23:30:00-02:00, 2026-10-01", "2026-08-01, 2026-09-02, 2026-08-01",
			"2026-08-01T00:00:00Z, 2026-09-02, 2026-08-01", "2026-09-01 00:00:00, 2026-09-14, 2026-09-01",
			"2026-09-01T00:00:00+02:00, 2026-09-14, 2026-09-01" })
	void n1BillingPeriodIsBillingPeriodStartElseTheChargesMonth(String billingPeriodStart, String chargePeriodStart,
			LocalDate expected) throws Exception {
		// given: a typical row with these period columns (parameters)

		// when
		UsageRow row = parse(Map.of("BillingPeriodStart", billingPeriodStart, "ChargePeriodStart", chargePeriodStart));

		// then
		assertEquals(expected, row.key().billingPeriod());
	}

	@ParameterizedTest
	@CsvSource({ "-12.34, true", "-0.00000001, true", "0, false", "0.00, false", "12.34, false" })
	void c10NegativeBilledCostIsMarkedNegative(String billedCost, boolean negative) throws Exception {
		// given: a typical row with this BilledCost (parameter)

		// when
		UsageRow row = parse(Map.of("BilledCost", billedCost));

		// then
		assertEquals(negative, row.key().negative());
		assertEquals(new BigDecimal(billedCost), row.billedCost());
	}

	@Test
	void t6SubCentAmountsAreKeptExactly() throws Exception {
		// given: a BilledCost far below the minor unit

		// when
		UsageRow row = parse(Map.of("BilledCost", "0.00000080000"));

		// then
		assertEquals(new BigDecimal("0.00000080000"), row.billedCost());
		assertEquals("0.00000080000", row.billedCost().toPlainString());
	}

	@Test
	void currencyIsUpperCased() throws Exception {
		// given: a lower-case BillingCurrency

		// when
		UsageRow row = parse(Map.of("BillingCurrency", "eur"));

		// then
		assertEquals("EUR", row.key().currency());
	}

	@Test
	void headersAreFoundIgnoringCaseSpacesAndABom() throws Exception {
		// given
		List<String> header = new ArrayList<>();
		for (String name : HEADER) {
			header.add(" " + name.toLowerCase() + " ");
		}
		header.set(0, "\uFEFF" + header.get(0));
		UsageRecordParser parser = UsageRecordParser.bind(header);

		// when
		UsageRow row = parser.parse(record(HEADER, Map.of()));

		// then
		assertEquals("abc-123", row.key().subscription());
		assertEquals(new BigDecimal("12.34"), row.billedCost());
	}

	@Test
	void optionalColumnsMayBeAbsent() throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(REQUIRED);

		// when
		UsageRow row = parser.parse(record(REQUIRED, Map.of()));

		// then
		assertFalse(parser.hasChargeIds());
		assertEquals("", row.chargeId());
		assertEquals("", row.key().billingProfile());
		assertEquals("", row.key().serviceName());
		assertEquals(LocalDate.of(2026, 9, 1), row.key().billingPeriod());
		assertEquals(PreClassification.USAGE, row.key().preClassification());
	}

	@Test
	@DisplayName("the columns it publishes (docs/inputs.md lists them) are those it reads and requires")
	void publishesTheColumnsItReadsAndRequires() throws Exception {
		// given
		List<String> columns = UsageRecordParser.columns();

		// when: an export of exactly those columns binds
		UsageRecordParser.bind(columns);

		// then: they are Cost Management's headers, and each required one is needed
		assertTrue(HEADER.containsAll(columns), columns.toString());
		assertEquals(REQUIRED, UsageRecordParser.requiredColumns());
		for (String column : UsageRecordParser.requiredColumns()) {
			assertThrows(MissingColumnException.class, () -> UsageRecordParser.bind(without(columns, column)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "BilledCost", "BillingCurrency", "ChargeCategory", "ChargePeriodStart", "ProviderName",
			"SubAccountId" })
	void v3MissingRequiredColumnRefusesTheFileNamingTheColumn(String column) {
		// given
		List<String> header = without(HEADER, column);

		// when
		MissingColumnException ex = assertThrows(MissingColumnException.class, () -> UsageRecordParser.bind(header));

		// then
		assertTrue(ex.getMessage().contains(column), ex.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "BilledCost, ''", "BilledCost, NULL", "BillingCurrency, ''", "BillingCurrency, NULL",
			"ChargeCategory, '  '", "ChargeCategory, NULL", "ChargePeriodStart, ''", "ChargePeriodStart, NULL",
			"ProviderName, ''", "ProviderName, NULL", "SubAccountId, ''", "SubAccountId, NULL" })
	void v2MissingValueForABlankOrNullRequiredValue(String column, String value) {
		// given: a required column that is blank or NULL (parameters)

		// when
		BadValueException ex = assertThrows(BadValueException.class, () -> parse(Map.of(column, value)));

		// then
		assertEquals(RejectReason.MISSING_VALUE, ex.reason());
		assertEquals(column + " is required", ex.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "BilledCost, abc, BAD_AMOUNT", "BilledCost, 1e-7, BAD_AMOUNT", "BilledCost, '1,5', BAD_AMOUNT",
			"BilledCost, 12.34 USD, BAD_AMOUNT", "ChargePeriodStart, 14/09/2026, BAD_DATE",
			"ChargePeriodStart, 2026-09-31, BAD_DATE", "ChargePeriodStart, yesterday, BAD_DATE",
			"ChargePeriodStart, 2026-09-14T25:00:00Z, BAD_DATE", "BillingPeriodStart, 2026-13-01, BAD_DATE",
			"BillingCurrency, USX, BAD_VALUE", "BillingCurrency, dollars, BAD_VALUE",
			"x_SkuIsCreditEligible, maybe, BAD_VALUE", "x_SkuIsCreditEligible, 1, BAD_VALUE" })
	void v2BadValuesGetTheirReason(String column, String value, RejectReason reason) {
		// given: a typical row with one bad value (parameters)

		// when
		BadValueException ex = assertThrows(BadValueException.class, () -> parse(Map.of(column, value)));

		// then
		assertEquals(reason, ex.reason());
		assertTrue(ex.getMessage().contains(column), ex.getMessage());
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 1, 5 })
	void v2WrongFieldCountForTooManyOrTooFewFields(int extra) throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);
		List<String> record = new ArrayList<>(record(HEADER, Map.of()));
		if (extra < 0) {
			record.remove(record.size() - 1);
		}
		for (int i = 0; i < extra; i++) {
			record.add("x");
		}

		// when
		BadValueException ex = assertThrows(BadValueException.class, () -> parser.parse(record));

		// then
		assertEquals(RejectReason.WRONG_FIELD_COUNT, ex.reason());
		assertEquals("expected " + HEADER.size() + " fields, found " + record.size(), ex.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ProviderName,SubAccountId | BAD_AMOUNT
			BillingCurrency,BilledCost,ChargeCategory,ChargePeriodStart,ProviderName,SubAccountId | BAD_VALUE
			ChargePeriodStart,BilledCost,BillingCurrency,ChargeCategory,ProviderName,SubAccountId | BAD_DATE
			SubAccountId,ChargePeriodStart,BilledCost,BillingCurrency,ChargeCategory,ProviderName | MISSING_VALUE
			""")
	void v2TheFirstFailingColumnInHeaderOrderDecides(String headerLine, RejectReason expected) throws Exception {
		// given: four bad values; which is reported depends on the column order
		List<String> header = List.of(headerLine.split(","));
		Map<String, String> bad = Map.of("BilledCost", "abc", "BillingCurrency", "USX", "ChargePeriodStart", "someday",
				"SubAccountId", "NULL");
		UsageRecordParser parser = UsageRecordParser.bind(header);

		// when
		BadValueException ex = assertThrows(BadValueException.class, () -> parser.parse(record(header, bad)));

		// then
		assertEquals(expected, ex.reason());
	}

	@Test
	void aRejectedRowLeavesNothingBehindForTheNextRow() throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);
		assertThrows(BadValueException.class, () -> parser.parse(record(HEADER,
				Map.of("x_BillingProfileId", "BP-OLD", "ServiceName", "Old Service", "BilledCost", "bad"))));

		// when
		UsageRow row = parser.parse(record(HEADER, Map.of("x_BillingProfileId", "", "BillingAccountId", "BA-2")));

		// then
		assertEquals("ba-2", row.key().billingProfile());
		assertEquals("virtual machines", row.key().serviceName());
		assertEquals(new BigDecimal("12.34"), row.billedCost());
	}

	@Test
	void repeatedValuesParseTheSameOnEveryRow() throws Exception {
		// given: the parser caches dates and currencies
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);
		Map<String, String> values = Map.of("ChargePeriodStart", "2026-09-14T23:30:00-02:00", "BillingCurrency", "eur",
				"BillingPeriodStart", "");

		// when
		UsageRow first = parser.parse(record(HEADER, values));
		UsageRow second = parser.parse(record(HEADER, values));

		// then
		assertEquals(first.key(), second.key());
		assertEquals(LocalDate.of(2026, 9, 15), second.key().chargeDate());
		assertEquals("EUR", second.key().currency());
	}

	@Test
	void theSameTextAsAnArmIdAndAsANameIsNormalisedEachItsOwnWay() throws Exception {
		// given: one parser, the same text in SubAccountId and ServiceName, on two rows
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);
		Map<String, String> values = Map.of("SubAccountId", "Contoso/Sub-A", "ServiceName", "Contoso/Sub-A",
				"x_SkuMeterCategory", "/subscriptions/Sub-A");

		// when
		UsageRow first = parser.parse(record(HEADER, values));
		UsageRow second = parser.parse(record(HEADER, values));

		// then
		for (UsageRow row : List.of(first, second)) {
			assertEquals("sub-a", row.key().subscription());
			assertEquals("contoso/sub-a", row.key().serviceName());
			assertEquals("/subscriptions/sub-a", row.key().meterCategory());
		}
	}

	@ParameterizedTest
	@CsvSource({ "Amazon Web Services, Usage, '', Microsoft, '', OTHER_PROVIDER",
			"Microsoft Corporation, Credit, '', Microsoft, '', REPORTED_CREDIT",
			"Microsoft, Purchase, Reservation, Microsoft, '', RESERVED_INSTANCE",
			"Microsoft, Purchase, Savings Plan, Microsoft, '', SAVINGS_PLAN",
			"Microsoft, Usage, '', Contoso Ltd, '', VENDOR_USAGE",
			"Microsoft, Usage, '', Microsoft, FALSE, NOT_CREDIT_ELIGIBLE", "Microsoft, Tax, '', Microsoft, '', OTHER" })
	void preClassificationIsDecidedFromTheRow(String provider, String category, String commitment, String publisher,
			String creditEligible, PreClassification expected) throws Exception {
		// given
		Map<String, String> values = new LinkedHashMap<>();
		values.put("ProviderName", provider);
		values.put("ChargeCategory", category);
		values.put("CommitmentDiscountType", commitment);
		values.put("PublisherName", publisher);
		values.put("x_PublisherCategory", "");
		values.put("x_SkuIsCreditEligible", creditEligible);

		// when
		UsageRow row = parse(values);

		// then
		assertEquals(expected, row.key().preClassification());
	}

	// --- helpers

	private static UsageRow parse(Map<String, String> overrides) throws BadValueException, MissingColumnException {
		return parse(HEADER, overrides);
	}

	private static UsageRow parse(List<String> header, Map<String, String> overrides)
			throws BadValueException, MissingColumnException {
		return UsageRecordParser.bind(header).parse(record(header, overrides));
	}

	/** A record for the header: the typical row's values, with the overrides. */
	private static List<String> record(List<String> header, Map<String, String> overrides) {
		return header.stream().map(column -> overrides.getOrDefault(column, ROW.getOrDefault(column, ""))).toList();
	}

	private static List<String> without(List<String> header, String column) {
		List<String> copy = new ArrayList<>(header);
		copy.remove(column);
		return copy;
	}

	private static Map<String, String> typicalRow() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("AvailabilityZone", "westeurope-1");
		row.put("BilledCost", "12.34");
		row.put("BillingAccountId", "/providers/Microsoft.Billing/billingAccounts/1234:5678_2019-05-31");
		row.put("BillingAccountName", "Contoso");
		row.put("BillingCurrency", "USD");
		row.put("BillingPeriodEnd", "2026-10-01T00:00:00Z");
		row.put("BillingPeriodStart", "2026-09-01T00:00:00Z");
		row.put("ChargeCategory", "Usage");
		row.put("ChargeClass", "NULL");
		row.put("ChargeDescription", "D2s v3");
		row.put("ChargePeriodStart", "2026-09-14T00:00:00Z");
		row.put("CommitmentDiscountType", "");
		row.put("EffectiveCost", "not a number: ignored");
		row.put("ProviderName", "Microsoft");
		row.put("PublisherName", "Microsoft");
		row.put("ServiceName", "Virtual Machines");
		row.put("SubAccountId", "/subscriptions/ABC-123");
		row.put("x_BillingProfileId", "/providers/Microsoft.Billing/billingAccounts/1/billingProfiles/BP-1");
		row.put("x_ChargeId", "CH-1");
		row.put("x_PublisherCategory", "Microsoft");
		row.put("x_SkuDescription", "D2s v3");
		row.put("x_SkuMeterCategory", "Compute");
		row.put("x_SkuIsCreditEligible", "true");
		return row;
	}

	@ParameterizedTest
	@CsvSource({ "SubAccountId, 1001", "ServiceName, 70000", "x_ChargeId, 1001", "BillingCurrency, 1001" })
	@DisplayName("V2 VALUE_TOO_LONG: a FOCUS column read with more than 1,000 characters")
	void v2ValueTooLong(String column, int length) throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);

		// when
		BadValueException rejected = assertThrows(BadValueException.class,
				() -> parser.parse(record(HEADER, Map.of(column, "a".repeat(length)))));

		// then
		assertEquals(RejectReason.VALUE_TOO_LONG, rejected.reason());
		assertEquals(String.format(java.util.Locale.ROOT, "%s is %,d characters long; at most 1,000 are read", column,
				length), rejected.getMessage());
	}

	@Test
	@DisplayName("V2 VALUE_TOO_LONG: a huge value in a column the parser ignores is fine")
	void hugeValueInAnIgnoredColumnIsFine() throws Exception {
		// given
		UsageRecordParser parser = UsageRecordParser.bind(HEADER);

		// when
		UsageRow row = parser.parse(record(HEADER, Map.of("x_SkuDescription", "d".repeat(5_000_000))));

		// then
		assertEquals("abc-123", row.key().subscription());
	}

}
