package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * whatif.csv or whatif-monthly.csv read back (rule W1): each row's three figures by its
 * key, in file order. Reading checks the header and that no key repeats.
 */
final class WhatIfRows {

	static final List<String> HEADER = List.of("scenario", "scope_type", "scope_id", "currency", "measure", "value",
			"baseline", "delta");

	static final List<String> MONTHLY_HEADER = List.of("scenario", "scope_type", "scope_id", "currency", "month",
			"measure", "value", "baseline", "delta");

	static final String BASELINE = "baseline";

	/** The measures counted, whatever the currency (its cell blank). */
	static final List<String> COUNTS = List.of("purchases_legacy", "purchases_modernized", "blocked_moves");

	static final String REJECTED = "rejected:";

	/** The measures summed per currency. */
	static final List<String> AMOUNTS = List.of("entitlement", "granted", "charged", "lapsed", "expired", "revoked",
			"uncovered_eligible");

	/** The text order of the files' sort keys: code points, as String.compareTo. */
	static final Comparator<Key> ORDER = Comparator.comparing(Key::scenario)
		.thenComparing(Key::scopeType)
		.thenComparing(Key::scopeId)
		.thenComparing(Key::currency)
		.thenComparing(Key::month)
		.thenComparing(Key::measure);

	private WhatIfRows() {
	}

	/** whatif.csv: its rows by key (month blank), in file order. */
	static Map<Key, Figures> totals(Path out) {
		return read(out.resolve("whatif.csv"), HEADER);
	}

	/** whatif-monthly.csv: its rows by key, in file order. */
	static Map<Key, Figures> monthly(Path out) {
		return read(out.resolve("whatif-monthly.csv"), MONTHLY_HEADER);
	}

	private static Map<Key, Figures> read(Path file, List<String> header) {
		List<String> lines = RunCommand.lines(file);
		assertThat(lines).as(file.toString()).isNotEmpty();
		assertThat(lines.get(0)).as(file + ": header").isEqualTo(String.join(",", header));
		Map<Key, Figures> rows = new LinkedHashMap<>();
		for (Map<String, String> row : RunCommand.rows(file)) {
			Key key = new Key(row.get("scenario"), row.get("scope_type"), row.get("scope_id"), row.get("currency"),
					row.getOrDefault("month", ""), row.get("measure"));
			Figures previous = rows.put(key, new Figures(row.get("value"), row.get("baseline"), row.get("delta")));
			assertThat(previous).as(file + ": a second row for " + key).isNull();
		}
		return rows;
	}

	/** The rows of one scenario, keyed without their scenario. */
	static Map<Key, Figures> scenario(Map<Key, Figures> rows, String scenario) {
		Map<Key, Figures> of = new LinkedHashMap<>();
		rows.forEach((key, figures) -> {
			if (key.scenario().equals(scenario)) {
				of.put(key.withScenario(""), figures);
			}
		});
		return of;
	}

	/** The rows' keys, in file order. */
	static List<Key> keys(Map<Key, Figures> rows) {
		return new ArrayList<>(rows.keySet());
	}

	/**
	 * What is wrong with the rows of either file, as written: out of text order; a count
	 * with a currency or not a whole number; an amount without a currency or not at its
	 * currency's minor unit; a delta other than value − baseline; a baseline row whose
	 * value is not its baseline; in whatif.csv a measure missing (the file is dense), in
	 * whatif-monthly.csv a row of zeros (it is sparse) or a month not {@code yyyy-MM}.
	 */
	static List<String> shapeProblems(Map<Key, Figures> rows, boolean monthly) {
		List<String> problems = new ArrayList<>();
		List<Key> keys = keys(rows);
		for (int i = 1; i < keys.size(); i++) {
			if (ORDER.compare(keys.get(i - 1), keys.get(i)) >= 0) {
				problems.add("out of order: " + keys.get(i - 1) + " before " + keys.get(i));
			}
		}
		rows.forEach((key, figures) -> problems.addAll(rowProblems(key, figures, monthly)));
		if (!monthly) {
			problems.addAll(missingMeasures(rows.keySet()));
		}
		return problems;
	}

	private static List<String> rowProblems(Key key, Figures figures, boolean monthly) {
		List<String> problems = new ArrayList<>();
		String number = key.isCount() ? "-?\\d+" : "-?\\d+(\\.\\d+)?";
		for (String cell : List.of(figures.value(), figures.baseline(), figures.delta())) {
			if (!cell.matches(number)) {
				problems.add(key + ": not a " + (key.isCount() ? "count" : "plain amount") + ": " + figures);
				return problems;
			}
		}
		if (key.isCount() != key.currency().isEmpty()) {
			problems.add(key + ": a count has no currency, an amount has one");
		}
		else if (!key.isCount()) {
			int digits = Currency.getInstance(key.currency()).getDefaultFractionDigits();
			if (figures.valueAmount().scale() != digits || figures.baselineAmount().scale() != digits
					|| figures.deltaAmount().scale() != digits) {
				problems.add(key + ": not " + digits + " digits after the point: " + figures);
			}
		}
		if (figures.deltaAmount().compareTo(figures.valueAmount().subtract(figures.baselineAmount())) != 0) {
			problems.add(key + ": delta is not value - baseline: " + figures);
		}
		if (key.scenario().equals(BASELINE) && !figures.value().equals(figures.baseline())) {
			problems.add(key + ": a baseline row with another value than its baseline: " + figures);
		}
		if (monthly && !key.month().matches("\\d{4}-\\d{2}")) {
			problems.add(key + ": month is not yyyy-MM");
		}
		if (monthly && figures.valueAmount().signum() == 0 && figures.baselineAmount().signum() == 0) {
			problems.add(key + ": a monthly row of zeros");
		}
		if (!key.measure()
			.matches("purchases_legacy|purchases_modernized|blocked_moves|rejected:[A-Z_]+|"
					+ String.join("|", AMOUNTS))) {
			problems.add(key + ": no measure of W1");
		}
		if (!key.scopeType().matches("GLOBAL|REGION|COUNTRY")
				|| key.scopeType().equals("GLOBAL") != key.scopeId().equals("GLOBAL")) {
			problems.add(key + ": scope");
		}
		return problems;
	}

