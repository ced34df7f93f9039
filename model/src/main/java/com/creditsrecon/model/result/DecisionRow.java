package com.creditsrecon.model.result;

import java.time.Instant;

/**
 * A row of decisions.csv: the outcome of one action. The action's own values are echoed
 * as written.
 *
 * @param reasonCode blank when accepted
 * @param message blank when accepted
 */
public record DecisionRow(String actionId, Instant at, String action, String partnerId, String benefitId,
		String billingProfileId, String subscriptionId, String userUpn, String actorUpn, String targetId, String value,
		boolean accepted, String reasonCode, String message) {

}
