package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.BenefitType;

/** Rule A1: account changes over time let a scenario fix a blocker and retry. */
class AccountChangeRulesTests {

	@Test
	@DisplayName("A1: fix payment instrument and role then retry")
	void ruleA1_fixPaymentInstrumentAndRoleThenRetry() {
		String bea = "bea@contoso.com";
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "100.00", "USD", null)
			.purchase("PU1", "O", "2025-01-01", "2027-01-01")
			.user(bea, "MEMBER", true)
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", false)
			.action("2025-01-06T09:00:00Z", "REDEEM", bea, "PU1-AZBULK", "BP2", null, null, null, null)
			.action("2025-01-06T09:01:00Z", "SET_PAYMENT_INSTRUMENT", null, null, "BP2", null, null, null, "TRUE")
			.action("2025-01-06T09:02:00Z", "REDEEM", bea, "PU1-AZBULK", "BP2", null, null, null, null)
			.action("2025-01-06T09:03:00Z", "GRANT_ROLE", null, null, "bp2", null, "BEA@contoso.com", null,
					"contributor")
			.action("2025-01-06T09:04:00Z", "REVOKE_ROLE", null, null, "BP2", null, bea, null, null)
			.action("2025-01-06T09:05:00Z", "REDEEM", bea, "PU1-AZBULK", "BP2", null, null, null, null)
			.action("2025-01-06T09:06:00Z", "GRANT_ROLE", null, null, "BP2", null, bea, null, "OWNER")
			.action("2025-01-06T09:07:00Z", "REDEEM", bea, "PU1-AZBULK", "BP2", null, null, null, null)
			.run("2025-01-06");
		assertEquals(
				List.of("NO_PAYMENT_INSTRUMENT", "", "NO_CONTRIBUTOR_ACCESS", "", "", "NO_CONTRIBUTOR_ACCESS", "", ""),
				reasons(result));
	}

}
