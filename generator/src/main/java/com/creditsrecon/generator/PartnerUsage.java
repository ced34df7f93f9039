package com.creditsrecon.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.creditsrecon.generator.FocusExportWriter.Service;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Subscription;

/**
 * Streams one partner's cost-export rows, exactly as many as it is given, from its own
 * random sequence (seed, partner index): rows on its subscriptions (those of
 * subscriptions.csv and those its ASSIGN actions create, from their day), billed to the
 * profile each lives under that day, in the export of the month charged. Some partners'
 * rows of the month before last are restated by the early export of the last month (rule
 * N1), and some first days of the last month appear in both.
 */
final class PartnerUsage {

	private static final int SCALE = 10;

	private static final long UNIT = 10_000_000_000L;

	private static final Service[] EVERYDAY = { Service.VIRTUAL_MACHINES, Service.VIRTUAL_MACHINES,
			Service.VIRTUAL_MACHINES, Service.STORAGE, Service.STORAGE, Service.SQL_DATABASE, Service.APP_SERVICE,
			Service.KUBERNETES, Service.BANDWIDTH, Service.MONITOR, Service.COSMOS_DB, Service.OPENAI };

	private static final Service[] PRODUCTS = { Service.GITHUB_COPILOT, Service.GITHUB, Service.COPILOT_FOR_SECURITY,
			Service.SECURITY_COPILOT };

	private static final String[] VENDORS = { "Fourth Coffee Software", "Graphic Design Institute",
			"Humongous Insurance Software" };

	private final GeneratedPartner partner;

	private final long rows;

	private final long seed;

	private final Timeframe timeframe;

	private final UsageExports exports;

	private final SplittableRandom random;

	/**
	 * Keeps a partner's yearly spend plausible whatever its row count: more rows, smaller
	 * amounts.
	 */
	private final long divisor;

	private final String awsAccount;

	private long rowNumber;

	private PartnerUsage(GeneratedPartner partner, long rows, long seed, Timeframe timeframe, UsageExports exports) {
		this.partner = partner;
		this.rows = rows;
		this.seed = seed;
		this.timeframe = timeframe;
		this.exports = exports;
		this.random = new SplittableRandom(Ids.partnerSeed(seed, partner.index, 3));
		this.divisor = Math.max(1, rows / GenerateOptions.DEFAULT_USAGE_ROWS_PER_PARTNER);
		this.awsAccount = String.format(Locale.ROOT, "%012d",
				Math.floorMod(Ids.mix64(seed ^ (partner.index + 1L)), 1_000_000_000_000L));
	}

	/** Writes exactly {@code rows} rows of the partner's usage. */
	static void write(GeneratedPartner partner, long rows, long seed, Timeframe timeframe, UsageExports exports)
			throws IOException {
		new PartnerUsage(partner, rows, seed, timeframe, exports).write();
	}

	private void write() throws IOException {
		long left = this.rows;
		int months = this.timeframe.months().size();
		boolean restate = this.exports.hasRestatement() && left >= 12
				&& (this.partner.index % 5 == 0 || this.random.nextInt(10) == 0);
		boolean early = this.exports.hasRestatement() && left >= 12
				&& (this.partner.index % 5 == 2 || this.random.nextInt(10) == 0);
		if (restate) {
			int restated = (int) Math.max(2, Math.min(50, left / 20));
			left -= restate(months - 2, restated);
		}
		if (early) {
			int copies = (int) Math.max(1, Math.min(10, left / 50));
			left -= earlyDays(months - 1, copies);
		}
		if (left > 0) {
			row(UsageKind.turn(this.partner.index));
			left--;
		}
		for (; left > 0; left--) {
			row(UsageKind.of(this.random.nextInt(10_000)));
		}
	}

