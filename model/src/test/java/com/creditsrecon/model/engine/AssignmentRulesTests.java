package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rules L0–L3: legacy assignment, activation and removal. */
class AssignmentRulesTests {

	private static final String ALICE = "alice@contoso.com";

	private static final String BOB = "bob@contoso.com";

	private static final String CAROL = "carol@contoso.com";

	/** A legacy partner with monthly and bulk benefits provisioned on 2025-01-05. */
	private static WorldBuilder world() {
		return WorldBuilder.legacy()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", 60)
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", 60)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.user(ALICE, "MEMBER", false)
			.user(BOB, "MEMBER", false);
	}

	private static WorldBuilder remove(WorldBuilder world, String at, String benefit, String user) {
		return world.action(at, "REMOVE", WorldBuilder.ADMIN, benefit, null, null, user, null, null);
	}

	@Test
	@DisplayName("L0: preconditions in order")
	void ruleL0_preconditionsInOrder() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", 10)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.purchase("PU2", "O", "BA1", "2025-01-01", "2027-01-01", "FRAUD", "2025-01-02")
			.assign("2025-01-06", "PU1-AZBULK", ALICE)
			.run("2025-01-06");
		assertEquals(List.of("WRONG_EXPERIENCE"), reasons(result));
		PartnerResult legacy = world().purchase("PU2", "O", "BA1", "2025-01-01", "2027-01-01", "FRAUD", "2025-01-02")
			.offer("S", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU3", "S", "2025-01-01", "2025-01-20")
			.assign("2025-01-03", "PU1-AZBULK", ALICE)
			.assign("2025-01-06", "PU2-AZBULK", ALICE)
			.action("2025-01-06", "ASSIGN", BOB, "PU1-AZMONTHLY", null, null, ALICE, null, null)
			.assign("2025-01-06", "PU3-AZMONTHLY", BOB)
			.activate("2025-01-06T13:00:00Z", "PU3-AZMONTHLY", BOB, "BP1")
			.assign("2025-03-20", "PU1-AZBULK", ALICE)
			.assign("2025-03-21", "PU3-AZMONTHLY", ALICE)
			.run("2025-03-21");
		assertEquals(List.of("BENEFIT_NOT_PROVISIONED", "BENEFIT_REVOKED", "NOT_PARTNER_ADMIN", "", "",
				"BENEFIT_EXPIRED", "BENEFIT_COMPLETE"), reasons(legacy));
	}

	@Test
	@DisplayName("L1: checks in the article order")
	void ruleL1_checksInTheArticleOrder() {
		PartnerResult result = world().user("guest@contoso.com", "GUEST", false)
			.user("fan@gmail.com", "MEMBER", false)
			.user("ext@fabrikam.com", "MEMBER", false)
			.purchase("PU2", "O", "2025-01-01", "2027-01-01")
			// 1. an assignment accepted minutes ago is still provisioning
			.assign("2025-01-06T10:00:00Z", "PU1-AZMONTHLY", ALICE)
			.assign("2025-01-06T10:05:00Z", "PU1-AZMONTHLY", ALICE)
			// 2. the same user again, 3. another user while the seat is taken
			.assign("2025-01-06T10:30:00Z", "PU1-AZMONTHLY", ALICE)
			.assign("2025-01-06T10:31:00Z", "PU1-AZMONTHLY", BOB)
			// 5. not in the tenant
			.assign("2025-01-06T11:00:00Z", "PU1-AZBULK", "nobody@contoso.com")
			// 6. free-hosted domain, then guest, then a domain that is not the tenant's
			.assign("2025-01-06T11:01:00Z", "PU1-AZBULK", "fan@gmail.com")
			.assign("2025-01-06T11:02:00Z", "PU1-AZBULK", "guest@contoso.com")
			.assign("2025-01-06T11:03:00Z", "PU1-AZBULK", "ext@fabrikam.com")
			// 7. one bulk credit per user
			.assign("2025-01-06T11:04:00Z", "PU1-AZBULK", BOB)
			.assign("2025-01-06T11:05:00Z", "PU2-AZBULK", BOB)
			// a monthly credit takes any member of the tenant, even with a free-hosted
			// domain
			.assign("2025-01-06T11:06:00Z", "PU2-AZMONTHLY", "fan@gmail.com")
			.run("2025-01-06");
		assertEquals(List.of("", "ASSIGNMENT_IN_PROGRESS", "USER_ALREADY_ASSIGNED", "NO_SEAT_AVAILABLE",
				"USER_NOT_FOUND", "FREE_HOSTED_DOMAIN", "GUEST_USER_NOT_ALLOWED", "GUEST_USER_NOT_ALLOWED", "",
				"BULK_LIMIT_REACHED", ""), reasons(result));
		assertEquals("You can not assign anymore users since you have already assigned user.",
				Rows.decision(result, "A0004").message());
		BenefitRow assigned = benefit(result, "PU1-AZMONTHLY");
		assertEquals("PROVISIONED", assigned.status());
		assertEquals(ALICE, assigned.assignedUser());
		assertEquals("sub-PU1-AZMONTHLY-1", assigned.subscriptionId());
	}

