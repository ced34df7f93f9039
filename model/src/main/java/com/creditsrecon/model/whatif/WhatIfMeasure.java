package com.creditsrecon.model.whatif;

import java.util.List;

/**
 * Rule W1's measures, by the names the outputs give them. Counts have no currency;
 * amounts are per currency, never added across currencies.
 */
public final class WhatIfMeasure {

	public static final String PURCHASES_LEGACY = "purchases_legacy";

	public static final String PURCHASES_MODERNIZED = "purchases_modernized";

	public static final String BLOCKED_MOVES = "blocked_moves";

	public static final String ENTITLEMENT = "entitlement";

	public static final String GRANTED = "granted";

	public static final String CHARGED = "charged";

	public static final String LAPSED = "lapsed";

	public static final String EXPIRED = "expired";

	public static final String REVOKED = "revoked";

	public static final String UNCOVERED_ELIGIBLE = "uncovered_eligible";

	/** The counts every scope shows, whatever occurred in it. */
	public static final List<String> COUNTS = List.of(PURCHASES_LEGACY, PURCHASES_MODERNIZED, BLOCKED_MOVES);

	/** The amounts every (scope, currency) shows. */
	public static final List<String> AMOUNTS = List.of(ENTITLEMENT, GRANTED, CHARGED, LAPSED, EXPIRED, REVOKED,
			UNCOVERED_ELIGIBLE);

	private static final String REJECTED = "rejected:";

	private WhatIfMeasure() {
	}

	/** The count of actions rejected with {@code reasonCode}. */
	public static String rejected(String reasonCode) {
		return REJECTED + reasonCode;
	}

	public static boolean isRejected(String measure) {
		return measure.startsWith(REJECTED);
	}

}
