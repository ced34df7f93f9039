package com.creditsrecon.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * rollout.csv: the day each country or region switches to the modernized experience,
 * placed at fixed shares of the simulated window so that purchases before (LEGACY) and
 * after (MODERNIZED) occur by country and by region (rules X1, X2). AMER has no entry, so
 * Canada and Brazil stay legacy; the Netherlands switched before the window started;
 * partners without a region in a country without an entry stay legacy too.
 */
final class RolloutSchedule {

	/** Scope to first modernized day, in the order rollout.csv lists them. */
	private final Map<String, LocalDate> byScope = new LinkedHashMap<>();

	RolloutSchedule(Timeframe timeframe) {
		this.byScope.put("DE", timeframe.dayAt(300));
		this.byScope.put("GB", timeframe.dayAt(400));
		this.byScope.put("US", timeframe.dayAt(500));
		this.byScope.put("JP", timeframe.dayAt(550));
		this.byScope.put("NL", timeframe.start().minusDays(45));
		this.byScope.put("EMEA", timeframe.dayAt(450));
		this.byScope.put("APAC", timeframe.dayAt(650));
	}

	/** Rule X1: the country's entry, else the region's, else none (null). */
	LocalDate dateFor(String country, String region) {
		LocalDate date = this.byScope.get(country);
		if (date == null && !region.isEmpty()) {
			date = this.byScope.get(region);
		}
		return date;
	}

	/** The rows of rollout.csv: scope, modernized_from. */
	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		this.byScope.forEach((scope, day) -> rows.add(List.of(scope, day.toString())));
		return rows;
	}

}