	/**
	 * Rows of the home profile in month {@code month}, copied (most unchanged, some
	 * revised, the first dropped) into the early export of the next month with a late row
	 * and a refund: that export restates the pair (month, home profile).
	 * @return the rows written
	 */
	private long restate(int month, int count) throws IOException {
		Subscription subscription = this.partner.subscriptions.get(0);
		Profile home = subscription.profile();
		YearMonth yearMonth = this.timeframe.months().get(month);
		long written = 0;
		for (int i = 0; i < count; i++) {
			LocalDate day = yearMonth.atDay(1 + this.random.nextInt(yearMonth.lengthOfMonth()));
			FocusRow row = usage(Service.VIRTUAL_MACHINES, day, subscription, home, home.currency,
					usageCost(home.currency), null);
			this.exports.monthly(month, this.partner.index).write(row);
			written++;
			if (i == 0 && count >= 5) {
				// dropped from the restatement: no longer charged
				continue;
			}
			if (this.random.nextInt(100) < 15) {
				row = revised(row, usageCost(home.currency));
			}
			this.exports.restatement().write(row);
			written++;
		}
		LocalDate late = yearMonth.atEndOfMonth();
		this.exports.restatement()
			.write(usage(pick(EVERYDAY), late, subscription, home, home.currency, usageCost(home.currency), null));
		this.exports.restatement()
			.write(usage(pick(EVERYDAY), late, subscription, home, home.currency, usageCost(home.currency).negate(),
					"Correction"));
		return written + 2;
	}

	/**
	 * Rows of the first four days of month {@code month} that the early export carries
	 * too; the month's own export, later by name, supersedes them (rule N1).
	 * @return the rows written
	 */
	private long earlyDays(int month, int count) throws IOException {
		Subscription subscription = this.partner.subscriptions.get(0);
		Profile home = subscription.profile();
		YearMonth yearMonth = this.timeframe.months().get(month);
		for (int i = 0; i < count; i++) {
			LocalDate day = yearMonth.atDay(1 + this.random.nextInt(4));
			FocusRow row = usage(pick(EVERYDAY), day, subscription, home, home.currency, usageCost(home.currency),
					null);
			this.exports.monthly(month, this.partner.index).write(row);
			this.exports.restatement().write(row);
		}
		return 2L * count;
	}

	/**
	 * A row of that kind on a day of the window, on a subscription that exists that day,
	 * billed to the profile it lives under that day.
	 */
	private void row(UsageKind kind) throws IOException {
		LocalDate day = this.timeframe.start().plusDays(this.random.nextInt(this.timeframe.days()));
		Subscription subscription = subscriptionOn(day);
		FocusRow row = charge(kind, day, subscription, subscription.profileOn(day));
		this.exports.monthly(this.timeframe.monthIndex(day), this.partner.index).write(row);
	}

	private FocusRow charge(UsageKind kind, LocalDate day, Subscription subscription, Profile profile) {
		String currency = profile.currency;
		return switch (kind) {
			case USAGE -> usage(pick(EVERYDAY), day, subscription, profile, currency, usageCost(currency), null);
			case PRODUCT -> product(pick(PRODUCTS), day, subscription, profile, currency, "Microsoft", "Microsoft");
			case VENDOR_PRODUCT ->
				product(Service.GITHUB_COPILOT, day, subscription, profile, currency, "GitHub, Inc.", "Vendor");
			case NOT_CREDIT_ELIGIBLE -> notCreditEligible(day, subscription, profile, currency);
			case OTHER_PROVIDER -> otherProvider(day);
			case MARKETPLACE_USAGE -> marketplace(day, subscription, profile, currency, "Usage",
					this.random.nextBoolean() ? Boolean.TRUE : null);
			case MARKETPLACE_NOT_ELIGIBLE -> marketplace(day, subscription, profile, currency, "Usage", Boolean.FALSE);
			case MARKETPLACE_PURCHASE -> marketplace(day, subscription, profile, currency, "Purchase", Boolean.FALSE);
			case RESERVATION -> commitment(day, subscription, profile, currency, "Reservation", dollars(200, 5_000));
			case SAVINGS_PLAN -> commitment(day, subscription, profile, currency, "Savings Plan", dollars(100, 1_500));
			case SUPPORT -> support(day, subscription, profile, currency);
			case TAX -> tax(day, subscription, profile, currency);
			case ADJUSTMENT -> adjustment(day, subscription, profile, currency);
			case REFUND ->
				usage(pick(EVERYDAY), day, subscription, profile, currency, usageCost(currency).negate(), "Correction");
			case OTHER_CURRENCY -> otherCurrency(day, subscription, profile, currency);
			case ORPHAN -> orphan(day);
		};
	}

