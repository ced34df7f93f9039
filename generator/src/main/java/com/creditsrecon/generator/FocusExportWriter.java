package com.creditsrecon.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams {@link FocusRow}s as a FOCUS 1.0 cost export with the columns and value styles
 * of a Microsoft Cost Management export ({@code NULL} for absent values, ARM paths,
 * date-times {@code yyyy-MM-dd HH:mm:ss}). Not thread-safe: one writer per file.
 */
public final class FocusExportWriter implements Closeable {

	/** The header, in the order Cost Management writes it. */
	public static final List<String> COLUMNS = List.of("AvailabilityZone", "BilledCost", "BillingAccountId",
			"BillingAccountName", "BillingAccountType", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart",
			"ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd",
			"ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName",
			"CommitmentDiscountStatus", "CommitmentDiscountType", "ConsumedQuantity", "ConsumedUnit", "ContractedCost",
			"ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName", "ListCost", "ListUnitPrice", "PricingCategory",
			"PricingQuantity", "PricingUnit", "ProviderName", "PublisherName", "RegionId", "RegionName", "ResourceId",
			"ResourceName", "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId", "SubAccountId",
			"SubAccountName", "SubAccountType", "Tags", "x_BillingProfileId", "x_BillingProfileName", "x_ChargeId",
			"x_PublisherCategory", "x_ResourceGroupName", "x_SkuIsCreditEligible", "x_SkuMeterCategory");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setRecordSeparator("\n")
		.setNullString("NULL")
		.setHeader(COLUMNS.toArray(new String[0]))
		.get();

	private static final String MIDNIGHT = " 00:00:00";

	private static final String[][] REGIONS = { { "westeurope", "West Europe" }, { "eastus", "East US" },
			{ "southeastasia", "Southeast Asia" }, { "uksouth", "UK South" }, { "japaneast", "Japan East" },
			{ "australiaeast", "Australia East" }, { "centralindia", "Central India" },
			{ "brazilsouth", "Brazil South" } };

	private static final String[][] AWS_REGIONS = { { "us-east-1", "US East (N. Virginia)" },
			{ "eu-west-1", "Europe (Ireland)" }, { "ap-southeast-1", "Asia Pacific (Singapore)" } };

	private final CSVPrinter printer;

	/**
	 * Reused for every record: the printer copies the values out before write returns.
	 */
	private final Object[] cells = new Object[COLUMNS.size()];

	/**
	 * Starts an export on {@code out} and writes its header.
	 * @param out where the CSV goes; closed by {@link #close()}
	 */
	public FocusExportWriter(Writer out) throws IOException {
		this.printer = FORMAT.print(out);
	}

	/** Writes one row. */
	public void write(FocusRow row) throws IOException {
		Facts f = new Facts(row);
		Object[] c = this.cells;
		int i = billing(f, c, 0);
		i = charge(f, c, i);
		i = commitment(f, c, i);
		i = costs(f, c, i);
		i = resource(f, c, i);
		i = subAccount(f, c, i);
		extensions(f, c, i);
		this.printer.printRecord(c);
	}

	/** AvailabilityZone to BillingPeriodStart. */
	private static int billing(Facts f, Object[] c, int i) {
		FocusRow row = f.row;
		c[i++] = null; // AvailabilityZone: Cost Management leaves it empty
		c[i++] = f.amount;
		c[i++] = f.microsoft ? (f.profilePath != null ? f.profilePath : accountPath(row.billingAccountId()))
				: row.billingAccountId();
		c[i++] = f.accountName;
		c[i++] = f.microsoft ? (f.profilePath != null ? "Billing Profile" : "Billing Account") : "Billing Account";
		c[i++] = row.billingCurrency();
		c[i++] = row.billingPeriodStart().plusMonths(1) + MIDNIGHT;
		c[i++] = row.billingPeriodStart() + MIDNIGHT;
		return i;
	}

	/** ChargeCategory to ChargePeriodStart. */
	private static int charge(Facts f, Object[] c, int i) {
		FocusRow row = f.row;
		c[i++] = row.chargeCategory();
		c[i++] = row.chargeClass();
		c[i++] = description(row, f.service);
		c[i++] = frequency(row, f.usage);
		c[i++] = row.chargePeriodStart().plusDays(1) + MIDNIGHT;
		c[i++] = row.chargePeriodStart() + MIDNIGHT;
		return i;
	}