	/**
	 * whatif.csv is dense: every count measure (those of W1 and every rejected reason
	 * that occurs) for every scope and scenario, every amount measure for every (scope,
	 * currency) and scenario.
	 */
	private static List<String> missingMeasures(Set<Key> keys) {
		Set<String> scenarios = new TreeSet<>();
		Set<List<String>> scopes = new LinkedHashSet<>();
		Set<List<String>> scopeCurrencies = new LinkedHashSet<>();
		Set<String> counts = new TreeSet<>(COUNTS);
		for (Key key : keys) {
			scenarios.add(key.scenario());
			scopes.add(List.of(key.scopeType(), key.scopeId()));
			if (!key.currency().isEmpty()) {
				scopeCurrencies.add(List.of(key.scopeType(), key.scopeId(), key.currency()));
			}
			if (key.measure().startsWith(REJECTED)) {
				counts.add(key.measure());
			}
		}
		List<String> missing = new ArrayList<>();
		for (String scenario : scenarios) {
			for (List<String> scope : scopes) {
				for (String measure : counts) {
					Key key = new Key(scenario, scope.get(0), scope.get(1), "", "", measure);
					if (!keys.contains(key)) {
						missing.add("missing: " + key);
					}
				}
			}
			for (List<String> scope : scopeCurrencies) {
				for (String measure : AMOUNTS) {
					Key key = new Key(scenario, scope.get(0), scope.get(1), scope.get(2), "", measure);
					if (!keys.contains(key)) {
						missing.add("missing: " + key);
					}
				}
			}
		}
		return missing;
	}

	/**
	 * Where whatif-monthly.csv, summed over months, differs from whatif.csv (a row of
	 * whatif.csv with no month sums to zero).
	 */
	static List<String> monthlySumProblems(Map<Key, Figures> totals, Map<Key, Figures> monthly) {
		Map<Key, BigDecimal[]> sums = new LinkedHashMap<>();
		monthly.forEach((key, figures) -> {
			BigDecimal[] sum = sums.computeIfAbsent(key.withoutMonth(),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(figures.valueAmount());
			sum[1] = sum[1].add(figures.baselineAmount());
			sum[2] = sum[2].add(figures.deltaAmount());
		});
		List<String> problems = new ArrayList<>();
		for (Key key : sums.keySet()) {
			if (!totals.containsKey(key)) {
				problems.add(key + ": in whatif-monthly.csv, not in whatif.csv");
			}
		}
		totals.forEach((key, figures) -> {
			BigDecimal[] sum = sums.getOrDefault(key,
					new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			if (sum[0].compareTo(figures.valueAmount()) != 0 || sum[1].compareTo(figures.baselineAmount()) != 0
					|| sum[2].compareTo(figures.deltaAmount()) != 0) {
				problems.add(key + ": whatif.csv " + figures + ", the months add up to " + sum[0] + ", " + sum[1] + ", "
						+ sum[2]);
			}
		});
		return problems;
	}

	/** At most the first twenty problems, one a line, for an assertion's message. */
	static String firstOf(List<String> problems) {
		return problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size())));
	}

	/**
	 * One row's key.
	 *
	 * @param month {@code yyyy-MM} in whatif-monthly.csv; blank in whatif.csv
	 */
	record Key(String scenario, String scopeType, String scopeId, String currency, String month, String measure) {

		Key {
			Objects.requireNonNull(scenario, "scenario");
			Objects.requireNonNull(scopeType, "scopeType");
			Objects.requireNonNull(scopeId, "scopeId");
			Objects.requireNonNull(currency, "currency");
			Objects.requireNonNull(month, "month");
			Objects.requireNonNull(measure, "measure");
		}

		Key withScenario(String name) {
			return new Key(name, this.scopeType, this.scopeId, this.currency, this.month, this.measure);
		}

		Key withoutMonth() {
			return new Key(this.scenario, this.scopeType, this.scopeId, this.currency, "", this.measure);
		}

		boolean isCount() {
			return COUNTS.contains(this.measure) || this.measure.startsWith(REJECTED);
		}

		@Override
		public String toString() {
			return String.join("|", this.scenario, this.scopeType, this.scopeId, this.currency, this.month,
					this.measure);
		}

	}

	/** A row's value, baseline and delta as written. */
	record Figures(String value, String baseline, String delta) {

		BigDecimal valueAmount() {
			return new BigDecimal(this.value);
		}

		BigDecimal baselineAmount() {
			return new BigDecimal(this.baseline);
		}

		BigDecimal deltaAmount() {
			return new BigDecimal(this.delta);
		}

		boolean changed() {
			return deltaAmount().signum() != 0;
		}

	}

}
