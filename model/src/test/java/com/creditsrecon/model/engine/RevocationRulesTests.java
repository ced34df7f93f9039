package com.creditsrecon.model.engine;

import static com.creditsrecon.model.engine.Rows.benefit;
import static com.creditsrecon.model.engine.Rows.events;
import static com.creditsrecon.model.engine.Rows.lot;
import static com.creditsrecon.model.engine.Rows.money;
import static com.creditsrecon.model.engine.Rows.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.world.BenefitType;

/** Rules RV1, RV2: revocation of cancelled and fraudulent purchases. */
class RevocationRulesTests {

	@Test
	@DisplayName("RV1: revoked at the start of the status day")
	void ruleRV1_revokedAtTheStartOfTheStatusDay() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "500.00", "USD", 10)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "CANCELLED", "2025-03-15")
			.redeem("2025-01-10", "PU1-AZMONTHLY", "BP1")
			.usage("s1", "BP1", "2025-03-14", "USD", "30.00")
			// charged on the revocation day: the lot is already gone
			.usage("s1", "BP1", "2025-03-15", "USD", "5.00")
			.redeem("2025-03-16", "PU1-AZMONTHLY", "BP1")
			.run("2025-06-01");
		assertEquals("REVOKED", benefit(result, "PU1-AZMONTHLY").status());
		// not redeemed by its activate-by day: expired, and an expired benefit is not
		// revoked
		assertEquals("EXPIRED", benefit(result, "PU1-AZBULK").status());
		EventRow revoked = Rows.one(events(result, EventType.CREDIT_REVOKED), e -> true, "revocation");
		assertEquals(LocalDate.parse("2025-03-15"), revoked.date());
		assertEquals(money("70.00"), revoked.amount());
		assertEquals("REVOKED", lot(result, "PU1-AZMONTHLY-03").status());
		assertEquals("LAPSED", lot(result, "PU1-AZMONTHLY-01").status());
		// lots not yet opened are never granted
		assertEquals(3, result.lots().size());
		assertEquals(List.of("", "BENEFIT_REVOKED"), reasons(result));
	}

	@Test
	@DisplayName("RV2: ten thousand revoked with clawback and cancelled future")
	void ruleRV2_tenThousandRevokedWithClawbackAndCancelledFuture() {
		PartnerResult result = WorldBuilder.modernized()
			.offer("O", "AZBULK", BenefitType.AZURE_BULK, "10000.00", "USD", null)
			.offer("O", "AZMONTHLY", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "BA1", "2025-01-01", "2027-01-01", "FRAUD", "2025-04-20")
			.redeem("2025-01-10T09:00:00Z", "PU1-AZBULK", "BP1")
			.redeem("2025-01-10T09:01:00Z", "PU1-AZMONTHLY", "BP1")
			.usage("s1", "BP1", "2025-02-01", "USD", "2500.00")
			.usage("s1", "BP1", "2025-02-02", "USD", "-100.00")
			.run("2025-06-01");
		RevocationRow bulk = Rows.one(result.revocations(), r -> r.benefitId().equals("PU1-AZBULK"), "bulk");
		assertEquals(LocalDate.parse("2025-04-20"), bulk.revokedOn());
		assertEquals(money("10000.00"), bulk.granted());
		// monthly lot 01 takes 100 first (EXPIRY_FIRST); the refund restores it there
		assertEquals(money("2400.00"), bulk.clawback());
		assertEquals(money("7600.00"), bulk.remainingRevoked());
		assertEquals(money("0.00"), bulk.futureCancelled());
		RevocationRow monthly = Rows.one(result.revocations(), r -> r.benefitId().equals("PU1-AZMONTHLY"), "monthly");
		// four lots opened (Jan 10, Feb 10, Mar 10, Apr 10), nine cancelled
		assertEquals(money("400.00"), monthly.granted());
		assertEquals(money("900.00"), monthly.futureCancelled());
		assertEquals(0,
				monthly.remainingRevoked()
					.add(monthly.clawback())
					.add(monthly.lapsed())
					.add(monthly.expired())
					.compareTo(monthly.granted()));
	}

}
