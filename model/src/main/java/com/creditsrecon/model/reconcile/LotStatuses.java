package com.creditsrecon.model.reconcile;

import java.util.Locale;

/** Rule RC2: Azure's lot statuses in the simulation's words (rules.md K7). */
public final class LotStatuses {

	private LotStatuses() {
	}

	/**
	 * Whether Azure's status says what the simulated one does: Active = ACTIVE, Complete
	 * = COMPLETE, Expired = LAPSED or EXPIRED, Canceled = REVOKED. None and Inactive
	 * match no simulated status.
	 */
	public static boolean match(String simulated, String reported) {
		return switch (reported.toLowerCase(Locale.ROOT)) {
			case "active" -> "ACTIVE".equals(simulated);
			case "complete" -> "COMPLETE".equals(simulated);
			case "expired" -> "LAPSED".equals(simulated) || "EXPIRED".equals(simulated);
			case "canceled" -> "REVOKED".equals(simulated);
			default -> false;
		};
	}

	/** Azure's word for a simulated status (what a faithful report shows). */
	public static String reported(String simulated) {
		return switch (simulated) {
			case "ACTIVE" -> "Active";
			case "COMPLETE" -> "Complete";
			case "LAPSED", "EXPIRED" -> "Expired";
			case "REVOKED" -> "Canceled";
			default -> "None";
		};
	}

}
