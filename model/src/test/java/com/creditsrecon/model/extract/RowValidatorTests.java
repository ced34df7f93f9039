package com.creditsrecon.model.extract;

import static com.creditsrecon.model.extract.ExtractRows.fields;
import static com.creditsrecon.model.extract.ExtractRows.loaded;
import static com.creditsrecon.model.extract.ExtractRows.rejected;
import static com.creditsrecon.model.extract.ExtractRows.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowValidatorTests {

	private static final String ACTIONS_HEADER = "action_id,at,action,actor_upn,benefit_id,billing_profile_id,subscription_id,user_upn,target_id,value";

	/**
	 * The required (non-italic) columns of every extract, as extracts.md lists them;
	 * written out here rather than read from {@link Extracts} so that the tests check the
	 * code against the spec.
	 */
	private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.ofEntries(
			Map.entry("partners", List.of("partner_id", "partner_name", "country")),
			Map.entry("offers", List.of("offer_id", "benefit_code", "benefit_type", "amount", "currency")),
			Map.entry("billing-profiles",
					List.of("billing_profile_id", "billing_account_id", "partner_id", "profile_type", "currency",
							"has_payment_instrument")),
			Map.entry("purchases",
					List.of("purchase_id", "partner_id", "offer_id", "billing_account_id", "purchase_date",
							"membership_end", "status")),
			Map.entry("users", List.of("upn", "partner_id", "user_type", "partner_admin")),
			Map.entry("profile-roles", List.of("billing_profile_id", "upn", "role")),
			Map.entry("subscriptions", List.of("subscription_id", "billing_profile_id")),
			Map.entry("rollout", List.of("scope", "modernized_from")),
			Map.entry("actions", List.of("action_id", "at", "action")),
			Map.entry("reported-lots",
					List.of("billing_profile_id", "currency", "original_amount", "closed_balance", "start_date",
							"expiration_date", "status", "as_of")),
			Map.entry("reported-events", List.of("billing_profile_id", "transaction_date", "event_type", "currency")),
			Map.entry("reported-benefits", List.of("benefit_id", "status", "as_of")));

	/**
	 * The actions.csv table of extracts.md: what each action needs, with a valid value
	 * for each.
	 */
	private static final Map<String, Map<String, String>> ACTION_NEEDS = actionNeeds();

	/**
	 * A happy-path row of one extract and the typed values it must load as (absent key:
	 * null).
	 */
	record Case(String label, ExtractSpec spec, String header, String record, Map<String, Object> expected) {

		@Override
		public String toString() {
			return this.label;
		}

	}

	static Stream<Case> happyPaths() {
		return Stream.of(
				new Case("partners", Extracts.PARTNERS, "partner_id,partner_name,country,region,tenant_domains",
						"PA-1,Contoso Ltd,de,EMEA,contoso.com;contoso.de",
						expect("partner_id", "PA-1", "partner_name", "Contoso Ltd", "country", "DE", "region", "EMEA",
								"tenant_domains", "contoso.com;contoso.de")),
				new Case("offers", Extracts.OFFERS,
						"offer_id,offer_name,benefit_code,benefit_type,amount,currency,activate_within_days",
						"OF-1,Azure sponsorship,AZM,azure_Monthly,100.50,usd,30",
						expect("offer_id", "OF-1", "offer_name", "Azure sponsorship", "benefit_code", "AZM",
								"benefit_type", "AZURE_MONTHLY", "amount", new BigDecimal("100.50"), "currency", "USD",
								"activate_within_days", 30)),
				new Case("billing-profiles", Extracts.BILLING_PROFILES,
						"billing_profile_id,billing_account_id,partner_id,profile_type,currency,has_payment_instrument,created_on",
						"BP-1,BA-1,PA-1,mca_premier,eur,TRUE,2026-01-15",
						expect("billing_profile_id", "BP-1", "billing_account_id", "BA-1", "partner_id", "PA-1",
								"profile_type", "MCA_PREMIER", "currency", "EUR", "has_payment_instrument",
								Boolean.TRUE, "created_on", LocalDate.of(2026, 1, 15))),
				new Case("purchases", Extracts.PURCHASES,
						"purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status,status_date",
						"PU-1,PA-1,OF-1,BA-1,2026-03-01,2027-02-28,cancelled,2026-04-02",
						expect("purchase_id", "PU-1", "partner_id", "PA-1", "offer_id", "OF-1", "billing_account_id",
								"BA-1", "purchase_date", LocalDate.of(2026, 3, 1), "membership_end",
								LocalDate.of(2027, 2, 28), "status", "CANCELLED", "status_date",
								LocalDate.of(2026, 4, 2))),
				new Case("users", Extracts.USERS, "upn,partner_id,user_type,partner_admin",
						"Ann@Contoso.com,PA-1,guest,False",
						expect("upn", "Ann@Contoso.com", "partner_id", "PA-1", "user_type", "GUEST", "partner_admin",
								Boolean.FALSE)),
				new Case("profile-roles", Extracts.PROFILE_ROLES, "billing_profile_id,upn,role",
						"BP-1,ann@contoso.com,invoice_manager",
						expect("billing_profile_id", "BP-1", "upn", "ann@contoso.com", "role", "INVOICE_MANAGER")),
				new Case("subscriptions", Extracts.SUBSCRIPTIONS, "subscription_id,billing_profile_id,created_on",
						"SUB-1,BP-1,2026-02-01",
						expect("subscription_id", "SUB-1", "billing_profile_id", "BP-1", "created_on",
								LocalDate.of(2026, 2, 1))),
				new Case("rollout", Extracts.ROLLOUT, "scope,modernized_from", "DE,2026-06-01",
						expect("scope", "DE", "modernized_from", LocalDate.of(2026, 6, 1))),
				new Case("actions GRANT_ROLE", Extracts.ACTIONS, ACTIONS_HEADER,
						"A-1,2026-09-14T10:15:30Z,grant_role,,,BP-1,,ann@contoso.com,,owner",
						expect("action_id", "A-1", "at", LocalDateTime.of(2026, 9, 14, 10, 15, 30), "action",
								"GRANT_ROLE", "billing_profile_id", "BP-1", "user_upn", "ann@contoso.com", "value",
								"OWNER")),
				new Case("actions REDEEM", Extracts.ACTIONS, ACTIONS_HEADER,
						"A-2,2026-09-14T10:15Z,Redeem,boss@contoso.com,PU-1-AZM,BP-1,,,,",
						expect("action_id", "A-2", "at", LocalDateTime.of(2026, 9, 14, 10, 15), "action", "REDEEM",
								"actor_upn", "boss@contoso.com", "benefit_id", "PU-1-AZM", "billing_profile_id",
								"BP-1")),
				new Case("actions SET_PAYMENT_INSTRUMENT", Extracts.ACTIONS, ACTIONS_HEADER,
						"A-3,2026-09-15T00:00:00Z,set_payment_instrument,,,BP-1,,,,TRUE",
						expect("action_id", "A-3", "at", LocalDateTime.of(2026, 9, 15, 0, 0), "action",
								"SET_PAYMENT_INSTRUMENT", "billing_profile_id", "BP-1", "value", Boolean.TRUE)),
				new Case("actions MOVE_SUBSCRIPTION", Extracts.ACTIONS, ACTIONS_HEADER,
						"A-4,2026-09-15T08:00Z,move_subscription,,,,SUB-1,,BP-2,",
						expect("action_id", "A-4", "at", LocalDateTime.of(2026, 9, 15, 8, 0), "action",
								"MOVE_SUBSCRIPTION", "subscription_id", "SUB-1", "target_id", "BP-2")),
				new Case("reported-lots", Extracts.REPORTED_LOTS,
						"billing_profile_id,lot_reference,source,currency,original_amount,closed_balance,start_date,expiration_date,status,as_of",
						"BP-1,PU-1-AZM,Partner Center,usd,100.00,-3.25,2026-03-05,2027-03-04,expired,2026-09-30",
						expect("billing_profile_id", "BP-1", "lot_reference", "PU-1-AZM", "source", "Partner Center",
								"currency", "USD", "original_amount", new BigDecimal("100.00"), "closed_balance",
								new BigDecimal("-3.25"), "start_date", LocalDate.of(2026, 3, 5), "expiration_date",
								LocalDate.of(2027, 3, 4), "status", "Expired", "as_of", LocalDate.of(2026, 9, 30))),
				new Case("reported-events", Extracts.REPORTED_EVENTS,
						"billing_profile_id,lot_id,transaction_date,event_type,currency,new_credit,charges,credit_expired,canceled_credit,adjustments,closed_balance,invoice_number",
						"BP-1,LOT-1,2026-09-01,SomethingNew,jpy,1000,,,,,-0.5,INV-9",
						expect("billing_profile_id", "BP-1", "lot_id", "LOT-1", "transaction_date",
								LocalDate.of(2026, 9, 1), "event_type", "SomethingNew", "currency", "JPY", "new_credit",
								new BigDecimal("1000"), "closed_balance", new BigDecimal("-0.5"), "invoice_number",
								"INV-9")),
				new Case("reported-benefits", Extracts.REPORTED_BENEFITS,
						"benefit_id,status,redeemed_on,billing_profile_id,expiry_date,credits_consumed,as_of",
						"PU-1-AZM,active,2026-03-05,BP-1,2027-03-04,12.345,2026-09-30",
						expect("benefit_id", "PU-1-AZM", "status", "ACTIVE", "redeemed_on", LocalDate.of(2026, 3, 5),
								"billing_profile_id", "BP-1", "expiry_date", LocalDate.of(2027, 3, 4),
								"credits_consumed", new BigDecimal("12.345"), "as_of", LocalDate.of(2026, 9, 30))));
	}

	@Test
	void everyExtractHasAHappyPathCase() {
		// given
		Set<String> covered = happyPaths().map(c -> c.spec().name()).collect(Collectors.toSet());

		// when
		Set<String> all = Extracts.ALL.stream().map(ExtractSpec::name).collect(Collectors.toSet());

		// then
		assertEquals(all, covered);
		assertEquals(all, REQUIRED_COLUMNS.keySet());
		assertEquals(Set.copyOf(Extracts.ACTION_TYPES), ACTION_NEEDS.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("happyPaths")
	void happyPathRowLoadsWithTypedValues(Case c) {
		// given
		long line = 7;

		// when
		RowOutcome outcome = validate(c.spec(), c.header(), c.record(), line);

		// then
		ParsedRow row = loaded(outcome);
		assertEquals(line, row.line());
		assertTypedValues(c, row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("happyPaths")
	void headersAreFoundIgnoringCaseAndSpacesInAnyOrderWithExtraColumnsAndABom(Case c) {
		// given: the columns reversed, names upper-cased and padded, an unknown column, a
		// BOM
		List<String> header = new ArrayList<>(fields(c.header()));
		List<String> record = new ArrayList<>(fields(c.record()));
		Collections.reverse(header);
		Collections.reverse(record);
		header.replaceAll(name -> "  " + name.toUpperCase(Locale.ROOT) + " ");
		header.add(1, "Unknown Extra");
		record.add(1, "whatever");
		header.add("notes");
		record.add("");
		header.set(0, "\uFEFF" + header.get(0));

		// when
		RowOutcome outcome = validate(c.spec(), header, record, 2);

		// then
		assertTypedValues(c, loaded(outcome));
	}

	@Test
	void valuesAreTrimmed() {
		// given
		String record = "  PA-1 , Contoso Ltd ,  de ";

		// when
		ParsedRow row = loaded(validate(Extracts.PARTNERS, "partner_id,partner_name,country", record));

		// then
		assertEquals("PA-1", row.get("partner_id"));
		assertEquals("Contoso Ltd", row.get("partner_name"));
		assertEquals("DE", row.get("country"));
	}

	@Test
	void aBomOnTheFirstHeaderNameIsNotPartOfTheName() {
		// given
		String header = "\uFEFFpartner_id,partner_name,country";

		// when
		ParsedRow row = loaded(validate(Extracts.PARTNERS, header, "PA-1,Contoso,FR"));

		// then
		assertEquals("PA-1", row.get("partner_id"));
		assertEquals("partner_id", RowValidator.normalizeHeader("\uFEFF Partner_ID "));
	}

	static Stream<Arguments> minimalRows() {
		return Stream.of(Arguments.of(Extracts.PARTNERS, "partner_id,partner_name,country", "PA-1,Contoso,DE"),
				Arguments.of(Extracts.OFFERS, "offer_id,benefit_code,benefit_type,amount,currency",
						"OF-1,AZM,AZURE_MONTHLY,100,USD"),
				Arguments.of(Extracts.BILLING_PROFILES,
						"billing_profile_id,billing_account_id,partner_id,profile_type,currency,has_payment_instrument",
						"BP-1,BA-1,PA-1,MPA,USD,false"),
				Arguments.of(Extracts.PURCHASES,
						"purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status",
						"PU-1,PA-1,OF-1,BA-1,2026-03-01,2027-02-28,ACTIVE"),
				Arguments.of(Extracts.USERS, "upn,partner_id,user_type,partner_admin",
						"ann@contoso.com,PA-1,MEMBER,true"),
				Arguments.of(Extracts.PROFILE_ROLES, "billing_profile_id,upn,role", "BP-1,ann@contoso.com,READER"),
				Arguments.of(Extracts.SUBSCRIPTIONS, "subscription_id,billing_profile_id", "SUB-1,BP-1"),
				Arguments.of(Extracts.ROLLOUT, "scope,modernized_from", "EMEA,2026-06-01"),
				Arguments.of(Extracts.ACTIONS, "action_id,at,action,subscription_id,target_id",
						"A-1,2026-09-14T10:15Z,MOVE_CREDITS,SUB-1,SUB-2"),
				Arguments.of(Extracts.REPORTED_LOTS,
						"billing_profile_id,currency,original_amount,closed_balance,start_date,expiration_date,status,as_of",
						"BP-1,USD,100,0,2026-03-05,2027-03-04,None,2026-09-30"),
				Arguments.of(Extracts.REPORTED_EVENTS, "billing_profile_id,transaction_date,event_type,currency",
						"BP-1,2026-09-01,NewCredit,USD"),
				Arguments.of(Extracts.REPORTED_BENEFITS, "benefit_id,status,as_of", "PU-1-AZM,PENDING,2026-09-30"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("minimalRows")
	void optionalColumnsMayBeAbsentFromTheHeader(ExtractSpec spec, String header, String record) {
		// given
		List<String> present = fields(header);

		// when
		ParsedRow row = loaded(validate(spec, header, record));

		// then
		for (Column column : spec.columns()) {
			if (!present.contains(column.name())) {
				assertNull(row.get(column.name()), column.name());
			}
			else {
				assertNotNull(row.get(column.name()), column.name());
			}
		}
	}

	static Stream<Arguments> requiredColumns() {
		return happyPaths().filter(c -> firstCaseOf(c.spec()).equals(c))
			.flatMap(c -> REQUIRED_COLUMNS.get(c.spec().name()).stream().map(column -> Arguments.of(c, column)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("requiredColumns")
	@DisplayName("V3: a file without a required column's header is refused, naming the column")
	void v3MissingRequiredColumnHeader(Case c, String column) {
		// given
		List<String> header = new ArrayList<>(fields(c.header()));
		header.remove(column);

		// when
		MissingColumnException ex = assertThrows(MissingColumnException.class,
				() -> RowValidator.bind(c.spec(), header));

		// then
		assertTrue(ex.getMessage().contains(column), ex.getMessage());
	}

	@Test
	void v3NamesEveryMissingColumn() {
		// given
		List<String> header = List.of("partner_id", "region");

		// when
		MissingColumnException ex = assertThrows(MissingColumnException.class,
				() -> RowValidator.bind(Extracts.PARTNERS, header));

		// then
		assertTrue(ex.getMessage().contains("partner_name"), ex.getMessage());
		assertTrue(ex.getMessage().contains("country"), ex.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PA-1,Contoso,DE,extra      | 4
			PA-1,Contoso               | 2
			PA-1,Contoso,DE,extra,more | 5
			""")
	void v2WrongFieldCountForTooManyOrTooFewFields(String record, int found) {
		// given
		String header = "partner_id,partner_name,country";

		// when
		RowOutcome.Rejected rejected = rejected(validate(Extracts.PARTNERS, header, record, 12));

		// then
		assertEquals(RejectReason.WRONG_FIELD_COUNT, rejected.reason());
		assertEquals("expected 3 fields, found " + found, rejected.message());
		assertEquals(12, rejected.line());
		assertEquals(record, rejected.raw());
	}

	@Test
	void v2WrongFieldCountComesBeforeTheValueChecks() {
		// given: a bad country and a missing name, but one field too many
		String record = "PA-1,,XX,extra";

		// when
		RowOutcome.Rejected rejected = rejected(validate(Extracts.PARTNERS, "partner_id,partner_name,country", record));

		// then
		assertEquals(RejectReason.WRONG_FIELD_COUNT, rejected.reason());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("requiredColumns")
	void v2MissingValueForABlankRequiredValue(Case c, String column) {
		// given
		List<String> header = fields(c.header());
		List<String> record = new ArrayList<>(fields(c.record()));
		record.set(header.indexOf(column), "   ");

		// when
		RowOutcome.Rejected rejected = rejected(validate(c.spec(), header, record, 3));

		// then
		assertEquals(RejectReason.MISSING_VALUE, rejected.reason());
		assertEquals(column + " is required", rejected.message());
	}

	@ParameterizedTest
	@CsvSource({ "ACTIVE, '', ", "active, '', ", "ACTIVE, 2026-04-01, ", "CANCELLED, 2026-04-01, ",
			"CANCELLED, '', MISSING_VALUE", "Fraud, '', MISSING_VALUE", "fraud, ' ', MISSING_VALUE" })
	void v2MissingValuePurchaseStatusDateIsRequiredUnlessActive(String status, String statusDate,
			RejectReason expected) {
		// given
		String header = "purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status,status_date";
		String record = "PU-1,PA-1,OF-1,BA-1,2026-03-01,2027-02-28," + status + "," + statusDate;

		// when
		RowOutcome outcome = validate(Extracts.PURCHASES, header, record);

		// then
		if (expected == null) {
			loaded(outcome);
		}
		else {
			assertEquals(expected, rejected(outcome).reason());
			assertEquals("status_date is required", rejected(outcome).message());
		}
	}

	@Test
	void v2MissingValueWhenAPurchaseThatIsNotActiveComesFromAFileWithoutStatusDate() {
		// given
		String header = "purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status";

		// when
		RowOutcome outcome = validate(Extracts.PURCHASES, header, "PU-1,PA-1,OF-1,BA-1,2026-03-01,2027-02-28,FRAUD");

		// then
		assertEquals(RejectReason.MISSING_VALUE, rejected(outcome).reason());
		assertEquals("status_date is required", rejected(outcome).message());
	}

	@ParameterizedTest
	@MethodSource("actionTypes")
	void everyActionLoadsWithOnlyItsRequiredColumns(String action) {
		// given
		Map<String, String> values = actionRow(action);

		// when
		ParsedRow row = loaded(validate(Extracts.ACTIONS, ACTIONS_HEADER, csv(values)));

		// then
		assertEquals(action, row.get("action"));
		for (String column : ACTION_NEEDS.get(action).keySet()) {
			assertNotNull(row.get(column), column);
		}
	}

	static Stream<String> actionTypes() {
		return ACTION_NEEDS.keySet().stream();
	}

	static Stream<Arguments> actionRequiredColumns() {
		return ACTION_NEEDS.entrySet()
			.stream()
			.flatMap(e -> e.getValue().keySet().stream().map(column -> Arguments.of(e.getKey(), column)));
	}

	@ParameterizedTest(name = "{0} needs {1}")
	@MethodSource("actionRequiredColumns")
	void v2MissingValueForAnActionsRequiredColumn(String action, String column) {
		// given
		Map<String, String> values = actionRow(action);
		values.put(column, "");

		// when
		RowOutcome.Rejected rejected = rejected(validate(Extracts.ACTIONS, ACTIONS_HEADER, csv(values)));

		// then
		assertEquals(RejectReason.MISSING_VALUE, rejected.reason());
		assertEquals(column + " is required", rejected.message());
	}

	@Test
	void v2MissingValueWhenTheFileLacksAColumnThatTheActionNeeds() {
		// given: REVOKE_ROLE needs billing_profile_id, which this file has no column for
		String header = "action_id,at,action,user_upn";

		// when
		RowOutcome.Rejected rejected = rejected(
				validate(Extracts.ACTIONS, header, "A-1,2026-09-14T10:15Z,REVOKE_ROLE,ann@contoso.com"));

		// then
		assertEquals(RejectReason.MISSING_VALUE, rejected.reason());
		assertEquals("billing_profile_id is required", rejected.message());
	}

	@ParameterizedTest(name = "{0}.{1} = {2}")
	@CsvSource({ "rollout, modernized_from, 2026-02-30", "rollout, modernized_from, 2026-9-01",
			"rollout, modernized_from, 01/09/2026", "rollout, modernized_from, 2026-09-01T00:00Z",
			"purchases, purchase_date, 2026-13-01", "purchases, status_date, tomorrow",
			"billing-profiles, created_on, 20260115", "reported-lots, as_of, 2026-02-29",
			"reported-benefits, redeemed_on, 2026/03/05" })
	void v2BadDate(String base, String column, String value) {
		// given: a happy-path row with one date replaced (parameters)

		// when
		RowOutcome.Rejected rejected = rejected(withValue(base, column, value));

		// then
		assertEquals(RejectReason.BAD_DATE, rejected.reason());
		assertTrue(rejected.message().contains(column) && rejected.message().contains(value), rejected.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-09-14", "2026-09-14T10:15", "2026-09-14T10:15:30", "2026-09-14 10:15Z",
			"2026-09-14T10:15:30+01:00", "2026-09-14T25:00Z", "2026-09-14T10:15:30.5Z", "14/09/2026 10:15" })
	void v2BadInstantForActionsAt(String value) {
		// given: a REDEEM row whose at is not yyyy-MM-ddTHH:mm[:ss]Z (parameter)

		// when
		RowOutcome.Rejected rejected = rejected(withValue("actions REDEEM", "at", value));

		// then
		assertEquals(RejectReason.BAD_INSTANT, rejected.reason());
		assertTrue(rejected.message().contains("at '" + value + "'"), rejected.message());
	}

	@ParameterizedTest
	@CsvSource({ "2026-09-14T10:15Z, 2026-09-14T10:15:00", "2026-09-14T10:15:30Z, 2026-09-14T10:15:30",
			"2026-12-31T23:59:59Z, 2026-12-31T23:59:59" })
	void instantsAreAcceptedWithOrWithoutSeconds(String value, LocalDateTime expected) {
		// given: a REDEEM row with a valid at (parameter)

		// when
		ParsedRow row = loaded(withValue("actions REDEEM", "at", value));

		// then
		assertEquals(expected, row.get("at"));
	}

	@ParameterizedTest(name = "{0}.{1} = {2}")
	@CsvSource({ "offers, amount, abc", "offers, amount, '1,5'", "offers, amount, 1e3", "offers, amount, 1E-2",
			"offers, amount, 0x10", "offers, amount, 0", "offers, amount, 0.00", "offers, amount, -5",
			"offers, amount, -0.01", "reported-lots, original_amount, 12..3", "reported-lots, closed_balance, 2.5e2",
			"reported-events, charges, ten", "reported-benefits, credits_consumed, 1 000" })
	void v2BadAmount(String base, String column, String value) {
		// given: a happy-path row with one amount replaced (parameters)

		// when
		RowOutcome.Rejected rejected = rejected(withValue(base, column, value));

		// then
		assertEquals(RejectReason.BAD_AMOUNT, rejected.reason());
		assertTrue(rejected.message().contains(column), rejected.message());
	}

	@ParameterizedTest
	@CsvSource({ "+5, 5", "0.01, 0.01", "-12.50, -12.50" })
	void plainDecimalsOfAnySignAreAmounts(String value, BigDecimal expected) {
		// given: a reported lot with a signed closed_balance (parameter)

		// when
		ParsedRow row = loaded(withValue("reported-lots", "closed_balance", value));

		// then
		assertEquals(expected, row.get("closed_balance"));
	}

	@ParameterizedTest(name = "{0}.{1} = {2}")
	@CsvSource({ "offers, benefit_type, AZURE_YEARLY", "billing-profiles, profile_type, MCA", "offers, currency, USX",
			"offers, currency, US", "billing-profiles, currency, dollars", "partners, country, XX",
			"partners, country, UK", "partners, country, DEU", "billing-profiles, has_payment_instrument, yes",
			"users, partner_admin, 1", "users, user_type, ADMIN", "offers, activate_within_days, 1.5",
			"offers, activate_within_days, -1", "offers, activate_within_days, ten", "offers, activate_within_days, +7",
			"offers, activate_within_days, ٣٠", "purchases, status, OPEN", "profile-roles, role, ADMIN",
			"actions REDEEM, action, DELETE", "actions SET_PAYMENT_INSTRUMENT, value, yes",
			"actions SET_PAYMENT_INSTRUMENT, value, OWNER", "actions GRANT_ROLE, value, ADMIN",
			"actions GRANT_ROLE, value, true", "reported-lots, status, Open", "reported-benefits, status, DONE" })
	void v2BadValue(String base, String column, String value) {
		// given: a happy-path row with one value replaced (parameters)

		// when
		RowOutcome.Rejected rejected = rejected(withValue(base, column, value));

		// then
		assertEquals(RejectReason.BAD_VALUE, rejected.reason());
		assertTrue(rejected.message().contains(column) && rejected.message().contains(value), rejected.message());
	}

	@ParameterizedTest
	@CsvSource({ "offers, activate_within_days, 0, 0", "offers, activate_within_days, 365, 365",
			"actions GRANT_ROLE, value, Reader, READER", "actions GRANT_ROLE, value, contributor, CONTRIBUTOR",
			"actions SET_PAYMENT_INSTRUMENT, value, False, false", "reported-lots, status, CANCELED, Canceled",
			"reported-lots, status, inactive, Inactive", "reported-events, event_type, UnKnown, UnKnown",
			"reported-events, event_type, PendingNewCredit, PendingNewCredit" })
	void valuesAreCanonicalised(String base, String column, String value, String expected) {
		// given: a happy-path row with a value in another spelling (parameters)

		// when
		ParsedRow row = loaded(withValue(base, column, value));

		// then
		assertEquals(expected, row.text(column));
	}

	@Test
	void valueOfAnActionOtherThanSetPaymentInstrumentOrGrantRoleIsFreeText() {
		// given: a REDEEM with a value

		// when
		ParsedRow row = loaded(withValue("actions REDEEM", "value", "anything at all"));

		// then
		assertEquals("anything at all", row.get("value"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			offer_id,benefit_code,benefit_type,amount,currency | OF-1,AZM,AZURE_MONTHLY,abc,USX | BAD_AMOUNT
			offer_id,benefit_code,currency,amount,benefit_type | OF-1,AZM,USX,abc,AZURE_MONTHLY | BAD_VALUE
			""")
	@DisplayName("V2 order: of two bad columns, the one earlier in the file's header decides")
	void v2OrderTheColumnEarlierInTheFileDecides(String header, String record, RejectReason expected) {
		// given: a bad amount and a bad currency, in two header orders (parameters)

		// when
		RowOutcome.Rejected rejected = rejected(validate(Extracts.OFFERS, header, record));

		// then
		assertEquals(expected, rejected.reason());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					purchase_id,purchase_date,partner_id,offer_id,billing_account_id,membership_end,status | PU-1,2026-02-30,,OF-1,BA-1,2027-02-28,ACTIVE | BAD_DATE
					purchase_id,partner_id,purchase_date,offer_id,billing_account_id,membership_end,status | PU-1,,2026-02-30,OF-1,BA-1,2027-02-28,ACTIVE | MISSING_VALUE
					""")
	@DisplayName("V2 order: a bad date earlier in the header beats a missing value later in it")
	void v2OrderGoesByColumnNotByReasonCode(String header, String record, RejectReason expected) {
		// given: a bad purchase_date and a blank partner_id, in two header orders
		// (parameters)

		// when
		RowOutcome.Rejected rejected = rejected(validate(Extracts.PURCHASES, header, record));

		// then
		assertEquals(expected, rejected.reason());
	}

	// --- helpers

	private static void assertTypedValues(Case c, ParsedRow row) {
		for (Column column : c.spec().columns()) {
			assertEquals(c.expected().get(column.name()), row.get(column.name()), column.name());
		}
	}

	private static Case firstCaseOf(ExtractSpec spec) {
		return happyPaths().filter(c -> c.spec() == spec).findFirst().orElseThrow();
	}

	/** The happy-path row labelled {@code base} with one value replaced. */
	private static RowOutcome withValue(String base, String column, String value) {
		Case c = happyPaths().filter(k -> k.label().equals(base)).findFirst().orElseThrow();
		List<String> header = fields(c.header());
		List<String> record = new ArrayList<>(fields(c.record()));
		int index = header.indexOf(column);
		assertTrue(index >= 0, "no column " + column + " in " + base);
		record.set(index, value);
		return validate(c.spec(), header, record, 2);
	}

	private static Map<String, Object> expect(Object... keyValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/**
	 * A full actions.csv row for the action: its needed columns filled, the others blank.
	 */
	private static Map<String, String> actionRow(String action) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String column : fields(ACTIONS_HEADER)) {
			values.put(column, "");
		}
		values.put("action_id", "A-1");
		values.put("at", "2026-09-14T10:15Z");
		values.put("action", action);
		values.putAll(ACTION_NEEDS.get(action));
		return values;
	}

	private static String csv(Map<String, String> values) {
		return String.join(",", values.values());
	}

	private static Map<String, Map<String, String>> actionNeeds() {
		Map<String, Map<String, String>> needs = new LinkedHashMap<>();
		needs.put("REDEEM",
				Map.of("benefit_id", "PU-1-AZM", "billing_profile_id", "BP-1", "actor_upn", "boss@contoso.com"));
		needs.put("ASSIGN",
				Map.of("benefit_id", "PU-1-AZM", "user_upn", "ann@contoso.com", "actor_upn", "boss@contoso.com"));
		needs.put("ACTIVATE", Map.of("benefit_id", "PU-1-AZM", "user_upn", "ann@contoso.com"));
		needs.put("REMOVE",
				Map.of("benefit_id", "PU-1-AZM", "user_upn", "ann@contoso.com", "actor_upn", "boss@contoso.com"));
		needs.put("MOVE_SUBSCRIPTION", Map.of("subscription_id", "SUB-1", "target_id", "BP-2"));
		needs.put("MOVE_CREDITS", Map.of("subscription_id", "SUB-1", "target_id", "SUB-2"));
		needs.put("MOVE_BILLING_PROFILE", Map.of("billing_profile_id", "BP-1", "target_id", "BA-2"));
		needs.put("SET_PAYMENT_INSTRUMENT", Map.of("billing_profile_id", "BP-1", "value", "false"));
		needs.put("GRANT_ROLE", Map.of("billing_profile_id", "BP-1", "user_upn", "ann@contoso.com", "value", "READER"));
		needs.put("REVOKE_ROLE", Map.of("billing_profile_id", "BP-1", "user_upn", "ann@contoso.com"));
		return Collections.unmodifiableMap(needs);
	}

	@Test
	@DisplayName("V2 VALUE_TOO_LONG: over 1,000 characters after trimming, in any column read")
	void v2ValueTooLong() {
		// given a name of 1,001 characters, and one of 1,000 between spaces
		String tooLong = "N".repeat(1_001);
		String longest = "  " + "N".repeat(1_000) + "  ";

		// when
		RowOutcome.Rejected rejected = rejected(
				validate(Extracts.PARTNERS, "partner_id,partner_name,country", "P1," + tooLong + ",DE"));
		RowOutcome fine = validate(Extracts.PARTNERS, "partner_id,partner_name,country", "P1," + longest + ",DE");

		// then
		assertEquals(RejectReason.VALUE_TOO_LONG, rejected.reason());
		assertEquals("partner_name is 1,001 characters long; at most 1,000 are read", rejected.message());
		assertEquals("N".repeat(1_000), loaded(fine).text("partner_name"));
	}

	@Test
	@DisplayName("V2 VALUE_TOO_LONG: characters are Unicode code points, counted before any normalisation")
	void v2ValueTooLongCountsCodePoints() {
		// given 1,000 emoji: 2,000 UTF-16 units, 1,000 code points; and 1,001 of them
		String thousand = "\uD83D\uDE00".repeat(1_000);

		// then
		loaded(validate(Extracts.PARTNERS, "partner_id,partner_name,country", "P1," + thousand + ",DE"));
		assertEquals(RejectReason.VALUE_TOO_LONG, rejected(
				validate(Extracts.PARTNERS, "partner_id,partner_name,country", "P1," + thousand + "\uD83D\uDE00,DE"))
			.reason());
		// a 1,001-character UPN is too long before it is lower-cased
		assertEquals(RejectReason.VALUE_TOO_LONG, rejected(validate(Extracts.USERS,
				"upn,partner_id,user_type,partner_admin", "A".repeat(990) + "@CONTOSO.COM,P1,MEMBER,false"))
			.reason());
	}

	@Test
	@DisplayName("V2 VALUE_TOO_LONG: checks go column by column in header order, after MISSING_VALUE of the same column")
	void v2ValueTooLongInHeaderOrder() {
		// given a bad date before a long name, and a long name before a bad date
		String tooLong = "N".repeat(5_000);

		// then
		assertEquals(RejectReason.BAD_DATE,
				rejected(validate(Extracts.PURCHASES,
						"purchase_date,purchase_id,partner_id,offer_id,billing_account_id,membership_end,status",
						"2026-13-01,PU1,P1,O1," + tooLong + ",2027-01-01,ACTIVE"))
					.reason());
		assertEquals(RejectReason.VALUE_TOO_LONG,
				rejected(validate(Extracts.PURCHASES,
						"purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status",
						"PU1,P1,O1," + tooLong + ",2026-13-01,2027-01-01,ACTIVE"))
					.reason());
	}

}
