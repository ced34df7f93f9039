package com.creditsrecon.model.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A row of actions.csv, its optional values blank ({@code ""}) when absent, spelled as
 * the extract spells them (decisions.csv echoes them).
 *
 * @param action one of {@code Extracts.ACTION_TYPES}, upper case
 */
public record Action(String actionId, Instant at, String action, String actorUpn, String benefitId,
		String billingProfileId, String subscriptionId, String userUpn, String targetId, String value) {

	/** The UTC day of the action (rule T1). */
	public LocalDate day() {
		return LocalDate.ofInstant(this.at, ZoneOffset.UTC);
	}

}
