package com.creditsrecon.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.whatif.WhatIfComparison;
import com.creditsrecon.model.whatif.WhatIfKey;
import com.creditsrecon.model.whatif.WhatIfMeasure;
import com.creditsrecon.model.whatif.WhatIfTally;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.Rollout;

/** Rule W1: the what-if's figures, summed from the engine's results. */
class WhatIfRulesTests {

	private static final String AS_OF = "2026-06-30";

	/** A bulk and a monthly benefit on one offer, bought in March 2026, redeemed. */
	private static WorldBuilder twoBenefits() {
		return WorldBuilder.modernized()
			.offer("O", "BULK", BenefitType.AZURE_BULK, "1000.00", "USD", null)
			.offer("O", "MONTH", BenefitType.AZURE_MONTHLY, "100.00", "USD", null)
			.purchase("PU1", "O", "2026-03-10", "2027-03-10")
			.redeem("2026-03-20T10:00:00Z", "PU1-BULK", "BP1")
			.usage("SUB1", "BP1", "2026-04-02", "USD", "40.00");
	}

	private static Map<WhatIfKey, BigDecimal> totals(WorldBuilder world) {
		WhatIfTally tally = new WhatIfTally();
		tally.addPartner(world.world(), world.run(AS_OF));
		Map<WhatIfKey, BigDecimal> totals = new HashMap<>();
		tally.figures().forEach((key, value) -> totals.merge(key.total(), value, BigDecimal::add));
		return totals;
	}

	private static BigDecimal figure(Map<WhatIfKey, BigDecimal> figures, String scopeType, String scopeId,
			String currency, String measure) {
		return figures.getOrDefault(new WhatIfKey(scopeType, scopeId, currency, null, measure), BigDecimal.ZERO);
	}

	@Test
	@DisplayName("W1: a purchase counts once by its experience, however many benefits it has, with their entitlement")
	void ruleW1_purchaseCountsOnceWithItsEntitlement() {
		WorldBuilder world = twoBenefits();
		Map<WhatIfKey, BigDecimal> totals = totals(world);
		PartnerResult result = world.run(AS_OF);
		assertEquals(2, result.benefits().size());
		for (String[] scope : new String[][] { { "GLOBAL", "GLOBAL" }, { "REGION", "NA" }, { "COUNTRY", "US" } }) {
			assertEquals(0, BigDecimal.ONE
				.compareTo(figure(totals, scope[0], scope[1], "", WhatIfMeasure.PURCHASES_MODERNIZED)));
			assertEquals(0, figure(totals, scope[0], scope[1], "", WhatIfMeasure.PURCHASES_LEGACY).signum());
			assertEquals(0, sum(result.benefits(), BenefitRow::entitlement)
				.compareTo(figure(totals, scope[0], scope[1], "USD", WhatIfMeasure.ENTITLEMENT)));
			assertEquals(0, sum(result.benefits(), BenefitRow::granted)
				.compareTo(figure(totals, scope[0], scope[1], "USD", WhatIfMeasure.GRANTED)));
			assertEquals(0, sum(result.benefits(), BenefitRow::charged)
				.compareTo(figure(totals, scope[0], scope[1], "USD", WhatIfMeasure.CHARGED)));
		}
	}

	@Test
	@DisplayName("W1: the same purchase before the rollout date counts as legacy")
	void ruleW1_purchaseBeforeTheRolloutIsLegacy() {
		Map<WhatIfKey, BigDecimal> totals = totals(twoBenefits().rollout("US", "2026-04-01"));
		assertEquals(0, BigDecimal.ONE.compareTo(figure(totals, "COUNTRY", "US", "", WhatIfMeasure.PURCHASES_LEGACY)));
		assertEquals(0, figure(totals, "COUNTRY", "US", "", WhatIfMeasure.PURCHASES_MODERNIZED).signum());
	}

	@Test
	@DisplayName("W1: purchases and entitlement fall in the purchase's month, charges in the month they settle")
	void ruleW1_monthsOfPurchasesAndCharges() {
		WorldBuilder world = twoBenefits();
		WhatIfTally tally = new WhatIfTally();
		tally.addPartner(world.world(), world.run(AS_OF));
		YearMonth march = YearMonth.of(2026, 3);
		assertEquals(0, BigDecimal.ONE.compareTo(
				tally.figures().get(new WhatIfKey("GLOBAL", "GLOBAL", "", march, WhatIfMeasure.PURCHASES_MODERNIZED))));
		assertEquals(0, new BigDecimal("2200.00").compareTo(
				tally.figures().get(new WhatIfKey("GLOBAL", "GLOBAL", "USD", march, WhatIfMeasure.ENTITLEMENT))));
		assertEquals(0, new BigDecimal("40.00").compareTo(tally.figures()
			.get(new WhatIfKey("GLOBAL", "GLOBAL", "USD", YearMonth.of(2026, 4), WhatIfMeasure.CHARGED))));
	}

