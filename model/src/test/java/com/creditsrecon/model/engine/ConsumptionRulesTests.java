package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.events;
import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.world.BenefitType;

/** Rules C7–C11: consumption against the open lots. */
class ConsumptionRulesTests {

	/** Monthly (100/month) and bulk (600) credits deposited on BP1 on 2025-01-10. */
	private static WorldBuilder world() {
		return WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "600.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.redeem("2025-01-10T09:00:00Z", "PU1-AZMONTHLY", "BP1")
			.redeem("2025-01-10T09:01:00Z", "PU1-AZBULK", "BP1");
	}

	private static ConsumptionRow row(PartnerResult result, String classification) {
		return Rows.one(result.consumption(), r -> r.classification().equals(classification), classification);
	}

	@Test
	@DisplayName("C7: sign decides and other currencies mismatch")
	void ruleC7_signDecidesAndOtherCurrenciesMismatch() {
		PartnerResult result = world().usage("s1", "BP1", "2025-01-11", "EUR", "10.00")
			.usage("s1", "BP1", "2025-01-11", "USD", "20.00")
			.usage("s1", "BP1", "2025-01-12", "USD", "-5.00")
			.run("2025-01-12");
		ConsumptionRow mismatch = row(result, "CURRENCY_MISMATCH");
		assertEquals(money("10.00"), mismatch.amount());
		assertEquals(0, mismatch.covered().signum());
		ConsumptionRow eligible = row(result, "ELIGIBLE");
		assertEquals(money("15.00"), eligible.amount());
		assertEquals(money("20.00"), eligible.covered());
		assertEquals(money("5.00"), eligible.restored());
	}

	@Test
	@DisplayName("C7: no candidate lots means uncovered not mismatch")
	void ruleC7_noCandidateLotsMeansUncoveredNotMismatch() {
		PartnerResult result = WorldBuilder.modernized()
			.usage("s1", "BP1", "2025-01-11", "EUR", "10.00")
			.run("2025-01-11");
		ConsumptionRow eligible = row(result, "ELIGIBLE");
		assertEquals(money("10.00"), eligible.uncovered());
	}

	@Test
	@DisplayName("C8: subscription profile from extract moves and export")
	void ruleC8_subscriptionProfileFromExtractMovesAndExport() {
		PartnerResult result = world().profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.subscription("sub-a", "BP2")
			.usage("sub-a", "BP1", "2025-01-11", "USD", "10.00")
			.usage("sub-b", "BP1", "2025-01-11", "USD", "7.00")
			.run("2025-01-11");
		List<ConsumptionRow> rows = result.consumption();
		assertEquals(List.of("BP1", "BP2"), Rows.column(rows, ConsumptionRow::billingProfileId));
		assertEquals(money("7.00"), rows.get(0).covered());
		assertEquals(money("10.00"), rows.get(1).uncovered());
	}

	@Test
	@DisplayName("C9: product lots first only for their services then expiry first")
	void ruleC9_productLotsFirstOnlyForTheirServicesThenExpiryFirst() {
		PartnerResult result = world()
			.offer("O", "GHCOPILOT", BenefitType.GITHUB_COPILOT_ENTERPRISE, "50.00", "USD", null)
			.redeem("2025-01-10T09:02:00Z", "PU1-GHCOPILOT", "BP1")
			.usage("s1", "BP1", "2025-01-11", "USD", "80.00", PreClassification.USAGE, "github copilot")
			.usage("s1", "BP1", "2025-01-11", "USD", "150.00")
			.run("2025-01-11");
		assertEquals(money("50.00"), lot(result, "PU1-GHCOPILOT-01").charged());
		// monthly ends first (EXPIRY_FIRST): 30 of copilot usage, then 70 of the 150
		assertEquals(money("100.00"), lot(result, "PU1-AZMONTHLY-01").charged());
		assertEquals(money("80.00"), lot(result, "PU1-AZBULK-01").charged());
	}

