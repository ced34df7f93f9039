package com.creditsrecon.model.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of events.csv. Charges and adjustments are summed per lot and day.
 *
 * @param amount always positive; the type gives the sign
 * @param closedBalance the lot's balance after the event
 * @param partnerId not written to events.csv: the roll-forward's scope
 * @param billingProfileId the lot's profile for the roll-forward (blank for legacy lots)
 */
public record EventRow(LocalDate date, String lotId, String benefitId, EventType eventType, String currency,
		BigDecimal amount, BigDecimal closedBalance, String partnerId, String billingProfileId) {

}
