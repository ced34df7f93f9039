package com.creditsrecon.generator;

import java.time.LocalDate;
import java.util.List;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * Rule RV1 seen from the partner's side: a purchase cancelled or found fraudulent takes
 * its benefits with it, and an attempt in the days after is refused as BENEFIT_REVOKED
 * (M0, L0), unless the benefit had expired first, which RV1 leaves EXPIRED. The
 * revocation itself is the purchase's status, written with the purchase.
 */
final class RevocationStory extends FamilyStory {

	RevocationStory(Script script) {
		super(script);
	}

	/**
	 * M0: a deposit of the first of the purchase's benefits that had not expired before
	 * its revocation.
	 * @param deposited the benefits deposited before (they cannot have expired)
	 */
	void redeemedAfterRevocation(Purchase purchase, List<Benefit> deposited) {
		LocalDate revoked = purchase.revokedOn();
		for (Benefit benefit : purchase.benefits) {
			boolean expiredFirst = expiredBefore(benefit, revoked) && !deposited.contains(benefit);
			LocalDate day = revoked.plusDays(this.script.random.nextInt(6));
			if (!expiredFirst && this.script.inWindow(day)) {
				byAdmin(this.script.morning(day), ActionType.REDEEM).benefit(benefit)
					.profile(this.script.partner.home())
					.rejected(ReasonCode.BENEFIT_REVOKED);
				return;
			}
		}
	}

	/**
	 * L0: an assignment of the benefit after its purchase's revocation, if the purchase
	 * was revoked.
	 * @param started whether the benefit was activated (it cannot have expired then)
	 */
	void assignedAfterRevocation(Purchase purchase, Benefit benefit, boolean started) {
		LocalDate revoked = purchase.revokedOn();
		if (revoked == null || (!started && expiredBefore(benefit, revoked))) {
			return;
		}
		LocalDate day = revoked.plusDays(this.script.random.nextInt(6));
		if (this.script.inWindow(day)) {
			byAdmin(this.script.morning(day), ActionType.ASSIGN).benefit(benefit)
				.user(this.cast.member())
				.rejected(ReasonCode.BENEFIT_REVOKED);
		}
	}

	private static boolean expiredBefore(Benefit benefit, LocalDate revoked) {
		return benefit.activateBy() != null && benefit.activateBy().isBefore(revoked);
	}

}
