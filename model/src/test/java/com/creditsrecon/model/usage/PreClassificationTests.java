package com.creditsrecon.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import com.creditsrecon.model.policy.Policy;

class PreClassificationTests {

	private static final Policy DEFAULTS = Policy.defaults();

	/**
	 * The FOCUS values that rules C1–C6 read; {@link #usage()} is a plain Microsoft usage
	 * row.
	 */
	record Focus(String provider, String category, String commitment, String publisherCategory, String publisher,
			String creditEligible, String service, String meter) {

		Focus provider(String value) {
			return new Focus(value, category, commitment, publisherCategory, publisher, creditEligible, service, meter);
		}

		Focus category(String value) {
			return new Focus(provider, value, commitment, publisherCategory, publisher, creditEligible, service, meter);
		}

		Focus commitment(String value) {
			return new Focus(provider, category, value, publisherCategory, publisher, creditEligible, service, meter);
		}

		Focus publisherCategory(String value) {
			return new Focus(provider, category, commitment, value, publisher, creditEligible, service, meter);
		}

		Focus publisher(String value) {
			return new Focus(provider, category, commitment, publisherCategory, value, creditEligible, service, meter);
		}

		Focus creditEligible(String value) {
			return new Focus(provider, category, commitment, publisherCategory, publisher, value, service, meter);
		}

		Focus service(String value) {
			return new Focus(provider, category, commitment, publisherCategory, publisher, creditEligible, value,
					meter);
		}

		Focus meter(String value) {
			return new Focus(provider, category, commitment, publisherCategory, publisher, creditEligible, service,
					value);
		}

		PreClassification pre() {
			return PreClassification.of(provider, category, commitment, publisherCategory, publisher, creditEligible);
		}

		Classification classify(Policy policy) {
			return pre().classify(policy, service, meter);
		}

	}

	static Focus usage() {
		return new Focus("Microsoft", "Usage", "", "Microsoft", "Microsoft", "", "Virtual Machines", "Compute");
	}

	@ParameterizedTest
	@CsvSource({ "Microsoft, true", "microsoft, true", "MICROSOFT, true", "Microsoft Corporation, true",
			"microsoft corporation, true", "Microsofty, false", "Microsoft.Corp, false", "Amazon Web Services, false",
			"'', false", "Not Microsoft, false" })
	void c1MicrosoftIsEqualToOrBeginsWithMicrosoftAndASpace(String name, boolean microsoft) {
		// given: a provider or publisher name (parameter)

		// when
		boolean result = PreClassification.isMicrosoft(name);

		// then
		assertEquals(microsoft, result);
	}