	@Test
	@DisplayName("W1: a partner without a region counts under a blank REGION scope")
	void ruleW1_partnerWithoutRegion() {
		WorldBuilder world = twoBenefits().partner(new Partner("P1", "Contoso", "MX", "", List.of("contoso.com")));
		Map<WhatIfKey, BigDecimal> totals = totals(world);
		assertEquals(0, BigDecimal.ONE.compareTo(figure(totals, "REGION", "", "", WhatIfMeasure.PURCHASES_LEGACY)));
		assertEquals(0, BigDecimal.ONE.compareTo(figure(totals, "COUNTRY", "MX", "", WhatIfMeasure.PURCHASES_LEGACY)));
	}

	@Test
	@DisplayName("W1: rejected actions count by reason code, rejected moves as blocked moves, in the action's month")
	void ruleW1_rejectionsAndBlockedMoves() {
		WorldBuilder world = twoBenefits().subscription("SUB1", "BP1")
			.profile("BP2", "BA1", "MCA_STANDARD", "USD", true)
			.action("2026-04-05T09:00:00Z", "MOVE_SUBSCRIPTION", WorldBuilder.ADMIN, null, null, "SUB1", null, "BP2",
					null)
			.redeem("2026-05-01T09:00:00Z", "PU1-MONTH", "BP9");
		PartnerResult result = world.run(AS_OF);
		List<String> reasons = Rows.reasons(result);
		WhatIfTally tally = new WhatIfTally();
		tally.addPartner(world.world(), result);
		assertTrue(reasons.contains("SUBSCRIPTION_MOVE_BLOCKED"), reasons.toString());
		assertEquals(0, BigDecimal.ONE.compareTo(tally.figures()
			.get(new WhatIfKey("COUNTRY", "US", "", YearMonth.of(2026, 4), WhatIfMeasure.BLOCKED_MOVES))));
		assertEquals(0,
				BigDecimal.ONE.compareTo(tally.figures()
					.get(new WhatIfKey("COUNTRY", "US", "", YearMonth.of(2026, 4),
							WhatIfMeasure.rejected("SUBSCRIPTION_MOVE_BLOCKED")))));
		long rejected = result.decisions().stream().filter(d -> !d.accepted()).count();
		BigDecimal counted = tally.figures()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().scopeType().equals("GLOBAL") && WhatIfMeasure.isRejected(e.getKey().measure()))
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(rejected, counted.longValueExact());
	}

	@Test
	@DisplayName("W1: what belongs to no partner counts under GLOBAL only")
	void ruleW1_unattributedCountsUnderGlobalOnly() {
		WorldBuilder world = twoBenefits();
		PartnerResult result = Simulation.runUnattributed(world.world().actions(), world.world().usage(),
				world.scenario(AS_OF));
		WhatIfTally tally = new WhatIfTally();
		tally.addUnattributed(result);
		assertFalse(tally.figures().isEmpty());
		assertTrue(tally.figures().keySet().stream().allMatch(key -> key.scopeType().equals("GLOBAL")));
	}

	/**
	 * Over generated partners: every total of a scenario is the sum of the engine's own
	 * rows, the months add up to the totals, GLOBAL, REGION and COUNTRY agree for one
	 * partner, a scenario identical to the baseline has no delta, and a date moved for
	 * another country changes nothing.
	 */
	@Test
	@DisplayName("W1 (property, 300 generated partners): figures are the results' sums; an identical or unrelated scenario has zero deltas")
	void ruleW1_propertyOverGeneratedPartners() {
		for (long seed = 1; seed <= 300; seed++) {
			RandomWorld random = RandomWorld.of(seed);
			Scenario baseline = random.scenario();
			PartnerResult result = Simulation.run(random.world(), baseline);
			WhatIfTally tally = new WhatIfTally();
			tally.addPartner(random.world(), result);
			Map<WhatIfKey, BigDecimal> totals = new HashMap<>();
			tally.figures().forEach((key, value) -> totals.merge(key.total(), value, BigDecimal::add));
			String country = random.world().partner().country();
			for (String currency : List.of("USD", "EUR", "JPY")) {
				List<BenefitRow> benefits = result.benefits()
					.stream()
					.filter(b -> b.currency().equals(currency))
					.toList();
				assertEquals(0, sum(benefits, BenefitRow::revoked)
					.compareTo(figure(totals, "COUNTRY", country, currency, WhatIfMeasure.REVOKED)), "seed " + seed);
				assertEquals(0, sum(benefits, BenefitRow::lapsed)
					.compareTo(figure(totals, "GLOBAL", "GLOBAL", currency, WhatIfMeasure.LAPSED)), "seed " + seed);
				assertEquals(0, sum(benefits, BenefitRow::expired)
					.compareTo(figure(totals, "GLOBAL", "GLOBAL", currency, WhatIfMeasure.EXPIRED)), "seed " + seed);
			}
			Scenario unrelated = new Scenario(baseline.policy(),
					new Rollout(Map.of(country, dateOf(baseline, random), "ZZ", LocalDate.parse("2025-01-01"))),
					baseline.offers(), baseline.asOf());
			WhatIfTally other = new WhatIfTally();
			other.addPartner(random.world(), Simulation.run(random.world(), unrelated));
			List<WhatIfComparison.Row> rows = new WhatIfComparison(
					Map.of(WhatIfComparison.BASELINE, tally.figures(), "same", tally.figures(), "zz", other.figures()))
				.totals();
			for (WhatIfComparison.Row row : rows) {
				assertEquals(0, row.delta().signum(), "seed " + seed + ": " + row);
				if (!row.key().scopeType().equals("GLOBAL")) {
					WhatIfKey global = new WhatIfKey("GLOBAL", "GLOBAL", row.key().currency(), null,
							row.key().measure());
					assertEquals(0, totals.getOrDefault(global, BigDecimal.ZERO).compareTo(row.value()),
							"seed " + seed + ": " + row);
				}
			}
		}
	}

	/** The partner's own rollout date in the baseline (its country's entry). */
	private static LocalDate dateOf(Scenario baseline, RandomWorld random) {
		return baseline.rollout().dateFor(random.world().partner()).orElse(LocalDate.parse("2099-01-01"));
	}

	@Test
	@DisplayName("W1: whatif.csv's rows are complete and sorted in code point order; the months keep only what is not zero")
	void ruleW1_comparisonRows() {
		YearMonth may = YearMonth.of(2026, 5);
		Map<WhatIfKey, BigDecimal> baseline = Map.of(new WhatIfKey("COUNTRY", "DE", "EUR", may, WhatIfMeasure.GRANTED),
				new BigDecimal("10.00"),
				new WhatIfKey("COUNTRY", "DE", "", may, WhatIfMeasure.rejected("WRONG_EXPERIENCE")), BigDecimal.ONE);
		Map<WhatIfKey, BigDecimal> early = Map.of(new WhatIfKey("COUNTRY", "DE", "EUR", may, WhatIfMeasure.GRANTED),
				new BigDecimal("25.00"));
		WhatIfComparison comparison = new WhatIfComparison(Map.of("early", early, WhatIfComparison.BASELINE, baseline));
		List<WhatIfComparison.Row> rows = comparison.totals();
		int perScenario = WhatIfMeasure.COUNTS.size() + 1 + WhatIfMeasure.AMOUNTS.size();
		assertEquals(2 * perScenario, rows.size());
		assertEquals(WhatIfComparison.BASELINE, rows.get(0).scenario());
		assertEquals("early", rows.get(rows.size() - 1).scenario());
		List<String> order = new ArrayList<>();
		rows.forEach(row -> order.add(row.scenario() + "|" + row.key().currency() + "|" + row.key().measure()));
		assertEquals("baseline||blocked_moves", order.get(0));
		assertEquals("baseline||rejected:WRONG_EXPERIENCE", order.get(3));
		assertEquals("baseline|EUR|charged", order.get(4));
		WhatIfComparison.Row granted = rows.stream()
			.filter(r -> r.scenario().equals("early") && r.key().measure().equals(WhatIfMeasure.GRANTED))
			.findFirst()
			.orElseThrow();
		assertEquals(0, new BigDecimal("15.00").compareTo(granted.delta()));
		List<WhatIfComparison.Row> monthly = comparison.monthly();
		assertEquals(4, monthly.size(), monthly.toString());
		assertTrue(monthly.stream().allMatch(row -> row.key().month().equals(may)));
		assertThrows(IllegalArgumentException.class, () -> new WhatIfComparison(Map.of("early", early)));
	}

	private static BigDecimal sum(List<BenefitRow> rows, Function<BenefitRow, BigDecimal> column) {
		return rows.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
