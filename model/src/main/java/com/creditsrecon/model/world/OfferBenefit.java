package com.creditsrecon.model.world;

import java.math.BigDecimal;

/**
 * A row of offers.csv: one benefit that every purchase of the offer yields.
 *
 * @param amount per month for AZURE_MONTHLY, else the whole grant
 * @param activateWithinDays null when the offer sets no limit (rule P2)
 */
public record OfferBenefit(String offerId, String benefitCode, BenefitType benefitType, BigDecimal amount,
		String currency, Integer activateWithinDays) {

}