	@Test
	@DisplayName("L1: five reassignments then refusal")
	void ruleL1_fiveReassignmentsThenRefusal() {
		WorldBuilder world = world();
		String day = "2025-01-06";
		for (int i = 0; i < 7; i++) {
			String at = LocalDate.parse(day).plusDays(i) + "T09:00:00Z";
			world.assign(at, "PU1-AZMONTHLY", i % 2 == 0 ? ALICE : BOB);
			remove(world, LocalDate.parse(day).plusDays(i) + "T10:00:00Z", "PU1-AZMONTHLY", i % 2 == 0 ? ALICE : BOB);
		}
		PartnerResult result = world.run("2025-01-20");
		List<String> assignments = result.decisions()
			.stream()
			.filter(d -> d.action().equals("ASSIGN"))
			.map(d -> d.reasonCode())
			.toList();
		assertEquals(List.of("", "", "", "", "", "", "REASSIGNMENT_LIMIT_REACHED"), assignments);
		assertEquals(5, benefit(result, "PU1-AZMONTHLY").reassignmentsUsed());
	}

	@Test
	@DisplayName("L1: bulk credit is never reassigned")
	void ruleL1_bulkCreditIsNeverReassigned() {
		PartnerResult result = remove(world().assign("2025-01-06T09:00:00Z", "PU1-AZBULK", ALICE),
				"2025-01-06T10:00:00Z", "PU1-AZBULK", ALICE)
			.assign("2025-01-07T09:00:00Z", "PU1-AZBULK", BOB)
			.run("2025-01-07");
		assertEquals(List.of("", "", "REASSIGNMENT_NOT_ALLOWED"), reasons(result));
	}

	@Test
	@DisplayName("L1: named subscription is reused and another partners is unknown")
	void ruleL1_namedSubscriptionIsReusedAndAnotherPartnersIsUnknown() {
		PartnerResult result = world().subscription("existing-sub", "BP1")
			.foreignSubscription("THEIRS")
			.action("2025-01-06", "ASSIGN", WorldBuilder.ADMIN, "PU1-AZBULK", null, "theirs", ALICE, null, null)
			.action("2025-01-07", "ASSIGN", WorldBuilder.ADMIN, "PU1-AZBULK", null, "EXISTING-SUB", ALICE, null, null)
			.activate("2025-01-08", "PU1-AZBULK", ALICE, null)
			.run("2025-01-08");
		assertEquals(List.of("UNKNOWN_SUBSCRIPTION", "", ""), reasons(result));
		BenefitRow row = benefit(result, "PU1-AZBULK");
		assertEquals("existing-sub", row.subscriptionId());
		assertEquals("BP1", row.billingProfileId());
	}

