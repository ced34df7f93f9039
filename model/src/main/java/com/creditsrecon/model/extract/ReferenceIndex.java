package com.creditsrecon.model.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the rows loaded so far and what they point at: decides
 * {@code DUPLICATE_KEY} and {@code UNKNOWN_REFERENCE} (rule V2) as the extracts load in
 * {@link Extracts#ALL} order, and tells which partner owns an action or a usage row, so
 * that the store can be read partner by partner. Its size grows with partners, profiles
 * and purchases, never with usage rows.
 */
public final class ReferenceIndex implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	/**
	 * The extracts whose keys other extracts name (their unknown references are
	 * {@code UNKNOWN_REFERENCE}): kept for the whole import. The keys of the others only
	 * find the extract's own repeated keys.
	 */
	private static final Set<String> NAMED_BY_OTHERS = Set.of(Extracts.PARTNERS.name(),
			Extracts.BILLING_PROFILES.name());

	private final Map<String, Set<String>> keysByExtract = new HashMap<>();

	private final Map<String, String> partnerOfPurchase = new HashMap<>();

	private final Map<String, String> offerOfPurchase = new HashMap<>();

	private final Map<String, String> purchaseByLowerId = new HashMap<>();

	private final Map<String, List<String>> benefitCodesOfOffer = new HashMap<>();

	private final Map<String, String> partnerOfProfile = new HashMap<>();

	/**
	 * Each billing profile's ID as billing-profiles.csv spells it, by its lower-case key.
	 */
	private final Map<String, String> spellingOfProfile = new HashMap<>();

	private final Map<String, String> profileOfSubscription = new HashMap<>();

	private final Map<String, String> partnerOfUser = new HashMap<>();

	/**
	 * Subscriptions that an ASSIGN action names: they exist once it is accepted (rule
	 * L1).
	 */
	private final Map<String, String> partnerOfAssignedSubscription = new HashMap<>();

	/**
	 * Checks a row's key and references; when they hold, records the row and returns
	 * empty.
	 * @return the rejection when the key repeats an earlier row's or a reference is
	 * unknown
	 */
	public Optional<RowOutcome.Rejected> admit(ParsedRow row, String raw) {
		ExtractSpec spec = row.spec();
		Optional<String> key = keyOf(row);
		Set<String> keys = this.keysByExtract.computeIfAbsent(spec.name(), k -> new HashSet<>());
		if (key.isPresent() && keys.contains(key.get())) {
			return Optional.of(new RowOutcome.Rejected(row.line(), RejectReason.DUPLICATE_KEY,
					String.join(", ", spec.key()) + " '" + displayKey(row) + "' repeats an earlier row", raw));
		}
		Optional<String> unknown = unknownReference(row);
		if (unknown.isPresent()) {
			return Optional.of(new RowOutcome.Rejected(row.line(), RejectReason.UNKNOWN_REFERENCE, unknown.get(), raw));
		}
		key.ifPresent(keys::add);
		remember(row);
		return Optional.empty();
	}

	/**
	 * An extract is loaded: its keys are forgotten, unless other extracts name them. At
	 * 100,000 partners the keys of actions and reported rows alone take hundreds of
	 * megabytes, which the rest of the import needs.
	 */
	public void loaded(ExtractSpec spec) {
		if (!NAMED_BY_OTHERS.contains(spec.name())) {
			this.keysByExtract.remove(spec.name());
		}
	}

	/** How many keys are held, of every extract. */
	int keysHeld() {
		return this.keysByExtract.values().stream().mapToInt(Set::size).sum();
	}

	/**
	 * The partner that owns a loaded action: its benefit's, else its profile's, else its
	 * subscription's (or the target subscription's), else the actor's or the user's;
	 * blank when none is known (an action on a subscription no extract names).
	 */
	public String partnerOfAction(ParsedRow action) {
		String benefit = action.text("benefit_id");
		if (!benefit.isEmpty()) {
			return partnerOfBenefit(benefit, false).orElse("");
		}
		String profile = action.keyText("billing_profile_id");
		if (!profile.isEmpty()) {
			return this.partnerOfProfile.getOrDefault(profile, "");
		}
		if (action.text("action").equals("MOVE_SUBSCRIPTION")) {
			// The subscription's partner first: a move to another partner's profile is
			// that
			// partner's rejected move (rule T7), not the target partner's.
			return partnerOfSubscription(action.keyText("subscription_id"))
				.orElse(this.partnerOfProfile.getOrDefault(action.text("target_id").toLowerCase(Locale.ROOT), ""));
		}
		return partnerOfSubscription(action.keyText("subscription_id"))
			.or(() -> action.text("action").equals("MOVE_CREDITS")
					? partnerOfSubscription(action.text("target_id").toLowerCase(Locale.ROOT)) : Optional.empty())
			.or(() -> Optional.ofNullable(this.partnerOfUser.get(action.keyText("actor_upn"))))
			.or(() -> Optional.ofNullable(this.partnerOfUser.get(action.keyText("user_upn"))))
			.orElse("");
	}

	/**
	 * The partner owning a billing profile, blank when billing-profiles.csv does not have
	 * it (IDs compare ignoring case).
	 */
	public String ownerOfProfile(String profileId) {
		return profileId == null ? "" : this.partnerOfProfile.getOrDefault(profileId.toLowerCase(Locale.ROOT), "");
	}

	/**
	 * A billing profile's ID as billing-profiles.csv spells it; as given (blank for none)
	 * when it does not have it.
	 */
	public String spellingOfProfile(String profileId) {
		String id = profileId == null ? "" : profileId;
		return this.spellingOfProfile.getOrDefault(id.toLowerCase(Locale.ROOT), id);
	}

	/**
	 * The partner of a usage row: its subscription's (from subscriptions.csv or an
	 * ASSIGN), else its billing profile's; empty when neither is known (rule T7:
	 * unattributed usage).
	 * @param subscription lower case
	 * @param profile lower case
	 */
	public Optional<String> partnerOfUsage(String subscription, String profile) {
		return partnerOfSubscription(subscription).or(() -> Optional.ofNullable(this.partnerOfProfile.get(profile)));
	}

	private Optional<String> partnerOfSubscription(String subscription) {
		String profile = this.profileOfSubscription.get(subscription);
		if (profile != null) {
			return Optional.ofNullable(this.partnerOfProfile.get(profile));
		}
		String assigned = this.partnerOfAssignedSubscription.get(subscription);
		if (assigned != null) {
			return Optional.of(assigned);
		}
		// Subscriptions that an ASSIGN creates without naming one: sub-<benefit_id>-<n>
		// (rule L1).
		if (subscription.startsWith("sub-") && subscription.lastIndexOf('-') > 4) {
			String benefit = subscription.substring(4, subscription.lastIndexOf('-'));
			return partnerOfBenefit(benefit, true);
		}
		return Optional.empty();
	}

	/**
	 * The partner of a benefit {@code <purchase_id>-<benefit_code>}. Purchase IDs may
	 * hold dashes, so every split is tried.
	 * @param ignoreCase whether to compare ignoring case (for benefit IDs inside
	 * subscription IDs, which compare ignoring case)
	 */
	private Optional<String> partnerOfBenefit(String benefitId, boolean ignoreCase) {
		for (int dash = benefitId.indexOf('-'); dash > 0; dash = benefitId.indexOf('-', dash + 1)) {
			String prefix = benefitId.substring(0, dash);
			String purchase = ignoreCase ? this.purchaseByLowerId.get(prefix.toLowerCase(Locale.ROOT))
					: this.offerOfPurchase.containsKey(prefix) ? prefix : null;
			if (purchase == null) {
				continue;
			}
			String code = benefitId.substring(dash + 1);
			boolean known = this.benefitCodesOfOffer.getOrDefault(this.offerOfPurchase.get(purchase), List.of())
				.stream()
				.anyMatch(c -> ignoreCase ? c.equalsIgnoreCase(code) : c.equals(code));
			if (known) {
				return Optional.of(this.partnerOfPurchase.get(purchase));
			}
		}
		return Optional.empty();
	}

	private Optional<String> unknownReference(ParsedRow row) {
		switch (row.spec().name()) {
			case "purchases":
				return missing(row, "partner_id", "partners", "partner")
					.or(() -> this.benefitCodesOfOffer.containsKey(row.text("offer_id")) ? Optional.empty()
							: Optional.of("offer_id '" + row.text("offer_id") + "' is not in offers.csv"));
			case "billing-profiles":
			case "users":
				return missing(row, "partner_id", "partners", "partner");
			case "profile-roles":
			case "subscriptions":
				return missing(row, "billing_profile_id", "billing-profiles", "billing profile");
			case "actions":
				return unknownActionReference(row);
			default:
				return Optional.empty();
		}
	}

	private Optional<String> unknownActionReference(ParsedRow action) {
		String benefit = action.text("benefit_id");
		if (!benefit.isEmpty() && partnerOfBenefit(benefit, false).isEmpty()) {
			return Optional.of("benefit_id '" + benefit + "' is no benefit of purchases.csv and offers.csv");
		}
		String profile = action.text("billing_profile_id");
		if (!profile.isEmpty() && !this.partnerOfProfile.containsKey(profile.toLowerCase(Locale.ROOT))) {
			return Optional.of("billing_profile_id '" + profile + "' is not in billing-profiles.csv");
		}
		String target = action.text("target_id");
		if (action.text("action").equals("MOVE_SUBSCRIPTION")
				&& !this.partnerOfProfile.containsKey(target.toLowerCase(Locale.ROOT))) {
			return Optional.of("target_id '" + target + "' is not a billing profile of billing-profiles.csv");
		}
		return Optional.empty();
	}

	private Optional<String> missing(ParsedRow row, String column, String extract, String what) {
		Set<String> keys = this.keysByExtract.getOrDefault(extract, Set.of());
		return keys.contains(row.keyText(column)) ? Optional.empty()
				: Optional.of(column + " '" + row.text(column) + "' is no " + what + " of " + extract + ".csv");
	}

	private void remember(ParsedRow row) {
		switch (row.spec().name()) {
			case "offers":
				this.benefitCodesOfOffer.computeIfAbsent(row.text("offer_id"), k -> new ArrayList<>())
					.add(row.text("benefit_code"));
				break;
			case "purchases":
				this.partnerOfPurchase.put(row.text("purchase_id"), row.text("partner_id"));
				this.offerOfPurchase.put(row.text("purchase_id"), row.text("offer_id"));
				this.purchaseByLowerId.putIfAbsent(row.text("purchase_id").toLowerCase(Locale.ROOT),
						row.text("purchase_id"));
				break;
			case "billing-profiles":
				this.partnerOfProfile.put(row.keyText("billing_profile_id"), row.text("partner_id"));
				this.spellingOfProfile.put(row.keyText("billing_profile_id"), row.text("billing_profile_id"));
				break;
			case "users":
				this.partnerOfUser.put(row.keyText("upn"), row.text("partner_id"));
				break;
			case "subscriptions":
				this.profileOfSubscription.put(row.keyText("subscription_id"), row.keyText("billing_profile_id"));
				break;
			case "actions":
				if (row.text("action").equals("ASSIGN") && !row.text("subscription_id").isEmpty()) {
					partnerOfBenefit(row.text("benefit_id"), false).ifPresent(
							p -> this.partnerOfAssignedSubscription.putIfAbsent(row.keyText("subscription_id"), p));
				}
				break;
			default:
				break;
		}
	}

	/**
	 * The key as compared: case-insensitive IDs lower case; absent for rows without one.
	 */
	private static Optional<String> keyOf(ParsedRow row) {
		List<String> key = row.spec().key();
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>(key.size());
		for (String column : key) {
			String part = row.keyText(column);
			// reported-lots: rows without a lot reference are never duplicates
			// (extracts.md)
			if (part.isEmpty()) {
				return Optional.empty();
			}
			parts.add(part);
		}
		return Optional.of(String.join("\u0000", parts));
	}

	private static String displayKey(ParsedRow row) {
		return String.join("|", row.spec().key().stream().map(row::text).toList());
	}

}
