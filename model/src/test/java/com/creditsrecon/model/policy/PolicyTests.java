package com.creditsrecon.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTests {

	/** The Policy settings table of rules.md, in its order. */
	private static final Map<String, String> RULES_MD_TABLE = rulesMdTable();

	@Test
	void defaultsEqualTheRulesMdTableInItsOrder() {
		// given
		Policy policy = Policy.defaults();

		// when
		Map<String, String> settings = policy.asMap();

		// then
		assertEquals(new ArrayList<>(RULES_MD_TABLE.entrySet()), new ArrayList<>(settings.entrySet()));
	}

	@Test
	void typedGettersOfTheDefaults() {
		// given
		Policy policy = Policy.defaults();

		// when / then
		assertEquals(4, policy.provisioningDelayDays());
		assertEquals(Policy.MonthlyPeriod.ANNIVERSARY, policy.monthlyPeriod());
		assertEquals(Policy.FirstPeriod.FULL, policy.firstPeriod());
		assertEquals(10, policy.assignmentProvisioningMinutes());
		assertEquals(5, policy.maxReassignments());
		assertEquals(List.of("live.com", "hotmail.com", "gmail.com"), policy.freeHostedDomains());
		assertFalse(policy.savingsPlansCovered());
		assertEquals(List.of("Support"), policy.supportMarkers());
		assertEquals(Policy.ApplicationOrder.EXPIRY_FIRST, policy.applicationOrder());
		assertEquals(List.of("Microsoft Copilot for Security", "Security Copilot"),
				policy.productServices("COPILOT_SECURITY"));
		assertEquals(List.of("GitHub Copilot"), policy.productServices("GITHUB_COPILOT_ENTERPRISE"));
		assertEquals(List.of("GitHub"), policy.productServices("GITHUB_ENTERPRISE_METERED"));
		assertEquals(List.of(), policy.productServices("AZURE_MONTHLY"));
		assertEquals(2, policy.matchDays());
		assertEquals(0, new BigDecimal("0.01").compareTo(policy.tolerance()));
		assertEquals(0, new BigDecimal("0.01").compareTo(policy.maxRejectRatio()));
		assertEquals(0, BigDecimal.ZERO.compareTo(policy.materiality()));
		assertEquals(2, policy.staleAfterDays());
	}

	@Test
	void typedGettersOfOverriddenValues() {
		// given
		Properties overrides = properties("""
				provisioning-delay-days = 0
				monthly-period = calendar
				first-period = Prorated
				assignment-provisioning-minutes = 30
				max-reassignments = 0
				free-hosted-domains = Live.COM , Example.ORG,,
				savings-plans-covered = TRUE
				support-markers = Support, Unified Care
				application-order = oldest_first
				product-services.GITHUB_ENTERPRISE_METERED = GitHub, GitHub Actions
				match-days = 5
				tolerance = 0.5
				max-reject-ratio = 0.25
				materiality = 10
				""");

		// when
		Policy policy = Policy.defaults().with(overrides, "in/policy.properties");

		// then
		assertEquals(0, policy.provisioningDelayDays());
		assertEquals(Policy.MonthlyPeriod.CALENDAR, policy.monthlyPeriod());
		assertEquals(Policy.FirstPeriod.PRORATED, policy.firstPeriod());
		assertEquals(30, policy.assignmentProvisioningMinutes());
		assertEquals(0, policy.maxReassignments());
		assertEquals(List.of("live.com", "example.org"), policy.freeHostedDomains());
		assertTrue(policy.savingsPlansCovered());
		assertEquals(List.of("Support", "Unified Care"), policy.supportMarkers());
		assertEquals(Policy.ApplicationOrder.OLDEST_FIRST, policy.applicationOrder());
		assertEquals(List.of("GitHub", "GitHub Actions"), policy.productServices("GITHUB_ENTERPRISE_METERED"));
		assertEquals(5, policy.matchDays());
		assertEquals(new BigDecimal("0.5"), policy.tolerance());
		assertEquals(new BigDecimal("0.25"), policy.maxRejectRatio());
		assertEquals(new BigDecimal("10"), policy.materiality());
	}

	@Test
	void overridesLayerAndTheLaterLayerWins() {
		// given
		Policy folder = Policy.defaults()
			.with(properties("provisioning-delay-days=7\nmatch-days=3"), "in/policy.properties");

		// when
		Policy cli = folder.with(properties("provisioning-delay-days=9"), "--policy strict.properties");
		Policy scenario = cli.with(properties("application-order=OLDEST_FIRST"), "scenario-a.properties");

		// then
		assertEquals(9, scenario.provisioningDelayDays());
		assertEquals(3, scenario.matchDays());
		assertEquals(Policy.ApplicationOrder.OLDEST_FIRST, scenario.applicationOrder());
		assertEquals(7, folder.provisioningDelayDays());
		assertEquals(Policy.ApplicationOrder.EXPIRY_FIRST, cli.applicationOrder());
		assertEquals(4, Policy.defaults().provisioningDelayDays());
	}

	@Test
	void valuesAreTrimmed() {
		// given
		Properties overrides = new Properties();
		overrides.setProperty("max-reassignments", "  3\t");

		// when
		Policy policy = Policy.defaults().with(overrides, "p");

		// then
		assertEquals(3, policy.maxReassignments());
		assertEquals("3", policy.asMap().get("max-reassignments"));
	}

	@Test
	void asMapKeepsTheRulesMdOrderAfterOverrides() {
		// given: overrides written in reverse order
		Properties overrides = properties("materiality=1\ntolerance=0.02\nprovisioning-delay-days=6");

		// when
		Map<String, String> settings = Policy.defaults().with(overrides, "p").asMap();

		// then
		assertEquals(new ArrayList<>(RULES_MD_TABLE.keySet()), new ArrayList<>(settings.keySet()));
		assertEquals("1", settings.get("materiality"));
		assertEquals("0.02", settings.get("tolerance"));
		assertEquals("6", settings.get("provisioning-delay-days"));
	}

	@Test
	void asMapIsReadOnly() {
		// given
		Map<String, String> settings = Policy.defaults().asMap();

		// when / then
		assertThrows(UnsupportedOperationException.class, () -> settings.put("match-days", "9"));
		assertEquals(2, Policy.defaults().matchDays());
	}

	@Test
	void n3StaleAfterDaysIsAWholeNumberOfDaysNotNegative() {
		// given
		Policy policy = Policy.defaults().with(properties("stale-after-days=5"), "in/policy.properties");

		// when / then
		assertEquals(5, policy.staleAfterDays());
		PolicyException fraction = assertThrows(PolicyException.class,
				() -> Policy.defaults().with(properties("stale-after-days=1.5"), "in/policy.properties"));
		assertTrue(fraction.getMessage().contains("stale-after-days must be a whole number"), fraction.getMessage());
		PolicyException negative = assertThrows(PolicyException.class,
				() -> Policy.defaults().with(properties("stale-after-days=-1"), "in/policy.properties"));
		assertTrue(negative.getMessage().contains("must not be negative"), negative.getMessage());
	}

	@Test
	void unknownKeyIsRefusedNamingTheSourceAndTheKey() {
		// given
		Properties overrides = properties("provisioning-delay-days=4\nprovisioning-days=7");

		// when
		PolicyException ex = assertThrows(PolicyException.class,
				() -> Policy.defaults().with(overrides, "input/policy.properties"));

		// then
		assertTrue(ex.getMessage().startsWith("input/policy.properties: "), ex.getMessage());
		assertTrue(ex.getMessage().contains("'provisioning-days'"), ex.getMessage());
	}

	@Test
	void productServicesOfATypeWithoutAListIsAnUnknownKey() {
		// given
		Properties overrides = properties("product-services.AZURE_MONTHLY=Virtual Machines");

		// when
		PolicyException ex = assertThrows(PolicyException.class,
				() -> Policy.defaults().with(overrides, "what-if.properties"));

		// then
		assertTrue(ex.getMessage().contains("what-if.properties"), ex.getMessage());
		assertTrue(ex.getMessage().contains("product-services.AZURE_MONTHLY"), ex.getMessage());
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@CsvSource({ "provisioning-delay-days, -1", "provisioning-delay-days, abc", "provisioning-delay-days, 4.5",
			"provisioning-delay-days, ''", "assignment-provisioning-minutes, -10", "max-reassignments, -2",
			"max-reassignments, five", "match-days, 1e2", "monthly-period, WEEKLY", "first-period, HALF",
			"application-order, NEWEST_FIRST", "savings-plans-covered, yes", "savings-plans-covered, 1",
			"tolerance, -0.01", "tolerance, abc", "max-reject-ratio, -1", "max-reject-ratio, 1%", "materiality, -0.5",
			"materiality, ten" })
	void badValueIsRefusedNamingTheSourceAndTheKey(String key, String value) {
		// given
		Properties overrides = new Properties();
		overrides.setProperty(key, value);

		// when
		PolicyException ex = assertThrows(PolicyException.class,
				() -> Policy.defaults().with(overrides, "bad.properties"));

		// then
		assertTrue(ex.getMessage().startsWith("bad.properties: "), ex.getMessage());
		assertTrue(ex.getMessage().contains(key), ex.getMessage());
	}

	@Test
	void aRefusedOverrideLeavesThePolicyItWasAppliedToUnchanged() {
		// given
		Policy policy = Policy.defaults().with(properties("match-days=3"), "a");

		// when
		assertThrows(PolicyException.class, () -> policy.with(properties("match-days=-3"), "b"));

		// then
		assertEquals(3, policy.matchDays());
	}

	@Test
	void policiesAreEqualByTheirSettings() {
		// given
		Policy a = Policy.defaults().with(properties("tolerance=0.05"), "a");
		Policy b = Policy.defaults().with(properties("tolerance = 0.05"), "b");

		// when / then
		assertEquals(a, b);
		assertEquals(a.hashCode(), b.hashCode());
		assertNotEquals(Policy.defaults(), a);
		assertEquals(Policy.defaults(), Policy.defaults().with(new Properties(), "empty"));
	}

	// --- helpers

	private static Properties properties(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static Map<String, String> rulesMdTable() {
		Map<String, String> table = new LinkedHashMap<>();
		table.put("provisioning-delay-days", "4");
		table.put("monthly-period", "ANNIVERSARY");
		table.put("first-period", "FULL");
		table.put("assignment-provisioning-minutes", "10");
		table.put("max-reassignments", "5");
		table.put("free-hosted-domains", "live.com,hotmail.com,gmail.com");
		table.put("savings-plans-covered", "false");
		table.put("support-markers", "Support");
		table.put("application-order", "EXPIRY_FIRST");
		table.put("product-services.COPILOT_SECURITY", "Microsoft Copilot for Security,Security Copilot");
		table.put("product-services.GITHUB_COPILOT_ENTERPRISE", "GitHub Copilot");
		table.put("product-services.GITHUB_ENTERPRISE_METERED", "GitHub");
		table.put("match-days", "2");
		table.put("tolerance", "0.01");
		table.put("max-reject-ratio", "0.01");
		table.put("materiality", "0.00");
		// named by rule N3's text ("policy default 2"), not in the table
		table.put("stale-after-days", "2");
		return table;
	}

}