	@ParameterizedTest
	@CsvSource({ "Amazon Web Services, OTHER_PROVIDER", "Microsofty, OTHER_PROVIDER", "'', OTHER_PROVIDER",
			"Microsoft Corporation, ELIGIBLE", "microsoft, ELIGIBLE" })
	void c1NonMicrosoftProviderIsOtherProvider(String provider, Classification expected) {
		// given: a usage row from this provider (parameter)

		// when
		Classification result = usage().provider(provider).classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@Test
	void c1ComesBeforeEveryOtherRule() {
		// given: a credit row from a third party, with a support marker
		Focus row = usage().provider("Contoso Cloud").category("Credit").service("Support");

		// when
		PreClassification pre = row.pre();

		// then
		assertEquals(PreClassification.OTHER_PROVIDER, pre);
		assertEquals(Classification.OTHER_PROVIDER, row.classify(DEFAULTS));
	}

	@ParameterizedTest
	@CsvSource({ "Credit, Microsoft, REPORTED_CREDIT", "credit, Microsoft, REPORTED_CREDIT",
			"CREDIT, Contoso Ltd, REPORTED_CREDIT" })
	void c2CreditIsReportedCredit(String category, String publisher, Classification expected) {
		// given: a Microsoft row of category Credit (parameters)

		// when
		Classification result = usage().category(category).publisher(publisher).classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@ParameterizedTest
	@CsvSource({ "Purchase, Reservation, RESERVED_INSTANCE", "purchase, RESERVATION, RESERVED_INSTANCE",
			"Purchase, Savings Plan, SAVINGS_PLAN", "PURCHASE, savings plan, SAVINGS_PLAN",
			"Usage, Reservation, ELIGIBLE", "Usage, Savings Plan, ELIGIBLE", "Purchase, '', NOT_COVERED_OTHER" })
	void c3ReservationAndSavingsPlanPurchases(String category, String commitment, Classification expected) {
		// given: a Microsoft row with this category and commitment type (parameters)

		// when
		Classification result = usage().category(category).commitment(commitment).classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@Test
	void c3SavingsPlanKeepsItsClassificationWhenSavingsPlansAreCovered() {
		// given
		Policy covered = DEFAULTS.with(properties("savings-plans-covered=true"), "what-if");

		// when
		Classification result = usage().category("Purchase").commitment("Savings Plan").classify(covered);

		// then
		assertEquals(Classification.SAVINGS_PLAN, result);
	}

	@ParameterizedTest
	@CsvSource({ "Vendor, Microsoft, Contoso Analytics, Usage, MARKETPLACE",
			"vendor, '', Contoso Analytics, Usage, MARKETPLACE",
			"Microsoft, Contoso Ltd, Contoso Analytics, Usage, MARKETPLACE",
			"'', Microsofty, Contoso Analytics, Usage, MARKETPLACE",
			"'', Contoso Ltd, Contoso Analytics, Tax, MARKETPLACE",
			"Microsoft, Microsoft Corporation, Contoso Analytics, Usage, ELIGIBLE",
			"'', '', Contoso Analytics, Usage, ELIGIBLE", "Vendor, GitHub Inc, GitHub Copilot, Usage, ELIGIBLE",
			"Vendor, GitHub Inc, github copilot, Usage, ELIGIBLE", "Vendor, GitHub Inc, GitHub, Usage, ELIGIBLE",
			"Vendor, Contoso Ltd, Security Copilot, Usage, ELIGIBLE",
			"Vendor, Contoso Ltd, Microsoft Copilot for Security, Usage, ELIGIBLE",
			"Vendor, GitHub Inc, GitHub Copilot Business, Usage, MARKETPLACE",
			"Vendor, GitHub Inc, GitHub Copilot, Tax, NOT_COVERED_OTHER" })
	void c4ThirdPartyPublisherIsMarketplaceUnlessAProductPaysForTheService(String publisherCategory, String publisher,
			String service, String category, Classification expected) {
		// given: a Microsoft-provided row with this publisher and service (parameters)

		// when
		Classification result = usage().publisherCategory(publisherCategory)
			.publisher(publisher)
			.service(service)
			.category(category)
			.classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@Test
	void c4ComesBeforeC5AndC6() {
		// given
		Focus vendor = usage().publisherCategory("Vendor").publisher("Contoso Ltd");

		// when
		Classification support = vendor.service("Contoso Support").classify(DEFAULTS);
		Classification notEligible = vendor.service("Contoso Analytics").creditEligible("false").classify(DEFAULTS);

		// then
		assertEquals(Classification.MARKETPLACE, support);
		assertEquals(Classification.MARKETPLACE, notEligible);
	}

	@Test
	void c4AVendorProductServiceThatMicrosoftExcludesIsNotCreditEligible() {
		// given: a vendor row of a product service with x_SkuIsCreditEligible=false

		// when
		Classification result = usage().publisherCategory("Vendor")
			.publisher("GitHub Inc")
			.service("GitHub Copilot")
			.creditEligible("false")
			.classify(DEFAULTS);

		// then
		assertEquals(Classification.NOT_CREDIT_ELIGIBLE, result);
	}

	@Test
	void c4ProductServicesListsComeFromThePolicy() {
		// given
		Focus row = usage().publisherCategory("Vendor").publisher("Contoso Ltd").service("Contoso Analytics");
		Policy policy = DEFAULTS.with(properties("product-services.GITHUB_ENTERPRISE_METERED=GitHub,Contoso Analytics"),
				"what-if");

		// when
		Classification withList = row.classify(policy);

		// then
		assertEquals(Classification.ELIGIBLE, withList);
		assertEquals(Classification.MARKETPLACE, row.classify(DEFAULTS));
		assertTrue(PreClassification.isProductService(policy, "contoso analytics"));
		assertFalse(PreClassification.isProductService(DEFAULTS, "contoso analytics"));
	}

	@ParameterizedTest
	@CsvSource({ "Azure Support, Compute, Usage, '', SUPPORT_PLAN",
			"Virtual Machines, Premier SUPPORT, Usage, '', SUPPORT_PLAN",
			"azure support plan, Compute, Usage, '', SUPPORT_PLAN",
			"Supportive Storage, Storage, Usage, '', SUPPORT_PLAN",
			"Azure Support, Compute, Usage, false, SUPPORT_PLAN", "Azure Support, Compute, Tax, '', SUPPORT_PLAN",
			"Azure Supp, Compute, Usage, '', ELIGIBLE" })
	void c5SupportMarkersInServiceNameOrMeterCategory(String service, String meter, String category,
			String creditEligible, Classification expected) {
		// given: a Microsoft row with these names (parameters)

		// when
		Classification result = usage().service(service)
			.meter(meter)
			.category(category)
			.creditEligible(creditEligible)
			.classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@ParameterizedTest
	@CsvSource({ "Azure Support, ELIGIBLE", "Unified Care Plan, SUPPORT_PLAN", "unified care, SUPPORT_PLAN",
			"Virtual Machines, ELIGIBLE" })
	void c5PolicySupportMarkersChangeTheOutcome(String service, Classification expected) {
		// given
		Policy policy = DEFAULTS.with(properties("support-markers=Unified Care"), "what-if");

		// when
		Classification result = usage().service(service).classify(policy);

		// then
		assertEquals(expected, result);
	}

	@Test
	void c5NoSupportMarkersMeansNoSupportPlan() {
		// given
		Policy policy = DEFAULTS.with(properties("support-markers="), "what-if");

		// when
		Classification result = usage().service("Azure Support").classify(policy);

		// then
		assertEquals(Classification.ELIGIBLE, result);
	}

	@ParameterizedTest
	@CsvSource({ "Usage, '', ELIGIBLE", "usage, true, ELIGIBLE", "Usage, TRUE, ELIGIBLE",
			"Usage, false, NOT_CREDIT_ELIGIBLE", "Usage, FALSE, NOT_CREDIT_ELIGIBLE", "Tax, '', NOT_COVERED_OTHER",
			"Tax, false, NOT_COVERED_OTHER", "Adjustment, '', NOT_COVERED_OTHER", "Purchase, '', NOT_COVERED_OTHER" })
	void c6UsageIsEligibleUnlessMicrosoftsFlagSaysFalseAndOtherCategoriesAreNotCovered(String category,
			String creditEligible, Classification expected) {
		// given: a Microsoft first-party row (parameters)

		// when
		Classification result = usage().category(category).creditEligible(creditEligible).classify(DEFAULTS);

		// then
		assertEquals(expected, result);
	}

	@Test
	void whatIfTheSamePreClassificationClassifiesDifferentlyUnderTwoPolicies() {
		// given: decided once at import
		PreClassification vendor = usage().publisherCategory("Vendor").publisher("Contoso Ltd").pre();
		PreClassification microsoft = usage().pre();
		Policy scenario = DEFAULTS.with(
				properties("support-markers=Support,Care\nproduct-services.COPILOT_SECURITY=Contoso Analytics"),
				"scenario");

		// when
		Classification vendorBaseline = vendor.classify(DEFAULTS, "contoso analytics", "analytics");
		Classification vendorScenario = vendor.classify(scenario, "contoso analytics", "analytics");
		Classification careBaseline = microsoft.classify(DEFAULTS, "premium care", "compute");
		Classification careScenario = microsoft.classify(scenario, "premium care", "compute");

		// then
		assertEquals(PreClassification.VENDOR_USAGE, vendor);
		assertEquals(Classification.MARKETPLACE, vendorBaseline);
		assertEquals(Classification.ELIGIBLE, vendorScenario);
		assertEquals(Classification.ELIGIBLE, careBaseline);
		assertEquals(Classification.SUPPORT_PLAN, careScenario);
	}

	@ParameterizedTest
	@EnumSource(value = PreClassification.class,
			names = { "OTHER_PROVIDER", "REPORTED_CREDIT", "RESERVED_INSTANCE", "SAVINGS_PLAN" })
	void policyFreeClassesIgnoreServiceNameAndPolicy(PreClassification pre) {
		// given
		Policy policy = DEFAULTS.with(properties("support-markers=Machines\nsavings-plans-covered=true"), "what-if");

		// when
		Classification result = pre.classify(policy, "virtual machines", "support");

		// then
		assertEquals(Classification.valueOf(pre.name()), result);
	}

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

}
