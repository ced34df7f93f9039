package com.creditsrecon.model.world;

import java.time.LocalDate;

/**
 * A row of purchases.csv.
 *
 * @param status ACTIVE, CANCELLED or FRAUD
 * @param statusDate null for an ACTIVE purchase
 */
public record Purchase(String purchaseId, String partnerId, String offerId, String billingAccountId,
		LocalDate purchaseDate, LocalDate membershipEnd, String status, LocalDate statusDate) {

	/** Rule RV1: cancelled and fraudulent purchases are revoked. */
	public boolean isRevoked() {
		return !this.status.equals("ACTIVE");
	}

}
