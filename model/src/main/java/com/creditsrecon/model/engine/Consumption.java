package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.usage.Classification;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.UsageSum;

/**
 * Rules C7–C11 and T2 step 5: a day's usage, scope by scope, draws on the open lots.
 */
final class Consumption {

	/**
	 * One rounding group of a day (rule T6): the usage of one scope, billing profile,
	 * classification, product group, currency and sign.
	 */
	private record Group(String scopeKey, String billingProfileId, Classification classification, String productTypes,
			String currency, boolean negative) {

		static final Comparator<Group> ORDER = Comparator.comparing(Group::scopeKey)
			.thenComparing(Group::negative)
			.thenComparing(g -> g.productTypes().isEmpty())
			.thenComparing(Group::productTypes)
			.thenComparing(Group::classification)
			.thenComparing(Group::billingProfileId)
			.thenComparing(Group::currency);

	}

	private static final class Sum {

		final List<LotState> candidates;

		long rows;

		BigDecimal amount = BigDecimal.ZERO;

		Sum(List<LotState> candidates) {
			this.candidates = candidates;
		}

	}

	private Consumption() {
	}

	/**
	 * Applies the day's usage. Groups are taken scope by scope in the order of rule T2
	 * step 5: positive before negative, product-matched first (by type name), ELIGIBLE
	 * before SAVINGS_PLAN (the enum's order).
	 */
	static void apply(PartnerState state, List<UsageSum> usage, LocalDate day, ConsumptionTally tally,
			boolean attributed) {
		Map<Group, Sum> groups = new TreeMap<>(Group.ORDER);
		for (UsageSum sum : usage) {
			Classification classification = sum.preClass()
				.classify(state.policy, sum.serviceName(), sum.meterCategory());
			String productTypes = productTypes(state.policy, sum.serviceName());
			Group group;
			SubscriptionState subscription = attributed ? state.subscription(sum.subscriptionId()) : null;
			List<LotState> legacy = subscription == null ? List.of() : state.legacyLotsOn(subscription, day);
			String profileId = !attributed ? ""
					: profileOf(state, subscription != null && subscription.billingProfileId != null
							? subscription.billingProfileId : sum.exportProfileId());
			if (!legacy.isEmpty()) {
				// rule C8: the subscription is the current scope of a legacy benefit's
				// open lots
				group = new Group("S:" + Ids.key(subscription.subscriptionId), profileId, classification, productTypes,
						sum.currency(), sum.negative());
			}
			else {
				group = new Group("P:" + Ids.key(profileId), profileId, classification, productTypes, sum.currency(),
						sum.negative());
			}
			// the candidates are looked up once per group, not per daily sum
			Sum total = groups.computeIfAbsent(group, g -> new Sum(!legacy.isEmpty() ? legacy
					: attributed ? state.modernizedLotsOn(g.billingProfileId(), day) : List.of()));
			total.rows += sum.rows();
			total.amount = total.amount.add(sum.amount());
		}
		List<LotState> touched = new ArrayList<>();
		groups.forEach((group, sum) -> {
			// rule T6: rounded once the scope is resolved
			BigDecimal amount = Currencies.atMinorUnit(sum.amount, group.currency());
			draw(state, group, sum, amount, day, tally, touched);
		});
		for (LotState lot : new LinkedHashSet<>(touched)) {
			state.event(day, lot, EventType.SETTLED_CHARGES, lot.dayCharges, lot.balanceAfterCharges);
			state.event(day, lot, EventType.ADJUSTMENT, lot.dayAdjustments, lot.balance);
			lot.dayCharges = lot.dayCharges.subtract(lot.dayCharges);
			lot.dayAdjustments = lot.dayAdjustments.subtract(lot.dayAdjustments);
		}
	}

