package com.creditsrecon.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

import com.creditsrecon.generator.FocusExportWriter.Service;

/**
 * Writes synthetic month-to-date FOCUS cost exports with a realistic mix of rows (mostly
 * credit-eligible Microsoft usage, some other providers, Marketplace, commitments,
 * support, credits, refunds and taxes); the same arguments always give the same bytes.
 */
public final class SyntheticUsage {

	private static final int SCALE = 10;

	private static final long TEN_DECIMALS = 10_000_000_000L;

	private static final Service[] EVERYDAY = { Service.VIRTUAL_MACHINES, Service.VIRTUAL_MACHINES,
			Service.VIRTUAL_MACHINES, Service.STORAGE, Service.STORAGE, Service.SQL_DATABASE, Service.APP_SERVICE,
			Service.KUBERNETES, Service.BANDWIDTH, Service.MONITOR, Service.COSMOS_DB, Service.OPENAI };

	private static final Service[] PRODUCTS = { Service.GITHUB_COPILOT, Service.GITHUB, Service.COPILOT_FOR_SECURITY };

	private static final String[] VENDORS = { "Fourth Coffee Software", "Graphic Design Institute",
			"Humongous Insurance Software" };

	private SyntheticUsage() {
	}

	/**
	 * Writes one partitioned export: {@code folder/part_0_0001.csv} ... with {@code rows}
	 * rows in all, charged in {@code month}, with {@code x_ChargeId}s unique across the
	 * partitions. Subscription {@code i} lives under billing profile
	 * {@code i % billingProfiles.size()}.
	 */
	public static void writeExport(Path folder, int partitions, long rows, long seed, List<String> subscriptions,
			List<String> billingProfiles, YearMonth month) throws IOException {
		if (partitions < 1) {
			throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
		}
		Rows source = new Rows(rows, seed, subscriptions, billingProfiles, month);
		Files.createDirectories(folder);
		long base = rows / partitions;
		long extra = rows % partitions;
		for (int p = 0; p < partitions; p++) {
			Path part = folder.resolve(String.format(Locale.ROOT, "part_0_%04d.csv", p + 1));
			write(part, source, base + ((p < extra) ? 1 : 0));
		}
	}

	/**
	 * Writes one single-file export of {@code rows} rows charged in {@code month}; see
	 * {@link #writeExport} for how subscriptions map to billing profiles.
	 */
	public static void writeFile(Path file, long rows, long seed, List<String> subscriptions,
			List<String> billingProfiles, YearMonth month) throws IOException {
		Rows source = new Rows(rows, seed, subscriptions, billingProfiles, month);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		write(file, source, rows);
	}

