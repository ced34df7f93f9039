package com.creditsrecon.model.extract;

import static com.creditsrecon.model.extract.ExtractRows.loaded;
import static com.creditsrecon.model.extract.ExtractRows.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceIndexTests {

	private static final String PARTNERS = "partner_id,partner_name,country";

	private static final String OFFERS = "offer_id,benefit_code,benefit_type,amount,currency";

	private static final String PROFILES = "billing_profile_id,billing_account_id,partner_id,profile_type,currency,has_payment_instrument";

	private static final String PURCHASES = "purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status";

	private static final String USERS = "upn,partner_id,user_type,partner_admin";

	private static final String ROLES = "billing_profile_id,upn,role";

	private static final String SUBSCRIPTIONS = "subscription_id,billing_profile_id";

	private static final String ROLLOUT = "scope,modernized_from";

	private static final String ACTIONS = "action_id,at,action,actor_upn,benefit_id,billing_profile_id,subscription_id,user_upn,target_id,value";

	private static final String LOTS = "billing_profile_id,lot_reference,currency,original_amount,closed_balance,start_date,expiration_date,status,as_of";

	private static final String EVENTS = "billing_profile_id,transaction_date,event_type,currency,charges";

	private static final String BENEFITS = "benefit_id,status,as_of";

	private final ReferenceIndex index = new ReferenceIndex();

	private long line = 1;

	/**
	 * Two partners. PA-1 bought OF-1 (benefits PU-1-AZM and PU-1-GH-CP) and owns BP-1 and
	 * SUB-1; PA-2 bought OF-2 as purchase 2026-PU-7 (benefit 2026-PU-7-BULK) and owns
	 * BP-2.
	 */
	@BeforeEach
	void loadExtracts() {
		admitted(Extracts.PARTNERS, PARTNERS, "PA-1,Contoso,DE");
		admitted(Extracts.PARTNERS, PARTNERS, "PA-2,Fabrikam,FR");
		admitted(Extracts.OFFERS, OFFERS, "OF-1,AZM,AZURE_MONTHLY,100,USD");
		admitted(Extracts.OFFERS, OFFERS, "OF-1,GH-CP,GITHUB_COPILOT_ENTERPRISE,500,USD");
		admitted(Extracts.OFFERS, OFFERS, "OF-2,BULK,AZURE_BULK,2000,EUR");
		admitted(Extracts.BILLING_PROFILES, PROFILES, "BP-1,BA-1,PA-1,MCA_STANDARD,USD,true");
		admitted(Extracts.BILLING_PROFILES, PROFILES, "BP-2,BA-2,PA-2,MCA_STANDARD,EUR,false");
		admitted(Extracts.PURCHASES, PURCHASES, "PU-1,PA-1,OF-1,BA-1,2026-03-01,2027-02-28,ACTIVE");
		admitted(Extracts.PURCHASES, PURCHASES, "2026-PU-7,PA-2,OF-2,BA-2,2026-03-01,2027-02-28,ACTIVE");
		admitted(Extracts.USERS, USERS, "ann@contoso.com,PA-1,MEMBER,true");
		admitted(Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-1,BP-1");
	}

	static Stream<Arguments> keyedRows() {
		return Stream.of(Arguments.of("partners", Extracts.PARTNERS, PARTNERS, "PA-9,A,DE", "PA-9,B,FR", true),
				Arguments.of("offers (offer_id, benefit_code)", Extracts.OFFERS, OFFERS, "OF-9,AZM,AZURE_MONTHLY,1,USD",
						"OF-9,AZM,AZURE_BULK,2,USD", true),
				Arguments.of("offers: another benefit code", Extracts.OFFERS, OFFERS, "OF-9,AZM,AZURE_MONTHLY,1,USD",
						"OF-9,BULK,AZURE_BULK,2,USD", false),
				Arguments.of("offers: offer IDs are not case-insensitive", Extracts.OFFERS, OFFERS,
						"OF-9,AZM,AZURE_MONTHLY,1,USD", "of-9,AZM,AZURE_MONTHLY,1,USD", false),
				Arguments.of("billing-profiles, any case", Extracts.BILLING_PROFILES, PROFILES,
						"BP-9,BA-9,PA-1,MOSP,USD,true", "bp-9,BA-9,PA-1,MOSP,USD,true", true),
				Arguments.of("purchases", Extracts.PURCHASES, PURCHASES,
						"PU-9,PA-1,OF-1,BA-1,2026-03-01,2027-02-28,ACTIVE",
						"PU-9,PA-2,OF-2,BA-2,2026-04-01,2027-03-31,ACTIVE", true),
				Arguments.of("users, upn any case", Extracts.USERS, USERS, "Zoe@Contoso.com,PA-1,MEMBER,false",
						"zoe@CONTOSO.COM,PA-1,GUEST,true", true),
				Arguments.of("profile-roles (profile, upn), any case", Extracts.PROFILE_ROLES, ROLES,
						"BP-1,ann@contoso.com,OWNER", "bp-1,ANN@contoso.com,READER", true),
				Arguments.of("profile-roles: another user", Extracts.PROFILE_ROLES, ROLES, "BP-1,ann@contoso.com,OWNER",
						"BP-1,bob@contoso.com,OWNER", false),
				Arguments.of("profile-roles: another profile", Extracts.PROFILE_ROLES, ROLES,
						"BP-1,ann@contoso.com,OWNER", "BP-2,ann@contoso.com,OWNER", false),
				Arguments.of("subscriptions, any case", Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-9,BP-1",
						"sub-9,BP-2", true),
				Arguments.of("rollout", Extracts.ROLLOUT, ROLLOUT, "DE,2026-06-01", "DE,2026-07-01", true),
				Arguments.of("rollout: a country in other letters is the same scope", Extracts.ROLLOUT, ROLLOUT,
						"DE,2026-06-01", "de,2026-07-01", true),
				Arguments.of("rollout: a region in other letters is the same scope", Extracts.ROLLOUT, ROLLOUT,
						"EMEA,2026-06-01", "Emea,2026-07-01", true),
				Arguments.of("actions", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,SET_PAYMENT_INSTRUMENT,,,BP-1,,,,true",
						"A-9,2026-09-15T10:15Z,REVOKE_ROLE,,,BP-1,,ann@contoso.com,,", true),
				Arguments.of("reported-lots (profile, reference), profile any case", Extracts.REPORTED_LOTS, LOTS,
						"BP-1,REF-1,USD,100,0,2026-03-05,2027-03-04,Active,2026-09-30",
						"bp-1,REF-1,USD,50,0,2026-04-05,2027-04-04,Active,2026-09-30", true),
				Arguments.of("reported-lots: same reference, another profile", Extracts.REPORTED_LOTS, LOTS,
						"BP-1,REF-1,USD,100,0,2026-03-05,2027-03-04,Active,2026-09-30",
						"BP-2,REF-1,USD,100,0,2026-03-05,2027-03-04,Active,2026-09-30", false),
				Arguments.of("reported-lots: blank lot_reference is never a duplicate", Extracts.REPORTED_LOTS, LOTS,
						"BP-1,,USD,100,0,2026-03-05,2027-03-04,Active,2026-09-30",
						"BP-1,,USD,100,0,2026-03-05,2027-03-04,Active,2026-09-30", false),
				Arguments.of("reported-events: no key", Extracts.REPORTED_EVENTS, EVENTS,
						"BP-1,2026-09-01,SettledCharges,USD,10", "BP-1,2026-09-01,SettledCharges,USD,10", false),
				Arguments.of("reported-benefits", Extracts.REPORTED_BENEFITS, BENEFITS, "PU-1-AZM,ACTIVE,2026-09-30",
						"PU-1-AZM,COMPLETE,2026-10-31", true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keyedRows")
	@DisplayName("V2 DUPLICATE_KEY: the later row of a repeated key")
	void v2DuplicateKeyRejectsTheLaterRow(String label, ExtractSpec spec, String header, String first, String second,
			boolean duplicate) {
		// given
		admitted(spec, header, first);

		// when
		Optional<RowOutcome.Rejected> outcome = admit(spec, header, second);

		// then
		if (duplicate) {
			assertTrue(outcome.isPresent(), "expected a DUPLICATE_KEY");
			assertEquals(RejectReason.DUPLICATE_KEY, outcome.get().reason());
			assertEquals(this.line, outcome.get().line());
			assertEquals(second, outcome.get().raw());
		}
		else {
			assertEquals(Optional.empty(), outcome);
		}
	}

	@Test
	@DisplayName("V2: once loaded, an extract no other names forgets its keys; partners and billing profiles keep theirs")
	void loadedExtractsForgetTheKeysNoOtherExtractNames() {
		// given: partners, offers, profiles, purchases, users and subscriptions loaded
		int before = this.index.keysHeld();
		// when: the purchases and subscriptions are done, and the partners
		this.index.loaded(Extracts.PURCHASES);
		this.index.loaded(Extracts.SUBSCRIPTIONS);
		this.index.loaded(Extracts.PARTNERS);
		this.index.loaded(Extracts.BILLING_PROFILES);
		// then: two purchase keys and one subscription key fewer, and the partners' and
		// profiles' keys still answer the references of later extracts
		assertEquals(before - 3, this.index.keysHeld());
		admitted(Extracts.USERS, USERS, "bob@fabrikam.com,PA-2,MEMBER,false");
		assertEquals(RejectReason.UNKNOWN_REFERENCE,
				admit(Extracts.USERS, USERS, "eve@example.com,PA-404,MEMBER,false").orElseThrow().reason());
		admitted(Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-2,BP-2");
	}

	@Test
	void v2DuplicateKeyMessageNamesTheKey() {
		// given
		admitted(Extracts.OFFERS, OFFERS, "OF-9,AZM,AZURE_MONTHLY,1,USD");

		// when
		RowOutcome.Rejected rejected = admit(Extracts.OFFERS, OFFERS, "OF-9,AZM,AZURE_MONTHLY,1,USD").orElseThrow();

		// then
		assertTrue(rejected.message().contains("offer_id, benefit_code 'OF-9|AZM'"), rejected.message());
	}

	@Test
	void v2DuplicateKeyComesBeforeUnknownReference() {
		// given: PU-1 exists already

		// when: a second PU-1 whose partner is also unknown
		RowOutcome.Rejected rejected = admit(Extracts.PURCHASES, PURCHASES,
				"PU-1,PA-404,OF-1,BA-1,2026-03-01,2027-02-28,ACTIVE")
			.orElseThrow();

		// then
		assertEquals(RejectReason.DUPLICATE_KEY, rejected.reason());
	}

	static Stream<Arguments> unknownReferences() {
		return Stream.of(
				Arguments.of("a purchase's partner", Extracts.PURCHASES, PURCHASES,
						"PU-9,PA-404,OF-1,BA-1,2026-03-01,2027-02-28,ACTIVE", "partner_id 'PA-404'"),
				Arguments.of("a purchase's offer", Extracts.PURCHASES, PURCHASES,
						"PU-9,PA-1,OF-404,BA-1,2026-03-01,2027-02-28,ACTIVE", "offer_id 'OF-404'"),
				Arguments.of("a profile's partner", Extracts.BILLING_PROFILES, PROFILES,
						"BP-9,BA-9,PA-404,MOSP,USD,true", "partner_id 'PA-404'"),
				Arguments.of("a user's partner", Extracts.USERS, USERS, "zoe@contoso.com,PA-404,MEMBER,false",
						"partner_id 'PA-404'"),
				Arguments.of("a role's profile", Extracts.PROFILE_ROLES, ROLES, "BP-404,ann@contoso.com,OWNER",
						"billing_profile_id 'BP-404'"),
				Arguments.of("a subscription's profile", Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-9,BP-404",
						"billing_profile_id 'BP-404'"),
				Arguments.of("an action's benefit: unknown purchase", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,REDEEM,boss@contoso.com,PU-404-AZM,BP-1,,,,", "benefit_id 'PU-404-AZM'"),
				Arguments.of("an action's benefit: a code of another offer", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,ACTIVATE,,PU-1-BULK,,,ann@contoso.com,,", "benefit_id 'PU-1-BULK'"),
				Arguments.of("an action's benefit: a purchase ID without its dashed prefix", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,ACTIVATE,,PU-7-BULK,,,ann@contoso.com,,", "benefit_id 'PU-7-BULK'"),
				Arguments.of("an action's billing profile", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,SET_PAYMENT_INSTRUMENT,,,BP-404,,,,true", "billing_profile_id 'BP-404'"),
				Arguments.of("a REDEEM's billing profile", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,REDEEM,boss@contoso.com,PU-1-AZM,BP-404,,,,",
						"billing_profile_id 'BP-404'"),
				Arguments.of("MOVE_SUBSCRIPTION's target profile", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,MOVE_SUBSCRIPTION,,,,SUB-1,,BP-404,", "target_id 'BP-404'"));
	}

	@ParameterizedTest(name = "V2 UNKNOWN_REFERENCE: {0}")
	@MethodSource("unknownReferences")
	void v2UnknownReference(String label, ExtractSpec spec, String header, String record, String named) {
		// given: the extracts of loadExtracts() and a row naming something they lack
		// (parameters)

		// when
		Optional<RowOutcome.Rejected> outcome = admit(spec, header, record);

		// then
		assertTrue(outcome.isPresent(), "expected UNKNOWN_REFERENCE");
		assertEquals(RejectReason.UNKNOWN_REFERENCE, outcome.get().reason());
		assertTrue(outcome.get().message().contains(named), outcome.get().message());
	}

	static Stream<Arguments> knownReferences() {
		return Stream.of(
				Arguments.of("a role's profile, any case", Extracts.PROFILE_ROLES, ROLES, "bp-1,ann@contoso.com,OWNER"),
				Arguments.of("a subscription's profile, any case", Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-9,bp-2"),
				Arguments.of("an action's benefit whose purchase ID has dashes", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,REDEEM,boss@fabrikam.com,2026-PU-7-BULK,BP-2,,,,"),
				Arguments.of("an action's benefit whose code has a dash", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,ACTIVATE,,PU-1-GH-CP,,,ann@contoso.com,,"),
				Arguments.of("an action's profile, any case", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,GRANT_ROLE,,,bp-2,,ann@contoso.com,,OWNER"),
				Arguments.of("MOVE_SUBSCRIPTION's target, any case; the subscription is checked when it runs",
						Extracts.ACTIONS, ACTIONS, "A-9,2026-09-14T10:15Z,MOVE_SUBSCRIPTION,,,,SUB-NEW,,bp-2,"),
				Arguments.of("ASSIGN of an unknown user: USER_NOT_FOUND is a run outcome", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,ASSIGN,boss@contoso.com,PU-1-AZM,,,nobody@nowhere.com,,"),
				Arguments.of("MOVE_CREDITS to an unknown subscription", Extracts.ACTIONS, ACTIONS,
						"A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,SUB-1,,SUB-404,"),
				Arguments.of("MOVE_BILLING_PROFILE's target is a billing account, not checked", Extracts.ACTIONS,
						ACTIONS, "A-9,2026-09-14T10:15Z,MOVE_BILLING_PROFILE,,,BP-1,,,BA-404,"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("knownReferences")
	void knownReferencesAreAdmitted(String label, ExtractSpec spec, String header, String record) {
		// given: the extracts of loadExtracts() and a row naming what they hold
		// (parameters)

		// when
		Optional<RowOutcome.Rejected> outcome = admit(spec, header, record);

		// then
		assertEquals(Optional.empty(), outcome);
	}

	@Test
	void aRejectedRowIsNotRemembered() {
		// given: BP-9 is rejected because its partner is unknown
		admit(Extracts.BILLING_PROFILES, PROFILES, "BP-9,BA-9,PA-404,MOSP,USD,true").orElseThrow();

		// when: a subscription under BP-9
		Optional<RowOutcome.Rejected> outcome = admit(Extracts.SUBSCRIPTIONS, SUBSCRIPTIONS, "SUB-9,BP-9");

		// then
		assertEquals(RejectReason.UNKNOWN_REFERENCE, outcome.orElseThrow().reason());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					via benefit                              | A-9,2026-09-14T10:15Z,REDEEM,boss@contoso.com,PU-1-AZM,BP-1,,,,         | PA-1
					via benefit with a dashed purchase ID    | A-9,2026-09-14T10:15Z,ACTIVATE,,2026-PU-7-BULK,,,eve@fabrikam.com,,    | PA-2
					via benefit before profile               | A-9,2026-09-14T10:15Z,ACTIVATE,,2026-PU-7-BULK,BP-1,,eve@fabrikam.com,, | PA-2
					via profile, any case                    | A-9,2026-09-14T10:15Z,SET_PAYMENT_INSTRUMENT,,,bp-2,,,,false            | PA-2
					via MOVE_SUBSCRIPTION's target           | A-9,2026-09-14T10:15Z,MOVE_SUBSCRIPTION,,,,SUB-NEW,,BP-2,               | PA-2
					T7: MOVE_SUBSCRIPTION, subscription's    | A-9,2026-09-14T10:15Z,MOVE_SUBSCRIPTION,,,,SUB-1,,BP-2,                 | PA-1
					via subscriptions.csv, any case          | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,sub-1,,SUB-404,                   | PA-1
					via generated sub-<benefit_id>-<n>       | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,sub-PU-1-AZM-2,,SUB-1,            | PA-1
					via generated, dashed purchase, any case | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,SUB-2026-pu-7-bulk-1,,SUB-1,      | PA-2
					via generated, dashed benefit code       | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,sub-PU-1-GH-CP-3,,SUB-1,          | PA-1
					generated-looking, no such benefit       | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,sub-PU-1-NOPE-1,,SUB-405,         | ''
					MOVE_CREDITS: else the target's          | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,SUB-404,,Sub-1,                   | PA-1
					else the actor's                         | A-9,2026-09-14T10:15Z,MOVE_CREDITS,Ann@contoso.com,,,SUB-404,,SUB-405,  | PA-1
					else the user's                          | A-9,2026-09-14T10:15Z,MOVE_CREDITS,,,,SUB-404,ANN@contoso.com,SUB-405,  | PA-1
					unknown subscriptions and users          | A-9,2026-09-14T10:15Z,MOVE_CREDITS,nobody@x.com,,,SUB-404,,SUB-405,     | ''
					""")
	void partnerOfActionResolvesTheOwningPartner(String label, String record, String expected) {
		// given
		ParsedRow action = admittedAction(record);

		// when
		String partner = this.index.partnerOfAction(action);

		// then
		assertEquals(expected, partner);
	}

	@Test
	void partnerOfActionKnowsTheSubscriptionThatAnEarlierAssignNamed() {
		// given
		admitted(Extracts.ACTIONS, ACTIONS,
				"A-1,2026-09-14T10:15Z,ASSIGN,boss@contoso.com,PU-1-AZM,,SUB-Ann,ann@contoso.com,,");
		ParsedRow move = admittedAction("A-2,2026-09-20T10:15Z,MOVE_CREDITS,,,,sub-ann,,SUB-1,");

		// when
		String partner = this.index.partnerOfAction(move);

		// then
		assertEquals("PA-1", partner);
		assertEquals(Optional.of("PA-1"), this.index.partnerOfUsage("sub-ann", ""));
	}

	@ParameterizedTest
	@CsvSource({ "sub-1, bp-2, PA-1", "unknown, bp-2, PA-2", "'', bp-1, PA-1", "sub-pu-1-azm-1, '', PA-1",
			"sub-2026-pu-7-bulk-2, bp-1, PA-2", "unknown, unknown, ", "'', '', " })
	void partnerOfUsageIsTheSubscriptionsPartnerElseTheProfiles(String subscription, String profile, String expected) {
		// given: the extracts of loadExtracts(); a usage row's lower-case IDs
		// (parameters)

		// when
		Optional<String> partner = this.index.partnerOfUsage(subscription, profile);

		// then
		assertEquals(Optional.ofNullable(expected), partner);
	}

	// --- helpers

	private Optional<RowOutcome.Rejected> admit(ExtractSpec spec, String header, String record) {
		this.line++;
		ParsedRow row = loaded(validate(spec, header, record, this.line));
		return this.index.admit(row, record);
	}

	private void admitted(ExtractSpec spec, String header, String record) {
		Optional<RowOutcome.Rejected> outcome = admit(spec, header, record);
		assertEquals(Optional.empty(), outcome.map(r -> r.reason() + ": " + r.message()), record);
	}

	private ParsedRow admittedAction(String record) {
		this.line++;
		ParsedRow row = loaded(validate(Extracts.ACTIONS, ACTIONS, record, this.line));
		assertEquals(Optional.empty(), this.index.admit(row, record).map(RowOutcome.Rejected::message), record);
		return row;
	}

}
