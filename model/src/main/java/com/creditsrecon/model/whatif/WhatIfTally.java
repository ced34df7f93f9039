package com.creditsrecon.model.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.Purchase;

/**
 * One scenario's figures of rule W1, per scope, currency, month and measure, summed from
 * the engine's results partner by partner, so that memory grows with the scopes and
 * months, never with the partners. A partner counts under GLOBAL, its region (blank when
 * it has none) and its country; what belongs to no partner (rule T7) under GLOBAL only.
 * Figures are kept per month; a whole run's figure is the sum of its months. Not
 * thread-safe: one per partition, merged at the end.
 */
public final class WhatIfTally {

	private static final Set<String> MOVES = Set.of("MOVE_SUBSCRIPTION", "MOVE_CREDITS", "MOVE_BILLING_PROFILE");

	private static final String ELIGIBLE = "ELIGIBLE";

	private static final String MODERNIZED = "MODERNIZED";

	private final Map<WhatIfKey, BigDecimal> figures = new HashMap<>();

	/** Adds one partner's results, simulated from {@code world}. */
	public void addPartner(PartnerWorld world, PartnerResult result) {
		String country = world.partner().country();
		String region = world.partner().region();
		List<Scope> scopes = List.of(Scope.GLOBAL, new Scope(WhatIfKey.REGION, region == null ? "" : region),
				new Scope(WhatIfKey.COUNTRY, country));
		Map<String, LocalDate> purchased = new HashMap<>();
		for (Purchase purchase : world.purchases()) {
			purchased.put(purchase.purchaseId(), purchase.purchaseDate());
		}
		addBenefits(scopes, result.benefits(), purchased);
		add(scopes, result);
	}

	/** Adds what the engine made of the actions and usage of no known partner. */
	public void addUnattributed(PartnerResult result) {
		addBenefits(List.of(Scope.GLOBAL), result.benefits(), Map.of());
		add(List.of(Scope.GLOBAL), result);
	}

	/** Adds a figure (a partition's, read back), to whatever this holds under its key. */
	public void add(WhatIfKey key, BigDecimal value) {
		this.figures.merge(key, value, BigDecimal::add);
	}

	/** Every figure, by month (a key's month is never null here). */
	public Map<WhatIfKey, BigDecimal> figures() {
		return Collections.unmodifiableMap(this.figures);
	}

	/** Purchases by experience and entitlement, in the month of the purchase. */
	private void addBenefits(List<Scope> scopes, List<BenefitRow> benefits, Map<String, LocalDate> purchased) {
		Set<String> counted = new HashSet<>();
		for (BenefitRow benefit : benefits) {
			LocalDate day = purchased.get(benefit.purchaseId());
			if (day == null) {
				throw new IllegalStateException("benefit " + benefit.benefitId() + " of no purchase of its partner");
			}
			YearMonth month = YearMonth.from(day);
			if (counted.add(benefit.purchaseId())) {
				String measure = MODERNIZED.equals(benefit.experience()) ? WhatIfMeasure.PURCHASES_MODERNIZED
						: WhatIfMeasure.PURCHASES_LEGACY;
				add(scopes, "", month, measure, BigDecimal.ONE);
			}
			add(scopes, benefit.currency(), month, WhatIfMeasure.ENTITLEMENT, benefit.entitlement());
		}
	}

	private void add(List<Scope> scopes, PartnerResult result) {
		for (EventRow event : result.events()) {
			String measure = measure(event);
			if (measure != null) {
				add(scopes, event.currency(), YearMonth.from(event.date()), measure, event.amount());
			}
		}
		for (DecisionRow decision : result.decisions()) {
			if (!decision.accepted()) {
				YearMonth month = YearMonth.from(decision.at().atZone(ZoneOffset.UTC));
				add(scopes, "", month, WhatIfMeasure.rejected(decision.reasonCode()), BigDecimal.ONE);
				if (MOVES.contains(decision.action())) {
					add(scopes, "", month, WhatIfMeasure.BLOCKED_MOVES, BigDecimal.ONE);
				}
			}
		}
		for (ConsumptionRow consumption : result.consumption()) {
			if (ELIGIBLE.equals(consumption.classification())) {
				add(scopes, consumption.currency(), consumption.month(), WhatIfMeasure.UNCOVERED_ELIGIBLE,
						consumption.uncovered());
			}
		}
	}

	/** The measure of a lot event; none for an adjustment (W1 does not report them). */
	private static String measure(EventRow event) {
		return switch (event.eventType()) {
			case NEW_CREDIT -> WhatIfMeasure.GRANTED;
			case SETTLED_CHARGES -> WhatIfMeasure.CHARGED;
			case CREDIT_LAPSED -> WhatIfMeasure.LAPSED;
			case CREDIT_EXPIRED -> WhatIfMeasure.EXPIRED;
			case CREDIT_REVOKED -> WhatIfMeasure.REVOKED;
			case ADJUSTMENT -> null;
		};
	}

	private void add(List<Scope> scopes, String currency, YearMonth month, String measure, BigDecimal value) {
		for (Scope scope : scopes) {
			add(new WhatIfKey(scope.type, scope.id, currency, month, measure), value);
		}
	}

	private record Scope(String type, String id) {

		static final Scope GLOBAL = new Scope(WhatIfKey.GLOBAL, WhatIfKey.GLOBAL);

	}

}
