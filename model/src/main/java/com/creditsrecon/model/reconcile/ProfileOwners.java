package com.creditsrecon.model.reconcile;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which partner owns each billing profile a unit's rows name (billing-profiles.csv), for
 * the {@code partner_id} of break rows that only a profile places: a lot Azure reports
 * that nothing simulated matches, and a month of transactions. Profile IDs are
 * case-insensitive (extracts.md).
 */
public final class ProfileOwners {

	private static final ProfileOwners NONE = new ProfileOwners(Map.of());

	/** By lower-case profile ID. */
	private final Map<String, String> byKey = new TreeMap<>();

	private ProfileOwners(Map<String, String> owners) {
		owners.forEach((profile, partner) -> this.byKey.put(key(profile), partner));
	}

	/**
	 * @param owners the partner ID of each profile, by profile ID in any case
	 */
	public static ProfileOwners of(Map<String, String> owners) {
		return new ProfileOwners(owners);
	}

	/** No profile of a known partner (the unit of the rows no partner owns). */
	public static ProfileOwners none() {
		return NONE;
	}

	/** The partner that owns the profile; blank when no known partner does. */
	public String ownerOf(String billingProfileId) {
		return billingProfileId == null ? "" : this.byKey.getOrDefault(key(billingProfileId), "");
	}

	private static String key(String billingProfileId) {
		return billingProfileId.toLowerCase(Locale.ROOT);
	}

}
