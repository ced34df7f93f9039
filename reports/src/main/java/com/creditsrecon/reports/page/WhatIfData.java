package com.creditsrecon.reports.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the what-if page shows (rule W1): every row of {@code whatif.csv}, and of
 * {@code whatif-monthly.csv} only the GLOBAL rows, the only ones it charts, so that
 * memory grows with scopes and scenarios, never with months of every country. Figures are
 * kept as {@link Units}, counts as well as amounts.
 */
final class WhatIfData {

	static final String BASELINE = "baseline";

	static final String GLOBAL = "GLOBAL";

	static final String REGION = "REGION";

	static final String COUNTRY = "COUNTRY";

	/** The measures of rule W1 in the order the page shows them; rejected:* come last. */
	static final List<String> MEASURES = List.of("purchases_modernized", "purchases_legacy", "entitlement", "granted",
			"charged", "lapsed", "expired", "revoked", "uncovered_eligible", "blocked_moves");

	static final String REJECTED = "rejected:";

	/**
	 * The sum of every {@code rejected:<REASON_CODE>} of a scope: no reason has a star.
	 */
	static final String ALL_REJECTED = REJECTED + "*";

	private static final List<String> SCOPE_TYPES = List.of(GLOBAL, REGION, COUNTRY);

	/** Measures in the page's order: W1's list, then rejected:* and others by name. */
	static final Comparator<String> MEASURE_ORDER = Comparator
		.comparing((String measure) -> MEASURES.contains(measure) ? MEASURES.indexOf(measure) : MEASURES.size())
		.thenComparing(Comparator.naturalOrder());

	/** GLOBAL first, then regions, then countries. */
	static final Comparator<String> SCOPE_TYPE_ORDER = Comparator
		.comparing((String type) -> SCOPE_TYPES.contains(type) ? SCOPE_TYPES.indexOf(type) : SCOPE_TYPES.size())
		.thenComparing(Comparator.naturalOrder());

	/** One row of whatif.csv. */
	record Row(String scenario, String scopeType, String scopeId, String currency, String measure, long value,
			long baseline, long delta) {

		boolean isCount() {
			return this.currency.isEmpty();
		}

		Key key() {
			return new Key(this.scenario, this.scopeType, this.scopeId, this.currency, this.measure);
		}

	}

	record Key(String scenario, String scopeType, String scopeId, String currency, String measure) {
	}

	/** A line of a monthly chart: one measure of one scenario at GLOBAL. */
	record Series(String currency, String measure, String scenario) {
	}

	final List<Row> rows = new ArrayList<>();

	private final Map<Key, Row> byKey = new HashMap<>();

	/** GLOBAL only: month ({@code yyyy-MM}) to value. */
	final Map<Series, TreeMap<String, Long>> monthly = new HashMap<>();

	final TreeSet<String> months = new TreeSet<>();

	static WhatIfData read(Path folder) {
		WhatIfData data = new WhatIfData();
		CsvRows.forEach(folder.resolve("whatif.csv"),
				(row) -> data.add(new Row(row.text("scenario"), row.text("scope_type"), row.text("scope_id"),
						row.text("currency"), row.text("measure"), row.amount("value"), row.amount("baseline"),
						row.amount("delta"))));
		CsvRows.forEach(folder.resolve("whatif-monthly.csv"), (row) -> {
			if (GLOBAL.equals(row.get("scope_type"))) {
				String month = row.get("month");
				data.months.add(month);
				data.monthly
					.computeIfAbsent(new Series(row.text("currency"), row.text("measure"), row.text("scenario")),
							(k) -> new TreeMap<>())
					.merge(month, row.amount("value"), Long::sum);
			}
		});
		return data;
	}

	private void add(Row row) {
		this.rows.add(row);
		this.byKey.put(row.key(), row);
		if (row.measure().startsWith(REJECTED)) {
			Key all = new Key(row.scenario(), row.scopeType(), row.scopeId(), row.currency(), ALL_REJECTED);
			this.byKey.merge(all, new Row(all.scenario(), all.scopeType(), all.scopeId(), all.currency(), ALL_REJECTED,
					row.value(), row.baseline(), row.delta()), WhatIfData::sum);
		}
	}

