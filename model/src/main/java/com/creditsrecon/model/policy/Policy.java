package com.creditsrecon.model.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settings that the rules leave to policy (rules.md, last table), as one immutable
 * value. Built from the defaults, then overridden layer by layer: the input folder's
 * {@code policy.properties}, {@code --policy FILE}, a what-if scenario's own file.
 */
public final class Policy {

	/** The policy keys in the order of rules.md, with their defaults. */
	private static final Map<String, String> DEFAULTS = defaultValues();

	private final Map<String, String> values;

	/**
	 * The list settings, split once: the engine asks for them for every usage sum.
	 */
	private final Map<String, List<String>> lists = new LinkedHashMap<>();

	private Policy(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		validate();
		for (String key : this.values.keySet()) {
			if (key.equals("free-hosted-domains") || key.equals("support-markers")
					|| key.startsWith("product-services.")) {
				List<String> list = split(this.values.get(key));
				this.lists.put(key, key.equals("free-hosted-domains")
						? list.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList() : list);
			}
		}
	}

	/** The defaults of rules.md. */
	public static Policy defaults() {
		return new Policy(DEFAULTS);
	}

	/**
	 * A new policy with the given overrides applied on top of this one.
	 * @param overrides keys of rules.md; values are trimmed
	 * @param source names the overrides in error messages (a file path)
	 * @throws PolicyException for an unknown key or a value the key does not accept
	 */
	public Policy with(Properties overrides, String source) {
		Map<String, String> merged = new LinkedHashMap<>(this.values);
		for (String key : new TreeMap<>(overrides).keySet().stream().map(Object::toString).toList()) {
			String value = overrides.getProperty(key).trim();
			if (!merged.containsKey(key)) {
				throw new PolicyException(source + ": unknown policy key '" + key + "' (known: "
						+ String.join(", ", DEFAULTS.keySet()) + ")");
			}
			merged.put(key, value);
		}
		try {
			return new Policy(merged);
		}
		catch (PolicyException ex) {
			throw new PolicyException(source + ": " + ex.getMessage());
		}
	}

	/** Every setting in force, in the order of rules.md: what {@code run.json} shows. */
	public Map<String, String> asMap() {
		return this.values;
	}

	public int provisioningDelayDays() {
		return intValue("provisioning-delay-days");
	}

	public MonthlyPeriod monthlyPeriod() {
		return MonthlyPeriod.valueOf(upper("monthly-period"));
	}

	public FirstPeriod firstPeriod() {
		return FirstPeriod.valueOf(upper("first-period"));
	}

	public int assignmentProvisioningMinutes() {
		return intValue("assignment-provisioning-minutes");
	}

	public int maxReassignments() {
		return intValue("max-reassignments");
	}

	/** Lower-case domains (rule L1). */
	public List<String> freeHostedDomains() {
		return list("free-hosted-domains");
	}

	public boolean savingsPlansCovered() {
		return Boolean.parseBoolean(this.values.get("savings-plans-covered"));
	}

	public List<String> supportMarkers() {
		return list("support-markers");
	}

	public ApplicationOrder applicationOrder() {
		return ApplicationOrder.valueOf(upper("application-order"));
	}

	/** The service names whose usage a product benefit pays for (rule C9). */
	public List<String> productServices(String benefitType) {
		String key = "product-services." + benefitType;
		return this.values.containsKey(key) ? list(key) : List.of();
	}

	public int matchDays() {
		return intValue("match-days");
	}

	public BigDecimal tolerance() {
		return new BigDecimal(this.values.get("tolerance"));
	}

	public BigDecimal maxRejectRatio() {
		return new BigDecimal(this.values.get("max-reject-ratio"));
	}

	public BigDecimal materiality() {
		return new BigDecimal(this.values.get("materiality"));
	}

	/**
	 * Rule N3: a nightly run's usage in effect is stale when its latest charge day is
	 * more than this many days before as-of.
	 */
	public int staleAfterDays() {
		return intValue("stale-after-days");
	}

	private void validate() {
		for (String key : List.of("provisioning-delay-days", "assignment-provisioning-minutes", "max-reassignments",
				"match-days", "stale-after-days")) {
			int value;
			try {
				value = intValue(key);
			}
			catch (NumberFormatException ex) {
				throw new PolicyException(key + " must be a whole number, not '" + this.values.get(key) + "'");
			}
			if (value < 0) {
				throw new PolicyException(key + " must not be negative, not '" + this.values.get(key) + "'");
			}
		}
		checkEnum("monthly-period", MonthlyPeriod.class);
		checkEnum("first-period", FirstPeriod.class);
		checkEnum("application-order", ApplicationOrder.class);
		String plans = this.values.get("savings-plans-covered").toLowerCase(Locale.ROOT);
		if (!plans.equals("true") && !plans.equals("false")) {
			throw new PolicyException("savings-plans-covered must be true or false, not '" + plans + "'");
		}
		for (String key : List.of("tolerance", "max-reject-ratio", "materiality")) {
			BigDecimal value;
			try {
				value = new BigDecimal(this.values.get(key));
			}
			catch (NumberFormatException ex) {
				throw new PolicyException(key + " must be a decimal number, not '" + this.values.get(key) + "'");
			}
			if (value.signum() < 0) {
				throw new PolicyException(key + " must not be negative, not '" + this.values.get(key) + "'");
			}
		}
	}

	private <E extends Enum<E>> void checkEnum(String key, Class<E> type) {
		try {
			Enum.valueOf(type, upper(key));
		}
		catch (IllegalArgumentException ex) {
			throw new PolicyException(key + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '"
					+ this.values.get(key) + "'");
		}
	}

	private int intValue(String key) {
		return Integer.parseInt(this.values.get(key));
	}

	private String upper(String key) {
		return this.values.get(key).toUpperCase(Locale.ROOT);
	}

	private List<String> list(String key) {
		return this.lists.get(key);
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toUnmodifiableList());
	}

	private static Map<String, String> defaultValues() {
		Map<String, String> d = new LinkedHashMap<>();
		d.put("provisioning-delay-days", "4");
		d.put("monthly-period", "ANNIVERSARY");
		d.put("first-period", "FULL");
		d.put("assignment-provisioning-minutes", "10");
		d.put("max-reassignments", "5");
		d.put("free-hosted-domains", "live.com,hotmail.com,gmail.com");
		d.put("savings-plans-covered", "false");
		d.put("support-markers", "Support");
		d.put("application-order", "EXPIRY_FIRST");
		d.put("product-services.COPILOT_SECURITY", "Microsoft Copilot for Security,Security Copilot");
		d.put("product-services.GITHUB_COPILOT_ENTERPRISE", "GitHub Copilot");
		d.put("product-services.GITHUB_ENTERPRISE_METERED", "GitHub");
		d.put("match-days", "2");
		d.put("tolerance", "0.01");
		d.put("max-reject-ratio", "0.01");
		d.put("materiality", "0.00");
		d.put("stale-after-days", "2");
		return d;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Policy that && this.values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.values);
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

	/** Rule K2. */
	public enum MonthlyPeriod {

		ANNIVERSARY, CALENDAR

	}

	/** Rule K2. */
	public enum FirstPeriod {

		FULL, PRORATED

	}

	/** Rule C9. */
	public enum ApplicationOrder {

		EXPIRY_FIRST, OLDEST_FIRST

	}

}
