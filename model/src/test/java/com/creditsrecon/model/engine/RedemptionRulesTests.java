package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.decision;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EligibilityRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rules M0–M7: modernized redemption onto a billing profile. */
class RedemptionRulesTests {

	/** A modernized partner with a bulk benefit provisioned on 2025-01-05. */
	private static WorldBuilder world() {
		return WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", 30)
			.purchase("PU1", "O", "2025-01-01", "2026-01-01");
	}

	@Test
	@DisplayName("M0: preconditions in order")
	void ruleM0_preconditionsInOrder() {
		PartnerResult result = world().user("member@contoso.com", "MEMBER", false)
			.redeem("2025-01-03", "PU1-AZBULK", "BP1")
			.action("2025-01-06", "REDEEM", "member@contoso.com", "PU1-AZBULK", "BP1", null, null, null, null)
			.action("2025-01-06", "REDEEM", WorldBuilder.ADMIN, "PU1-AZBULK", "BP-OTHER", null, null, null, null)
			.redeem("2025-01-07", "PU1-AZBULK", "BP1")
			.redeem("2025-01-08", "PU1-AZBULK", "BP1")
			.run("2025-01-10");
		assertEquals(List.of("BENEFIT_NOT_PROVISIONED", "NOT_PARTNER_ADMIN", "UNKNOWN_BILLING_PROFILE", "",
				"ALREADY_REDEEMED"), reasons(result));
	}