	private static void write(Path file, Rows source, long count) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				FocusExportWriter writer = new FocusExportWriter(out)) {
			for (long n = 0; n < count; n++) {
				writer.write(source.next());
			}
		}
	}

	/**
	 * The row stream of one export: one random sequence and one row counter across its
	 * partitions.
	 */
	private static final class Rows {

		private final SplittableRandom random;

		private final long seed;

		private final List<String> subscriptions;

		private final List<String> billingProfiles;

		/**
		 * The MCA billing account of each profile, for the ARM paths; made up once per
		 * profile.
		 */
		private final String[] accounts;

		private final YearMonth month;

		private long index;

		Rows(long rows, long seed, List<String> subscriptions, List<String> billingProfiles, YearMonth month) {
			if (rows < 0) {
				throw new IllegalArgumentException("rows must not be negative, not " + rows);
			}
			Objects.requireNonNull(month, "month is required");
			if (subscriptions == null || subscriptions.isEmpty()) {
				throw new IllegalArgumentException("at least one subscription is required");
			}
			if (billingProfiles == null || billingProfiles.isEmpty()) {
				throw new IllegalArgumentException("at least one billing profile is required");
			}
			this.random = new SplittableRandom(seed);
			this.seed = seed;
			this.subscriptions = List.copyOf(subscriptions);
			this.billingProfiles = List.copyOf(billingProfiles);
			this.accounts = this.billingProfiles.stream().map(Rows::account).toArray(String[]::new);
			this.month = month;
		}

		FocusRow next() {
			long n = this.index++;
			int which = this.random.nextInt(this.subscriptions.size());
			String subscription = this.subscriptions.get(which);
			String profile = this.billingProfiles.get(which % this.billingProfiles.size());
			String account = this.accounts[which % this.accounts.length];
			LocalDate day = this.month.atDay(1 + this.random.nextInt(this.month.lengthOfMonth()));
			Billed billed = new Billed(subscription, profile, account, day, chargeId(n));
			int kind = this.random.nextInt(10_000);
			// Shares in basis points; most rows of a real partner export are first-party
			// usage.
			if (kind < 8_800) {
				return usageRow(kind, billed, which);
			}
			if (kind < 9_350) {
				return purchaseRow(kind, billed);
			}
			return creditOrTaxRow(kind, billed);
		}

		/** Basis points 0 to 8,799: usage, most of it credit-eligible. */
		private FocusRow usageRow(int kind, Billed billed, int which) {
			if (kind < 8_000) {
				return usage(billed, pick(EVERYDAY), usageCost(), Boolean.TRUE, null);
			}
			if (kind < 8_200) {
				return usage(billed, pick(PRODUCTS), usageCost(), Boolean.TRUE, null);
			}
			if (kind < 8_500) {
				return usage(billed, Service.DEFENDER, usageCost(), Boolean.FALSE, null);
			}
			Service service = this.random.nextBoolean() ? Service.AWS_EC2 : Service.AWS_S3;
			return new FocusRow(usageCost(), "USD", "Usage", null, billed.day(), null, "AWS",
					"Amazon Web Services, Inc.", null, service.serviceName, awsAccount(which), null, "123456789012",
					billed.chargeId(), null, null, null);
		}

		/** Basis points 8,800 to 9,349: Marketplace, commitments and support. */
		private FocusRow purchaseRow(int kind, Billed billed) {
			if (kind < 9_100) {
				String vendor = VENDORS[this.random.nextInt(VENDORS.length)];
				String category = this.random.nextBoolean() ? "Usage" : "Purchase";
				return new FocusRow(usageCost(), "USD", category, null, billed.day(), null, "Microsoft", vendor,
						"Vendor", Service.MARKETPLACE_SAAS.serviceName, billed.subscription(), billed.profile(),
						billed.account(), billed.chargeId(), "SaaS", Boolean.FALSE, null);
			}
			if (kind < 9_200) {
				return commitment(billed, "Reservation", dollars(200, 5_000));
			}
			if (kind < 9_300) {
				return commitment(billed, "Savings Plan", dollars(100, 1_500));
			}
			return new FocusRow(dollars(29, 1_000), "USD", "Purchase", null, billed.day(), null, "Microsoft",
					"Microsoft", "Microsoft", Service.AZURE_SUPPORT.serviceName, billed.subscription(),
					billed.profile(), billed.account(), billed.chargeId(), Service.AZURE_SUPPORT.meterCategory,
					Boolean.FALSE, null);
		}

		/** Basis points 9,350 to 9,999: credits, refunds, taxes and adjustments. */
		private FocusRow creditOrTaxRow(int kind, Billed billed) {
			if (kind < 9_450) {
				return noService(billed, usageCost().negate(), "Credit");
			}
			if (kind < 9_650) {
				return usage(billed, pick(EVERYDAY), usageCost().negate(), Boolean.TRUE, "Correction");
			}
			if (kind < 9_900) {
				return noService(billed, cents(50, 20_000), "Tax");
			}
			BigDecimal adjustment = this.random.nextBoolean() ? cents(1, 5_000).negate() : cents(1, 3);
			return noService(billed, adjustment, "Adjustment");
		}

		private FocusRow usage(Billed billed, Service service, BigDecimal cost, Boolean eligible, String chargeClass) {
			return new FocusRow(cost, "USD", "Usage", chargeClass, billed.day(), null, "Microsoft", "Microsoft",
					"Microsoft", service.serviceName, billed.subscription(), billed.profile(), billed.account(),
					billed.chargeId(), service.meterCategory, eligible, null);
		}

		private FocusRow commitment(Billed billed, String type, BigDecimal cost) {
			return new FocusRow(cost, "USD", "Purchase", null, billed.day(), type, "Microsoft", "Microsoft",
					"Microsoft", Service.VIRTUAL_MACHINES.serviceName, billed.subscription(), billed.profile(),
					billed.account(), billed.chargeId(), Service.VIRTUAL_MACHINES.meterCategory, Boolean.FALSE, null);
		}

		/** A credit, a tax or an adjustment: Microsoft's, on no service. */
		private FocusRow noService(Billed billed, BigDecimal cost, String category) {
			return new FocusRow(cost, "USD", category, null, billed.day(), null, "Microsoft", "Microsoft", "Microsoft",
					null, billed.subscription(), billed.profile(), billed.account(), billed.chargeId(), null, null,
					null);
		}

		private Service pick(Service[] services) {
			return services[this.random.nextInt(services.length)];
		}

		// Real exports hold many tiny sub-cent amounts and a few large ones: squaring a
		// uniform draw gives that skew without floating point (up to 20.0000000000).
		private BigDecimal usageCost() {
			long u = this.random.nextLong(1, 447_214);
			return BigDecimal.valueOf(u * u, SCALE);
		}

		private BigDecimal dollars(long min, long max) {
			return BigDecimal.valueOf(this.random.nextLong(min, max + 1) * TEN_DECIMALS, SCALE);
		}

		private BigDecimal cents(long min, long max) {
			return BigDecimal.valueOf(this.random.nextLong(min, max + 1), 2);
		}

		// mix64 is a bijection and so is n -> seed ^ (n * odd), hence distinct rows of
		// one export never share an x_ChargeId, whatever the seed.
		private String chargeId(long n) {
			long high = mix64(this.seed ^ (n * 0x9E3779B97F4A7C15L));
			long low = mix64(high ^ 0xD1B54A32D192ED03L);
			return hex(high) + hex(low);
		}

		private String awsAccount(int which) {
			return String.format(Locale.ROOT, "%012d", Math.floorMod(mix64(which + 1L), 1_000_000_000_000L));
		}

		private static String account(String profile) {
			return UUID.nameUUIDFromBytes(("account|" + profile).getBytes(StandardCharsets.UTF_8)) + ":"
					+ UUID.nameUUIDFromBytes(("tenant|" + profile).getBytes(StandardCharsets.UTF_8)) + "_2019-05-31";
		}

		private static long mix64(long z) {
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			return z ^ (z >>> 31);
		}

		private static String hex(long value) {
			String digits = Long.toHexString(value);
			return "0".repeat(16 - digits.length()) + digits;
		}

		/** Where and when a row is billed: what every kind of row shares. */
		private record Billed(String subscription, String profile, String account, LocalDate day, String chargeId) {

		}

	}

}