	@Test
	@DisplayName("L2: only the assigned user activates once")
	void ruleL2_onlyTheAssignedUserActivatesOnce() {
		PartnerResult result = world().assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.activate("2025-01-06T09:30:00Z", "PU1-AZMONTHLY", BOB, null)
			.activate("2025-01-07T09:30:00Z", "PU1-AZMONTHLY", ALICE, "BP1")
			.activate("2025-01-08T09:30:00Z", "PU1-AZMONTHLY", ALICE, null)
			.usage("sub-PU1-AZMONTHLY-1", "BP-ELSEWHERE", "2025-01-08", "USD", "25.00")
			.run("2025-01-08");
		assertEquals(List.of("", "NOT_ASSIGNED_USER", "", "ALREADY_ACTIVE"), reasons(result));
		LotRow lot = lot(result, "PU1-AZMONTHLY-01");
		assertEquals("SUBSCRIPTION", lot.scopeType());
		assertEquals("sub-PU1-AZMONTHLY-1", lot.subscriptionId());
		assertEquals("BP1", lot.billingProfileId());
		assertEquals(money("25.00"), lot.charged());
		assertEquals(LocalDate.parse("2025-01-07"), benefit(result, "PU1-AZMONTHLY").startedOn());
	}

	@Test
	@DisplayName("L2: activation after activate by is too late")
	void ruleL2_activationAfterActivateByIsTooLate() {
		PartnerResult result = world().assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.activate("2025-03-07T09:30:00Z", "PU1-AZMONTHLY", ALICE, null)
			.run("2025-03-07");
		assertEquals(List.of("", "BENEFIT_EXPIRED"), reasons(result));
		BenefitRow row = benefit(result, "PU1-AZMONTHLY");
		assertEquals("EXPIRED", row.status());
		assertEquals(money("1300.00"), row.forfeited());
	}

	@Test
	@DisplayName("L3: removal frees the seat and unscopes the lots without stopping their clocks")
	void ruleL3_removalFreesTheSeatAndUnscopesTheLotsWithoutStoppingTheirClocks() {
		PartnerResult result = world().assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.activate("2025-01-06T09:30:00Z", "PU1-AZMONTHLY", ALICE, "BP1")
			.action("2025-01-10T09:00:00Z", "REMOVE", WorldBuilder.ADMIN, "PU1-AZMONTHLY", null, null, BOB, null, null)
			.action("2025-01-10T10:00:00Z", "REMOVE", WorldBuilder.ADMIN, "PU1-AZMONTHLY", null, null, ALICE, null,
					null)
			.usage("sub-PU1-AZMONTHLY-1", "BP1", "2025-01-11", "USD", "30.00")
			.run("2025-02-10");
		assertEquals(List.of("", "", "USER_NOT_ASSIGNED", ""), reasons(result));
		BenefitRow row = benefit(result, "PU1-AZMONTHLY");
		assertEquals("ACTIVE", row.status());
		assertEquals("", row.assignedUser());
		LotRow first = lot(result, "PU1-AZMONTHLY-01");
		assertEquals("", first.subscriptionId());
		assertEquals("", first.billingProfileId());
		assertEquals(money("0.00"), first.charged());
		assertEquals("LAPSED", first.status());
		assertEquals(2, result.lots().size());
	}