	/** CommitmentDiscountCategory to CommitmentDiscountType. */
	private static int commitment(Facts f, Object[] c, int i) {
		String commitment = f.commitment;
		c[i++] = commitment == null ? null : ("Savings Plan".equalsIgnoreCase(commitment) ? "Spend" : "Usage");
		c[i++] = commitment == null ? null : commitmentId(commitment, f.row.subAccountId());
		c[i++] = commitment == null ? null : commitment.replace(' ', '_') + "_" + shortName(f.subscription);
		c[i++] = (commitment != null && f.usage) ? "Used" : null;
		c[i++] = commitment;
		return i;
	}

	/** ConsumedQuantity to PricingUnit: quantities, costs and prices. */
	private static int costs(Facts f, Object[] c, int i) {
		Service service = f.service;
		c[i++] = f.quantity;
		c[i++] = f.quantity == null ? null : service.unit;
		c[i++] = f.amount;
		c[i++] = service == null ? null : service.unitPrice;
		c[i++] = f.amount;
		c[i++] = f.microsoft ? "Microsoft" : nonBlank(f.row.publisherName(), f.row.providerName());
		c[i++] = f.amount;
		c[i++] = service == null ? null : service.unitPrice;
		c[i++] = f.commitment != null ? "Committed" : "Standard";
		c[i++] = f.quantity;
		c[i++] = f.quantity == null ? null : service.unit;
		return i;
	}

	/** ProviderName to SkuPriceId: who provides what, where. */
	private static int resource(Facts f, Object[] c, int i) {
		FocusRow row = f.row;
		Service service = f.service;
		c[i++] = row.providerName();
		c[i++] = nonBlank(row.publisherName(), row.providerName());
		c[i++] = f.located ? f.region[0] : null;
		c[i++] = f.located ? f.region[1] : null;
		c[i++] = f.resourceName == null ? null
				: resourceId(f.microsoft, f.subscription, f.resourceGroup, f.region[0], service, f.resourceName);
		c[i++] = f.resourceName;
		c[i++] = service == null ? null : service.resourceType;
		c[i++] = service == null ? null : service.category;
		c[i++] = row.serviceName();
		c[i++] = service == null ? null : service.skuId;
		c[i++] = service == null ? null : service.skuId + "/0001";
		return i;
	}

	/** SubAccountId to Tags. */
	private static int subAccount(Facts f, Object[] c, int i) {
		c[i++] = f.microsoft ? subscriptionPath(f.row.subAccountId()) : f.row.subAccountId();
		c[i++] = f.microsoft ? "subscription-" + shortName(f.subscription) : "account-" + shortName(f.subscription);
		c[i++] = f.microsoft ? "Subscription" : "Account";
		c[i++] = null;
		return i;
	}

	/** The x_ columns, from x_BillingProfileId to x_SkuMeterCategory, the last. */
	private static void extensions(Facts f, Object[] c, int i) {
		FocusRow row = f.row;
		c[i++] = f.profilePath;
		c[i++] = f.accountName;
		c[i++] = row.chargeId();
		c[i++] = row.publisherCategory();
		c[i++] = f.resourceGroup;
		c[i++] = row.skuIsCreditEligible() == null ? null : row.skuIsCreditEligible().toString();
		c[i] = row.skuMeterCategory();
	}