	@Test
	@DisplayName("C9: oldest first policy")
	void ruleC9_oldestFirstPolicy() {
		PartnerResult result = world().policy("application-order", "OLDEST_FIRST")
			.usage("s1", "BP1", "2025-03-01", "USD", "120.00")
			.run("2025-03-01");
		// both started 2025-01-10; monthly lot 02 started 2025-02-10, so the bulk lot is
		// oldest
		assertEquals(money("120.00"), lot(result, "PU1-AZBULK-01").charged());
		assertEquals(money("0.00"), lot(result, "PU1-AZMONTHLY-02").charged());
	}

	@Test
	@DisplayName("C9: what no lot covers is uncovered")
	void ruleC9_whatNoLotCoversIsUncovered() {
		PartnerResult result = world().usage("s1", "BP1", "2025-01-11", "USD", "1000.00").run("2025-01-11");
		ConsumptionRow eligible = row(result, "ELIGIBLE");
		assertEquals(money("700.00"), eligible.covered());
		assertEquals(money("300.00"), eligible.uncovered());
	}

	@Test
	@DisplayName("C10: refunds restore at most what was charged and the rest is unapplied")
	void ruleC10_refundsRestoreAtMostWhatWasChargedAndTheRestIsUnapplied() {
		PartnerResult result = world().usage("s1", "BP1", "2025-01-11", "USD", "30.00")
			.usage("s1", "BP1", "2025-01-12", "USD", "-50.00")
			.run("2025-01-12");
		ConsumptionRow eligible = row(result, "ELIGIBLE");
		assertEquals(money("30.00"), eligible.restored());
		assertEquals(money("20.00"), eligible.unapplied());
		assertEquals(money("100.00"), lot(result, "PU1-AZMONTHLY-01").closedBalance());
		EventRow adjustment = Rows.one(events(result, EventType.ADJUSTMENT), e -> true, "adjustment");
		assertEquals(money("30.00"), adjustment.amount());
		assertEquals(money("100.00"), adjustment.closedBalance());
	}

	@Test
	@DisplayName("C11: every row accounted per classification")
	void ruleC11_everyRowAccountedPerClassification() {
		PartnerResult result = world().policy("savings-plans-covered", "true")
			.usage("s1", "BP1", "2025-01-11", "USD", "40.00")
			.usage("s1", "BP1", "2025-01-11", "USD", "12.345", PreClassification.SAVINGS_PLAN, "Savings Plan")
			.usage("s1", "BP1", "2025-01-11", "USD", "9.99", PreClassification.RESERVED_INSTANCE, "VM RI")
			.usage("s1", "BP1", "2025-01-11", "USD", "3.00", PreClassification.USAGE, "Azure Support")
			.usage("s1", "BP1", "2025-01-11", "USD", "4.00", PreClassification.VENDOR_USAGE, "Some SaaS")
			.usage("s1", "BP1", "2025-01-11", "USD", "1.00", PreClassification.NOT_CREDIT_ELIGIBLE, "VM")
			.usage("s1", "BP1", "2025-01-11", "USD", "2.00", PreClassification.OTHER, "Tax")
			.usage("s1", "BP1", "2025-01-11", "USD", "6.00", PreClassification.OTHER_PROVIDER, "AWS")
			.run("2025-01-11");
		assertEquals(
				List.of("ELIGIBLE", "MARKETPLACE", "NOT_COVERED_OTHER", "NOT_CREDIT_ELIGIBLE", "OTHER_PROVIDER",
						"RESERVED_INSTANCE", "SAVINGS_PLAN", "SUPPORT_PLAN"),
				Rows.column(result.consumption(), ConsumptionRow::classification));
		BigDecimal total = BigDecimal.ZERO;
		for (ConsumptionRow row : result.consumption()) {
			total = total.add(row.amount());
			assertEquals(YearMonth.of(2025, 1), row.month());
		}
		// rounded per group (rule T6): 12.345 → 12.34 (HALF_EVEN)
		assertEquals(money("78.33"), total);
		ConsumptionRow plan = row(result, "SAVINGS_PLAN");
		assertEquals(money("12.34"), plan.covered());
		assertTrue(result.consumption()
			.stream()
			.filter(r -> !r.classification().equals("ELIGIBLE") && !r.classification().equals("SAVINGS_PLAN"))
			.allMatch(r -> r.covered().signum() == 0 && r.uncovered().signum() == 0));
	}

}