	@Test
	@DisplayName("L3: a closed lot keeps the subscription it closed with, through later reassignments and removals")
	void ruleL3_closedLotKeepsTheSubscriptionItClosedWith() {
		// given a monthly seat that goes from Alice (BP1) to Bob (BP2) to Carol (BP1) in
		// April and is empty at the end of it; lot 03 runs 03-06..04-05, lot 04 from
		// 04-06
		WorldBuilder world = world().user(CAROL, "MEMBER", false)
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.activate("2025-01-06T09:30:00Z", "PU1-AZMONTHLY", ALICE, "BP1");
		remove(world, "2025-04-01T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.assign("2025-04-01T10:00:00Z", "PU1-AZMONTHLY", BOB)
			.activate("2025-04-01T11:00:00Z", "PU1-AZMONTHLY", BOB, "BP2");
		remove(world, "2025-04-10T09:00:00Z", "PU1-AZMONTHLY", BOB)
			.assign("2025-04-10T10:00:00Z", "PU1-AZMONTHLY", CAROL)
			.activate("2025-04-10T11:00:00Z", "PU1-AZMONTHLY", CAROL, "BP1");
		remove(world, "2025-04-20T09:00:00Z", "PU1-AZMONTHLY", CAROL);

		// when
		PartnerResult result = world.run("2025-04-30");

		// then
		assertEquals(List.of("", "", "", "", "", "", "", "", ""), reasons(result));
		for (String closedUnderAlice : List.of("PU1-AZMONTHLY-01", "PU1-AZMONTHLY-02")) {
			assertEquals("sub-PU1-AZMONTHLY-1", lot(result, closedUnderAlice).subscriptionId(), closedUnderAlice);
			assertEquals("BP1", lot(result, closedUnderAlice).billingProfileId(), closedUnderAlice);
		}
		LotRow april = lot(result, "PU1-AZMONTHLY-03");
		assertEquals("LAPSED", april.status());
		assertEquals("sub-PU1-AZMONTHLY-2", april.subscriptionId());
		assertEquals("BP2", april.billingProfileId());
		// the open lot follows the seat, empty today
		LotRow open = lot(result, "PU1-AZMONTHLY-04");
		assertEquals("ACTIVE", open.status());
		assertEquals("", open.subscriptionId());
		assertEquals("", open.billingProfileId());
	}

	@Test
	@DisplayName("L3: a closed lot keeps the profile its subscription lived under when it closed")
	void ruleL3_closedLotKeepsTheProfileItsSubscriptionLivedUnderThen() {
		// given lot 01 closed on 02-05 under BP1; lot 02 spent, so that the subscription
		// may move (rule SM1) to BP2 while lot 02 is open
		WorldBuilder world = world().profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE)
			.activate("2025-01-06T09:30:00Z", "PU1-AZMONTHLY", ALICE, "BP1")
			.usage("sub-PU1-AZMONTHLY-1", "BP1", "2025-02-07", "USD", "100.00")
			.action("2025-02-10", "MOVE_SUBSCRIPTION", null, null, null, "sub-PU1-AZMONTHLY-1", null, "BP2", null);

		// when
		PartnerResult result = world.run("2025-02-20");

		// then
		assertEquals(List.of("", "", ""), reasons(result));
		assertEquals("BP1", lot(result, "PU1-AZMONTHLY-01").billingProfileId());
		assertEquals("sub-PU1-AZMONTHLY-1", lot(result, "PU1-AZMONTHLY-01").subscriptionId());
		assertEquals("BP2", lot(result, "PU1-AZMONTHLY-02").billingProfileId());
	}

	@Test
	@DisplayName("L3: a revoked lot keeps the scope it was revoked with")
	void ruleL3_revokedLotKeepsItsScope() {
		// given a bulk benefit on a subscription of BP1, revoked on 03-01, whose
		// subscription then moves to BP2
		PartnerResult result = world().profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.purchase("PU2", "O", "BA1", "2025-01-01", "2027-01-01", "FRAUD", "2025-03-01")
			.assign("2025-01-06T09:00:00Z", "PU2-AZBULK", ALICE)
			.activate("2025-01-06T09:30:00Z", "PU2-AZBULK", ALICE, "BP1")
			.action("2025-03-02", "MOVE_SUBSCRIPTION", null, null, null, "sub-PU2-AZBULK-1", null, "BP2", null)
			.run("2025-03-10");

		// then
		assertEquals(List.of("", "", ""), reasons(result));
		LotRow revoked = lot(result, "PU2-AZBULK-01");
		assertEquals("REVOKED", revoked.status());
		assertEquals("sub-PU2-AZBULK-1", revoked.subscriptionId());
		assertEquals("BP1", revoked.billingProfileId());
	}

	@Test
	@DisplayName("L3: unstarted benefit goes back to available")
	void ruleL3_unstartedBenefitGoesBackToAvailable() {
		PartnerResult result = remove(world().assign("2025-01-06T09:00:00Z", "PU1-AZMONTHLY", ALICE),
				"2025-01-06T10:00:00Z", "PU1-AZMONTHLY", ALICE)
			.run("2025-01-06");
		assertEquals("AVAILABLE", benefit(result, "PU1-AZMONTHLY").status());
	}

}