	/** Flushes what was written so far to the underlying writer. */
	public void flush() throws IOException {
		this.printer.flush();
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

	private static boolean isMicrosoft(String name) {
		return name != null && (name.equalsIgnoreCase("Microsoft") || name.regionMatches(true, 0, "Microsoft ", 0, 10));
	}

	private static String quantity(BigDecimal cost, Service service, boolean usage) {
		if (!usage || service == null || service.price.signum() == 0) {
			return null;
		}
		return cost.divide(service.price, 6, RoundingMode.HALF_EVEN).toPlainString();
	}

	private static String description(FocusRow row, Service service) {
		if ("Tax".equalsIgnoreCase(row.chargeCategory())) {
			return "Tax";
		}
		String what = service != null ? service.meter : nonBlank(row.serviceName(), row.chargeCategory());
		if ("Correction".equalsIgnoreCase(row.chargeClass())) {
			return what + " (correction)";
		}
		return row.commitmentDiscountType() != null && !"Usage".equalsIgnoreCase(row.chargeCategory())
				? row.commitmentDiscountType() + " purchase, 1 Year" : what;
	}

	private static String frequency(FocusRow row, boolean usage) {
		if (usage) {
			return "Usage-Based";
		}
		boolean monthly = "Savings Plan".equalsIgnoreCase(row.commitmentDiscountType())
				|| (row.serviceName() != null && row.serviceName().contains("Support"));
		return monthly ? "Recurring" : "One-Time";
	}

	// A reservation or savings plan order is bought once per subscription, so its ID is
	// stable per subscription rather than per row: exports group a commitment's purchase
	// and usage by it.
	private static String commitmentId(String type, String subAccountId) {
		UUID order = UUID.nameUUIDFromBytes((type + "|" + subAccountId).getBytes(StandardCharsets.UTF_8));
		return "Savings Plan".equalsIgnoreCase(type) ? "/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + order
				: "/providers/Microsoft.Capacity/reservationOrders/" + order;
	}

	private static String resourceId(boolean microsoft, String subscription, String group, String region,
			Service service, String name) {
		if (!microsoft) {
			return "arn:aws:" + service.slug + ":" + region + ":" + subscription + ":" + name;
		}
		return "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/" + service.namespace + "/"
				+ name;
	}

	private static String profilePath(String profile, String account) {
		if (profile == null || profile.isBlank()) {
			return null;
		}
		if (profile.startsWith("/") || account == null || account.isBlank()) {
			return profile;
		}
		return accountPath(account) + "/billingProfiles/" + profile;
	}

	private static String accountPath(String account) {
		if (account == null || account.isBlank() || account.startsWith("/")) {
			return account;
		}
		return "/providers/Microsoft.Billing/billingAccounts/" + account;
	}

	private static String subscriptionPath(String id) {
		return id.startsWith("/") ? id : "/subscriptions/" + id;
	}

	private static String lastSegment(String id) {
		int slash = id.lastIndexOf('/');
		return slash < 0 ? id : id.substring(slash + 1);
	}

	private static String shortName(String id) {
		return id.length() <= 8 ? id.toLowerCase(Locale.ROOT) : id.substring(0, 8).toLowerCase(Locale.ROOT);
	}

	private static String nonBlank(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * What a row's derived columns are made of, worked out once per row: the ARM paths
	 * and names, and a region and resource chosen from the subscription so that its rows
	 * agree with one another.
	 */
	private static final class Facts {

		final FocusRow row;

		final boolean microsoft;

		final Service service;

		final boolean usage;

		final String commitment;

		final String subscription;

		final String quantity;

		final String amount;

		final String profilePath;

		final String accountName;

		final String[] region;

		final boolean located;

		final String resourceGroup;

		final String resourceName;

		Facts(FocusRow row) {
			this.row = row;
			this.microsoft = isMicrosoft(row.providerName());
			this.service = Service.of(row.serviceName());
			this.usage = "Usage".equalsIgnoreCase(row.chargeCategory());
			this.commitment = row.commitmentDiscountType();
			this.subscription = lastSegment(row.subAccountId());
			int spread = Math.floorMod(row.subAccountId().hashCode(), 1 << 16);
			this.quantity = quantity(row.billedCost(), this.service, this.usage);
			this.amount = row.billedCost().toPlainString();
			this.profilePath = profilePath(row.billingProfileId(), row.billingAccountId());
			this.accountName = (this.profilePath != null) ? "Billing profile " + lastSegment(this.profilePath) : null;
			this.region = this.microsoft ? REGIONS[spread % REGIONS.length] : AWS_REGIONS[spread % AWS_REGIONS.length];
			this.located = this.service != null && (this.usage || this.commitment != null);
			this.resourceGroup = (this.microsoft && this.located)
					? "rg-" + shortName(this.subscription) + "-" + this.service.slug : null;
			this.resourceName = this.located
					? this.service.slug + "-" + shortName(this.subscription) + "-" + (10 + spread % 90) : null;
		}

	}

	/**
	 * The services a generated export uses, with what a real export shows alongside them.
	 * Rows naming another service are written with those columns NULL.
	 */
	enum Service {

		VIRTUAL_MACHINES("Virtual Machines", "Compute", "Virtual Machines", "Hours", "0.192", "Virtual machine",
				"Microsoft.Compute/virtualMachines", "D4s v5 - 1 Hour", "vm"),
		STORAGE("Storage Accounts", "Storage", "Storage", "GB/Month", "0.0208", "Storage account",
				"Microsoft.Storage/storageAccounts", "Hot LRS Data Stored", "st"),
		SQL_DATABASE("Azure SQL Database", "Databases", "SQL Database", "Hours", "0.5044", "SQL database",
				"Microsoft.Sql/servers/databases", "vCore - General Purpose - 1 Hour", "sqldb"),
		APP_SERVICE("Azure App Service", "Web", "Azure App Service", "Hours", "0.146", "App Service plan",
				"Microsoft.Web/serverFarms", "P1 v3 App - 1 Hour", "asp"),
		KUBERNETES("Azure Kubernetes Service", "Containers", "Azure Kubernetes Service", "Hours", "0.10",
				"Kubernetes service", "Microsoft.ContainerService/managedClusters", "Standard Uptime SLA - 1 Hour",
				"aks"),
		BANDWIDTH("Bandwidth", "Networking", "Bandwidth", "GB", "0.087", "Virtual network",
				"Microsoft.Network/virtualNetworks", "Standard Data Transfer Out - 1 GB", "vnet"),
		MONITOR("Azure Monitor", "Management and Governance", "Log Analytics", "GB", "2.76", "Log Analytics workspace",
				"Microsoft.OperationalInsights/workspaces", "Analytics Logs Data Ingestion - 1 GB", "log"),
		COSMOS_DB("Azure Cosmos DB", "Databases", "Azure Cosmos DB", "RU/s Hours", "0.008", "Azure Cosmos DB account",
				"Microsoft.DocumentDB/databaseAccounts", "100 RU/s - 1 Hour", "cosmos"),
		OPENAI("Azure OpenAI", "AI and Machine Learning", "Cognitive Services", "1K Tokens", "0.0025", "Azure OpenAI",
				"Microsoft.CognitiveServices/accounts", "gpt-4o Input Tokens - 1K", "aoai"),
		DEFENDER("Microsoft Defender for Cloud", "Security", "Microsoft Defender for Cloud", "Node Hours", "0.02",
				"Defender plan", "Microsoft.Security/pricings", "Defender for Servers Plan 2 - 1 Node Hour", "mdc"),
		GITHUB_COPILOT("GitHub Copilot", "Developer Tools", "GitHub", "User Months", "39.00", "GitHub enterprise",
				"GitHub.Enterprise/accounts", "Copilot Enterprise - 1 User Month", "gh"),
		GITHUB("GitHub", "Developer Tools", "GitHub", "Minutes", "0.008", "GitHub enterprise",
				"GitHub.Enterprise/accounts", "Actions Linux - 1 Minute", "gh"),
		COPILOT_FOR_SECURITY("Microsoft Copilot for Security", "Security", "Security Copilot", "SCU Hours", "4.00",
				"Security Copilot capacity", "Microsoft.SecurityCopilot/capacities", "Security Compute Unit - 1 Hour",
				"scu"),
		SECURITY_COPILOT("Security Copilot", "Security", "Security Copilot", "SCU Hours", "4.00",
				"Security Copilot capacity", "Microsoft.SecurityCopilot/capacities", "Security Compute Unit - 1 Hour",
				"scu"),
		AZURE_SUPPORT("Azure Support", "Other", "Azure Support", "Months", "100.00", "Support plan",
				"Microsoft.Support/supportPlans", "Standard support plan - monthly", "support"),
		AWS_EC2("Amazon Elastic Compute Cloud", "Compute", "Amazon Elastic Compute Cloud", "Hrs", "0.0416", "Instance",
				"ec2", "$0.0416 per On Demand Linux t3.medium Instance Hour", "ec2"),
		AWS_S3("Amazon Simple Storage Service", "Storage", "Amazon Simple Storage Service", "GB-Mo", "0.023", "Bucket",
				"s3", "$0.023 per GB - first 50 TB / month of storage used", "s3"),
		MARKETPLACE_SAAS("Fourth Coffee Analytics", "Other", "SaaS", "Months", "149.00", "SaaS subscription",
				"Microsoft.SaaS/resources", "Fourth Coffee Analytics - Pro plan", "saas");

		private static final Map<String, Service> BY_NAME = new HashMap<>();

		static {
			for (Service service : values()) {
				BY_NAME.put(service.serviceName.toLowerCase(Locale.ROOT), service);
			}
		}

		final String serviceName;

		final String category;

		final String meterCategory;

		final String unit;

		final String unitPrice;

		final BigDecimal price;

		final String resourceType;

		final String namespace;

		final String meter;

		final String slug;

		final String skuId;

		Service(String serviceName, String category, String meterCategory, String unit, String unitPrice,
				String resourceType, String namespace, String meter, String slug) {
			this.serviceName = serviceName;
			this.category = category;
			this.meterCategory = meterCategory;
			this.unit = unit;
			this.unitPrice = unitPrice;
			this.price = new BigDecimal(unitPrice);
			this.resourceType = resourceType;
			this.namespace = namespace;
			this.meter = meter;
			this.slug = slug;
			this.skuId = String.format(Locale.ROOT, "DZH318Z0%04X", Math.floorMod(serviceName.hashCode(), 1 << 16));
		}

		static Service of(String serviceName) {
			return serviceName == null ? null : BY_NAME.get(serviceName.toLowerCase(Locale.ROOT));
		}

	}

}
