package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.world.Purchase;

/**
 * Rule RV1: a cancelled or fraudulent purchase is revoked at the start of its status day.
 */
final class Revocation {

	private Revocation() {
	}

	static void revoke(PartnerState state, Purchase purchase, LocalDate day) {
		for (BenefitState benefit : state.benefits.values()) {
			if (benefit.purchase != purchase || benefit.status == BenefitStatus.EXPIRED) {
				continue;
			}
			benefit.status = BenefitStatus.REVOKED;
			benefit.revokedOn = day;
			for (LotState lot : benefit.lots) {
				if (!lot.isOpenOn(day)) {
					continue;
				}
				BigDecimal remaining = lot.balance;
				lot.revoked = lot.revoked.add(remaining);
				lot.balance = remaining.subtract(remaining);
				lot.close();
				lot.revokedWhileOpen = true;
				state.event(day, lot, EventType.CREDIT_REVOKED, remaining, lot.balance);
			}
		}
	}

}