	private static Row sum(Row a, Row b) {
		return new Row(a.scenario(), a.scopeType(), a.scopeId(), a.currency(), a.measure(), a.value() + b.value(),
				a.baseline() + b.baseline(), a.delta() + b.delta());
	}

	/** The row, or one of zeros when whatif.csv has none. */
	Row get(String scenario, String scopeType, String scopeId, String currency, String measure) {
		Row row = this.byKey.get(new Key(scenario, scopeType, scopeId, currency, measure));
		return (row != null) ? row : new Row(scenario, scopeType, scopeId, currency, measure, 0, 0, 0);
	}

	/** The scenarios other than the baseline, by name. */
	List<String> scenarios() {
		TreeSet<String> names = new TreeSet<>();
		this.rows.forEach((row) -> names.add(row.scenario()));
		names.remove(BASELINE);
		return List.copyOf(names);
	}

	/**
	 * The currencies of amounts, the main one first: the one most countries were granted
	 * credit in by the baseline, then by the baseline's credit granted. Amounts are
	 * compared only to break a tie: 52,180,000 JPY is no more than 9,877,900 USD.
	 */
	List<String> currencies() {
		Map<String, long[]> rank = new TreeMap<>();
		for (Row row : this.rows) {
			if (!row.isCount()) {
				long[] countriesAndGranted = rank.computeIfAbsent(row.currency(), (k) -> new long[2]);
				if (row.scenario().equals(BASELINE) && row.measure().equals("granted") && row.value() > 0) {
					countriesAndGranted[0] += row.scopeType().equals(COUNTRY) ? 1 : 0;
					countriesAndGranted[1] += row.scopeType().equals(GLOBAL) ? row.value() : 0;
				}
			}
		}
		return rank.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> -entry.getValue()[0])
				.thenComparingLong((entry) -> -entry.getValue()[1])
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The scope ids of one scope type, in text order. */
	List<String> scopes(String scopeType) {
		TreeSet<String> ids = new TreeSet<>();
		this.rows.stream().filter((row) -> row.scopeType().equals(scopeType)).forEach((row) -> ids.add(row.scopeId()));
		return List.copyOf(ids);
	}

	/**
	 * The measures of one currency (blank: the counts) at GLOBAL, in the page's order.
	 */
	List<String> globalMeasures(String currency) {
		return this.rows.stream()
			.filter((row) -> row.scopeType().equals(GLOBAL) && row.currency().equals(currency))
			.map(Row::measure)
			.distinct()
			.sorted(MEASURE_ORDER)
			.toList();
	}

	/** The reason codes of rejected actions that occur, in text order. */
	List<String> rejectedMeasures() {
		TreeSet<String> measures = new TreeSet<>();
		this.rows.stream()
			.filter((row) -> row.measure().startsWith(REJECTED))
			.forEach((row) -> measures.add(row.measure()));
		return List.copyOf(measures);
	}

	/** A measure as a program manager reads it. */
	static String label(String measure) {
		return switch (measure) {
			case "purchases_legacy" -> "Legacy purchases";
			case "purchases_modernized" -> "Modernized purchases";
			case "entitlement" -> "Entitlement";
			case "granted" -> "Credit granted";
			case "charged" -> "Charged";
			case "lapsed" -> "Lapsed";
			case "expired" -> "Expired";
			case "revoked" -> "Revoked";
			case "uncovered_eligible" -> "Eligible usage not covered";
			case "blocked_moves" -> "Blocked moves";
			case ALL_REJECTED -> "Rejected actions";
			default -> measure.startsWith(REJECTED) ? "Rejected: " + measure.substring(REJECTED.length()) : measure;
		};
	}

	/** A scope as the page names it: Global, Region EMEA, Country DE. */
	static String scope(String scopeType, String scopeId) {
		String id = scopeId.isEmpty() ? "(none)" : scopeId;
		return switch (scopeType) {
			case GLOBAL -> "Global";
			case REGION -> "Region " + id;
			case COUNTRY -> "Country " + id;
			default -> scopeType + " " + id;
		};
	}

}