	/** A subscription that exists on the day, weighted; the first always does. */
	private Subscription subscriptionOn(LocalDate day) {
		List<Subscription> all = this.partner.subscriptions;
		int total = 0;
		for (Subscription subscription : all) {
			if (!subscription.from.isAfter(day)) {
				total += subscription.weight;
			}
		}
		int draw = this.random.nextInt(total);
		for (Subscription subscription : all) {
			if (!subscription.from.isAfter(day)) {
				draw -= subscription.weight;
				if (draw < 0) {
					return subscription;
				}
			}
		}
		return all.get(0);
	}

	private FocusRow usage(Service service, LocalDate day, Subscription subscription, Profile profile, String currency,
			BigDecimal cost, String chargeClass) {
		return new FocusRow(cost, currency, "Usage", chargeClass, day, null, "Microsoft", "Microsoft", "Microsoft",
				service.serviceName, subscription.id, profile.id, profile.account, chargeId(), service.meterCategory,
				this.random.nextInt(10) == 0 ? null : Boolean.TRUE, null);
	}

	private BigDecimal usageCost(String currency) {
		return money(usageUnits(), currency);
	}

	private FocusRow product(Service service, LocalDate day, Subscription subscription, Profile profile,
			String currency, String publisher, String publisherCategory) {
		long units = service.price.movePointRight(SCALE).longValueExact() * (1 + this.random.nextInt(3));
		return new FocusRow(money(units, currency), currency, "Usage", null, day, null, "Microsoft", publisher,
				publisherCategory, service.serviceName, subscription.id, profile.id, profile.account, chargeId(),
				service.meterCategory, Boolean.TRUE, null);
	}

	private FocusRow marketplace(LocalDate day, Subscription subscription, Profile profile, String currency,
			String category, Boolean eligible) {
		String vendor = VENDORS[this.random.nextInt(VENDORS.length)];
		return new FocusRow(money(usageUnits(), currency), currency, category, null, day, null, "Microsoft", vendor,
				"Vendor", Service.MARKETPLACE_SAAS.serviceName, subscription.id, profile.id, profile.account,
				chargeId(), "SaaS", eligible, null);
	}

	private FocusRow commitment(LocalDate day, Subscription subscription, Profile profile, String currency, String type,
			long units) {
		return new FocusRow(money(units, currency), currency, "Purchase", null, day, type, "Microsoft", "Microsoft",
				"Microsoft", Service.VIRTUAL_MACHINES.serviceName, subscription.id, profile.id, profile.account,
				chargeId(), Service.VIRTUAL_MACHINES.meterCategory, Boolean.FALSE, null);
	}

	private FocusRow notCreditEligible(LocalDate day, Subscription subscription, Profile profile, String currency) {
		return new FocusRow(money(usageUnits(), currency), currency, "Usage", null, day, null, "Microsoft", "Microsoft",
				"Microsoft", Service.DEFENDER.serviceName, subscription.id, profile.id, profile.account, chargeId(),
				Service.DEFENDER.meterCategory, Boolean.FALSE, null);
	}

	private FocusRow otherProvider(LocalDate day) {
		Service service = this.random.nextBoolean() ? Service.AWS_EC2 : Service.AWS_S3;
		return new FocusRow(money(usageUnits(), "USD"), "USD", "Usage", null, day, null, "AWS",
				"Amazon Web Services, Inc.", null, service.serviceName, this.awsAccount, null, this.awsAccount,
				chargeId(), null, null, null);
	}