	@Test
	@DisplayName("M0: legacy benefit is the wrong experience")
	void ruleM0_legacyBenefitIsTheWrongExperience() {
		PartnerResult result = WorldBuilder.legacy()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "6000.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2026-01-01")
			.redeem("2025-01-10", "PU1-AZBULK", "BP1")
			.run("2025-01-10");
		assertEquals(List.of("WRONG_EXPERIENCE"), reasons(result));
	}

	@Test
	@DisplayName("M0: expired and revoked benefits")
	void ruleM0_expiredAndRevokedBenefits() {
		PartnerResult result = world().offer("O2", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU2", "O2", "BA1", "2025-01-01", "2026-01-01", "CANCELLED", "2025-01-20")
			.redeem("2025-02-10", "PU1-AZBULK", "BP1")
			.redeem("2025-02-10", "PU2-AZBULK", "BP1")
			.run("2025-02-10");
		assertEquals(List.of("BENEFIT_EXPIRED", "BENEFIT_REVOKED"), reasons(result));
	}

	@Test
	@DisplayName("M1: only mca standard or premier profiles")
	void ruleM1_onlyMcaStandardOrPremierProfiles() {
		PartnerResult result = world().profile("BP-MOSP", "BA1", "MOSP", "USD", true)
			.role("BP-MOSP", WorldBuilder.ADMIN, "OWNER")
			.redeem("2025-01-06", "PU1-AZBULK", "BP-MOSP")
			.run("2025-01-06");
		assertEquals(List.of("NOT_ELIGIBLE_ACCOUNT_TYPE"), reasons(result));
	}

	@Test
	@DisplayName("M2: profile must be under the purchase billing account")
	void ruleM2_profileMustBeUnderThePurchaseBillingAccount() {
		PartnerResult result = world().profile("BP-X", "BA-OTHER", "MCA_PREMIER", "USD", true)
			.role("BP-X", WorldBuilder.ADMIN, "OWNER")
			.redeem("2025-01-06", "PU1-AZBULK", "BP-X")
			.run("2025-01-06");
		assertEquals(List.of("NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT"), reasons(result));
	}

	@Test
	@DisplayName("M3: active credits of another purchase block until consumed")
	void ruleM3_activeCreditsOfAnotherPurchaseBlockUntilConsumed() {
		PartnerResult result = world().purchase("PU2", "O", "2025-01-01", "2026-01-01")
			.redeem("2025-01-06", "PU1-AZBULK", "BP1")
			.redeem("2025-01-07", "PU2-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-01-08", "USD", "6000.00")
			.redeem("2025-01-09", "PU2-AZBULK", "BP1")
			.run("2025-01-09");
		DecisionRow blocked = decision(result, "A0002");
		assertEquals("HAS_ACTIVE_CREDITS", blocked.reasonCode());
		assertEquals("Billing profile already has active credits – Please consume them before adding new credits.",
				blocked.message());
		assertEquals("", decision(result, "A0003").reasonCode());
	}

	@Test
	@DisplayName("M4: profile needs a payment instrument")
	void ruleM4_profileNeedsAPaymentInstrument() {
		PartnerResult result = world().profile("BP2", "BA1", "MCA_STANDARD", "USD", false)
			.role("BP2", WorldBuilder.ADMIN, "OWNER")
			.redeem("2025-01-06", "PU1-AZBULK", "BP2")
			.run("2025-01-06");
		DecisionRow row = decision(result, "A0001");
		assertEquals("NO_PAYMENT_INSTRUMENT", row.reasonCode());
		assertEquals("This Billing Profile doesn't have a credit card or payment instrument linked.", row.message());
	}

	@Test
	@DisplayName("M5: actor needs owner or contributor")
	void ruleM5_actorNeedsOwnerOrContributor() {
		PartnerResult result = world().user("reader@contoso.com", "MEMBER", true)
			.role("BP1", "reader@contoso.com", "READER")
			.action("2025-01-06", "REDEEM", "reader@contoso.com", "PU1-AZBULK", "BP1", null, null, null, null)
			.run("2025-01-06");
		DecisionRow row = decision(result, "A0001");
		assertEquals("NO_CONTRIBUTOR_ACCESS", row.reasonCode());
		assertEquals(
				"You don't have Owner or Contributor access to this billing profile. Please obtain access to proceed with credit deposit.",
				row.message());
	}

	@Test
	@DisplayName("M5: a failed attempt leaves every balance as it was")
	void ruleM5_aFailedAttemptLeavesEveryBalanceAsItWas() {
		WorldBuilder base = world().purchase("PU2", "O", "2025-01-01", "2026-01-01")
			.redeem("2025-01-06", "PU1-AZBULK", "BP1")
			.usage("s1", "BP1", "2025-01-08", "USD", "100.00");
		PartnerResult without = base.run("2025-01-20");
		PartnerResult with = base.redeem("2025-01-07", "PU2-AZBULK", "BP1").run("2025-01-20");
		assertEquals("HAS_ACTIVE_CREDITS", decision(with, "A0002").reasonCode());
		assertEquals(without.lots(), with.lots());
		assertEquals(without.events(), with.events());
		assertEquals(without.benefits(), with.benefits());
	}

	@Test
	@DisplayName("M6: accepted deposit scopes the lots to the profile")
	void ruleM6_acceptedDepositScopesTheLotsToTheProfile() {
		PartnerResult result = world().subscription("sub-new", "BP1")
			.redeem("2025-01-06", "PU1-AZBULK", "bp1")
			.usage("sub-new", "BP1", "2025-01-07", "USD", "10.00")
			.usage("sub-any", "bp1", "2025-01-07", "USD", "5.00")
			.run("2025-01-07");
		BenefitRow row = benefit(result, "PU1-AZBULK");
		assertEquals("ACTIVE", row.status());
		assertEquals("BP1", row.billingProfileId());
		assertEquals(LocalDate.parse("2025-01-06"), row.startedOn());
		assertEquals(Rows.money("15.00"), row.charged());
		assertEquals("BILLING_PROFILE", Rows.lot(result, "PU1-AZBULK-01").scopeType());
	}

	@Test
	@DisplayName("M7: eligibility view of every profile")
	void ruleM7_eligibilityViewOfEveryProfile() {
		PartnerResult result = world().purchase("PU2", "O", "2025-01-01", "2026-01-01")
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", false)
			.profile("BP3", "BA1", "MCA_STANDARD", "USD", true)
			.profile("BP4", "BA9", "MCA_STANDARD", "USD", true)
			.profile("BP5", "BA1", "MPA", "USD", true)
			.profile("BP6", "BA1", "MCA_PREMIER", "USD", true)
			.role("BP6", WorldBuilder.ADMIN, "CONTRIBUTOR")
			.redeem("2025-01-06", "PU2-AZBULK", "BP1")
			.run("2025-01-06");
		List<EligibilityRow> rows = result.eligibility();
		assertTrue(rows.stream().allMatch(r -> r.benefitId().equals("PU1-AZBULK")), rows.toString());
		assertEquals(List.of("HAS_ACTIVE_CREDITS", "ADD_PAYMENT_INSTRUMENT", "GET_CONTRIBUTOR_ACCESS", "NOT_ELIGIBLE",
				"NOT_ELIGIBLE", "ELIGIBLE_TO_REDEEM"), Rows.column(rows, EligibilityRow::status));
		assertEquals(
				List.of("HAS_ACTIVE_CREDITS", "NO_PAYMENT_INSTRUMENT", "NO_CONTRIBUTOR_ACCESS",
						"NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT", "NOT_ELIGIBLE_ACCOUNT_TYPE", ""),
				Rows.column(rows, EligibilityRow::reasonCode));
	}

}
