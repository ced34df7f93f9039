package com.creditsrecon.model.world;

import java.time.LocalDate;

/**
 * A row of subscriptions.csv.
 *
 * @param createdOn null when blank
 */
public record Subscription(String subscriptionId, String billingProfileId, LocalDate createdOn) {

}