	private static void draw(PartnerState state, Group group, Sum sum, BigDecimal amount, LocalDate day,
			ConsumptionTally tally, List<LotState> touched) {
		BigDecimal zero = amount.subtract(amount);
		Classification classification = group.classification();
		boolean drawsCredit = classification == Classification.ELIGIBLE
				|| (classification == Classification.SAVINGS_PLAN && state.policy.savingsPlansCovered());
		if (!drawsCredit) {
			tally.add(group.billingProfileId(), day, classification, group.currency(), sum.rows, amount, false, zero,
					zero, zero, zero);
			return;
		}
		List<LotState> candidates = candidates(state.policy, sum.candidates, group.productTypes());
		List<LotState> inCurrency = candidates.stream().filter(lot -> lot.currency().equals(group.currency())).toList();
		if (!candidates.isEmpty() && inCurrency.isEmpty()) {
			// rule C7: the scope has candidate lots, none in the row's currency
			tally.add(group.billingProfileId(), day, Classification.CURRENCY_MISMATCH, group.currency(), sum.rows,
					amount, false, zero, zero, zero, zero);
			return;
		}
		if (amount.signum() >= 0) {
			// rule C9: charges, in candidate order, split across lots
			BigDecimal left = amount;
			for (LotState lot : inCurrency) {
				BigDecimal take = left.min(lot.balance);
				if (take.signum() <= 0) {
					continue;
				}
				lot.balance = lot.balance.subtract(take);
				lot.charged = lot.charged.add(take);
				lot.dayCharges = lot.dayCharges.add(take);
				lot.balanceAfterCharges = lot.balance;
				left = left.subtract(take);
				touched.add(lot);
			}
			tally.add(group.billingProfileId(), day, classification, group.currency(), sum.rows, amount, true,
					amount.subtract(left), left, zero, zero);
			return;
		}
		// rule C10: a refund restores what the lots were charged, in the same order
		BigDecimal left = amount.negate();
		for (LotState lot : inCurrency) {
			BigDecimal give = left.min(lot.restorable());
			if (give.signum() <= 0) {
				continue;
			}
			lot.balance = lot.balance.add(give);
			lot.adjusted = lot.adjusted.add(give);
			lot.dayAdjustments = lot.dayAdjustments.add(give);
			left = left.subtract(give);
			touched.add(lot);
		}
		tally.add(group.billingProfileId(), day, classification, group.currency(), sum.rows, amount, true, zero, zero,
				amount.negate().subtract(left), left);
	}

	/**
	 * Rule C9: matching product lots first (by type name), then AZURE_MONTHLY and
	 * AZURE_BULK lots, each group in the policy's application order.
	 */
	static List<LotState> candidates(Policy policy, List<LotState> open, String productTypes) {
		Comparator<LotState> order = policy.applicationOrder() == Policy.ApplicationOrder.EXPIRY_FIRST
				? Comparator.<LotState, LocalDate>comparing(lot -> lot.end)
					.thenComparing(lot -> lot.start)
					.thenComparing(lot -> lot.lotId)
				: Comparator.<LotState, LocalDate>comparing(lot -> lot.start)
					.thenComparing(lot -> lot.end)
					.thenComparing(lot -> lot.lotId);
		Comparator<LotState> byGroup = Comparator.comparing((LotState lot) -> !lot.type().isProduct())
			.thenComparing(lot -> lot.type().isProduct() ? lot.type().name() : "");
		List<LotState> candidates = new ArrayList<>();
		for (LotState lot : open) {
			if (!lot.type().isProduct() || productTypes.contains("|" + lot.type().name() + "|")) {
				candidates.add(lot);
			}
		}
		candidates.sort(byGroup.thenComparing(order));
		return candidates;
	}

	/** The product types whose service list names the service, as {@code |A|B|}. */
	private static String productTypes(Policy policy, String serviceName) {
		Set<String> matching = new TreeSet<>();
		for (BenefitType type : BenefitType.values()) {
			for (String service : policy.productServices(type.name())) {
				if (service.equalsIgnoreCase(serviceName)) {
					matching.add(type.name());
				}
			}
		}
		return matching.isEmpty() ? "" : "|" + String.join("|", matching) + "|";
	}

	/** A known profile as billing-profiles.csv spells it, else the ID as given. */
	private static String profileOf(PartnerState state, String id) {
		ProfileState profile = state.profile(id);
		return profile != null ? profile.id() : id;
	}

}