	private FocusRow support(LocalDate day, Subscription subscription, Profile profile, String currency) {
		return new FocusRow(money(dollars(29, 1_000), currency), currency, "Purchase", null, day, null, "Microsoft",
				"Microsoft", "Microsoft", Service.AZURE_SUPPORT.serviceName, subscription.id, profile.id,
				profile.account, chargeId(), Service.AZURE_SUPPORT.meterCategory, Boolean.FALSE, null);
	}

	private FocusRow tax(LocalDate day, Subscription subscription, Profile profile, String currency) {
		return new FocusRow(money(cents(50, 20_000), currency), currency, "Tax", null, day, null, "Microsoft",
				"Microsoft", "Microsoft", null, subscription.id, profile.id, profile.account, chargeId(), null, null,
				null);
	}

	private FocusRow adjustment(LocalDate day, Subscription subscription, Profile profile, String currency) {
		return new FocusRow(money(cents(1, 5_000), currency).negate(), currency, "Adjustment", null, day, null,
				"Microsoft", "Microsoft", "Microsoft", null, subscription.id, profile.id, profile.account, chargeId(),
				null, null, null);
	}

	private FocusRow otherCurrency(LocalDate day, Subscription subscription, Profile profile, String currency) {
		String other = currency.equals("USD") ? "EUR" : "USD";
		return usage(pick(EVERYDAY), day, subscription, profile, other, money(usageUnits(), other), null);
	}

	/**
	 * Of a subscription, profile and account of no partner (rule T7), made up per row.
	 */
	private FocusRow orphan(LocalDate day) {
		String orphan = Ids.guid("orphan|" + this.seed + "|" + this.partner.index + "|" + this.rowNumber);
		return new FocusRow(money(usageUnits(), "USD"), "USD", "Usage", null, day, null, "Microsoft", "Microsoft",
				"Microsoft", pick(EVERYDAY).serviceName, orphan,
				Ids.unknownProfileId(this.seed, this.partner.index, (int) (this.rowNumber & 0xFF)),
				Ids.mcaAccount(this.seed, -1 - this.partner.index, 0), chargeId(), null, Boolean.TRUE, null);
	}

	/** The same charge restated with another amount. */
	private static FocusRow revised(FocusRow row, BigDecimal cost) {
		return new FocusRow(cost, row.billingCurrency(), row.chargeCategory(), row.chargeClass(),
				row.chargePeriodStart(), row.commitmentDiscountType(), row.providerName(), row.publisherName(),
				row.publisherCategory(), row.serviceName(), row.subAccountId(), row.billingProfileId(),
				row.billingAccountId(), row.chargeId(), row.skuMeterCategory(), row.skuIsCreditEligible(),
				row.billingPeriodStart());
	}

	/**
	 * Many tiny sub-cent amounts and a few large ones, up to 20.0000000000: a uniform
	 * draw squared (integers, no floating point).
	 */
	private long usageUnits() {
		long u = this.random.nextLong(1, 447_214);
		return u * u;
	}

	private long dollars(long min, long max) {
		return this.random.nextLong(min, max + 1) * UNIT;
	}

	private long cents(long min, long max) {
		return this.random.nextLong(min, max + 1) * (UNIT / 100);
	}

	/**
	 * An amount of {@code units} ten-billionths of a dollar, scaled down for busy
	 * partners, in yen about 150 times as many.
	 */
	private BigDecimal money(long units, String currency) {
		long scaled = Math.max(1, units / this.divisor);
		if (currency.equals("JPY")) {
			scaled *= 150;
		}
		return BigDecimal.valueOf(scaled, SCALE);
	}

	private String chargeId() {
		return Ids.chargeId(this.seed, this.partner.index, this.rowNumber++);
	}

	private Service pick(Service[] services) {
		return services[this.random.nextInt(services.length)];
	}

}
