package com.creditsrecon.model.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.creditsrecon.model.text.CodePoints;

/**
 * Every scenario's figures beside the baseline's (rule W1): the rows of whatif.csv, one
 * per scenario, scope, currency and measure, and those of whatif-monthly.csv. The totals
 * are complete, so that a pivot table finds every measure in every scope (zero where
 * nothing happened); the months show only what happened in the scenario or the baseline.
 */
public final class WhatIfComparison {

	/** The scenario of the input's own rollout and policy. */
	public static final String BASELINE = "baseline";

	/** Scenario name to its figures by month, in name order. */
	private final Map<String, Map<WhatIfKey, BigDecimal>> monthly = new TreeMap<>(CodePoints.ORDER);

	/**
	 * @param byScenario each scenario's figures by month ({@link WhatIfTally#figures()}),
	 * the baseline's under {@link #BASELINE}
	 */
	public WhatIfComparison(Map<String, Map<WhatIfKey, BigDecimal>> byScenario) {
		if (!byScenario.containsKey(BASELINE)) {
			throw new IllegalArgumentException("no baseline among " + byScenario.keySet());
		}
		this.monthly.putAll(byScenario);
	}

	/** A scenario's figure beside the baseline's. */
	public record Row(String scenario, WhatIfKey key, BigDecimal value, BigDecimal baseline) {

		public BigDecimal delta() {
			return this.value.subtract(this.baseline);
		}

	}

	/** whatif.csv: every measure of every scope that occurs in any scenario, sorted. */
	public List<Row> totals() {
		Map<String, Map<WhatIfKey, BigDecimal>> totals = new TreeMap<>(CodePoints.ORDER);
		this.monthly.forEach((scenario, figures) -> {
			Map<WhatIfKey, BigDecimal> summed = new HashMap<>();
			figures.forEach((key, value) -> summed.merge(key.total(), value, BigDecimal::add));
			totals.put(scenario, summed);
		});
		return rows(totals, completeKeys(totals), false);
	}

	/**
	 * whatif-monthly.csv: every month's figure that is not zero in the scenario or the
	 * baseline.
	 */
	public List<Row> monthly() {
		Set<WhatIfKey> keys = new TreeSet<>(WhatIfKey.ORDER);
		this.monthly.values().forEach(figures -> keys.addAll(figures.keySet()));
		return rows(this.monthly, keys, true);
	}

	private static List<Row> rows(Map<String, Map<WhatIfKey, BigDecimal>> byScenario, Set<WhatIfKey> keys,
			boolean skipZeros) {
		Map<WhatIfKey, BigDecimal> baseline = byScenario.get(BASELINE);
		List<Row> rows = new ArrayList<>();
		byScenario.forEach((scenario, figures) -> {
			for (WhatIfKey key : keys) {
				BigDecimal value = figures.getOrDefault(key, BigDecimal.ZERO);
				BigDecimal base = baseline.getOrDefault(key, BigDecimal.ZERO);
				if (!skipZeros || value.signum() != 0 || base.signum() != 0) {
					rows.add(new Row(scenario, key, value, base));
				}
			}
		});
		return rows;
	}

	/**
	 * Each scope that occurs: every count and every rejection reason that occurs
	 * anywhere; each (scope, currency) that occurs: every amount.
	 */
	private static Set<WhatIfKey> completeKeys(Map<String, Map<WhatIfKey, BigDecimal>> totals) {
		Set<String> counts = new TreeSet<>(CodePoints.ORDER);
		counts.addAll(WhatIfMeasure.COUNTS);
		Set<WhatIfKey> scopes = new TreeSet<>(WhatIfKey.ORDER);
		for (Map<WhatIfKey, BigDecimal> figures : totals.values()) {
			for (WhatIfKey key : figures.keySet()) {
				if (WhatIfMeasure.isRejected(key.measure())) {
					counts.add(key.measure());
				}
				scopes.add(new WhatIfKey(key.scopeType(), key.scopeId(), "", null, ""));
				if (!key.isCount()) {
					scopes.add(key.withMeasure(""));
				}
			}
		}
		Set<WhatIfKey> keys = new TreeSet<>(WhatIfKey.ORDER);
		for (WhatIfKey scope : scopes) {
			for (String measure : scope.isCount() ? counts : WhatIfMeasure.AMOUNTS) {
				keys.add(scope.withMeasure(measure));
			}
		}
		return keys;
	}

}
