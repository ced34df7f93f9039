package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.jobs.WhatIfRows.Figures;
import com.creditsrecon.jobs.WhatIfRows.Key;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule W1 as a property over generated worlds: for every scenario of a what-if run, each
 * figure of whatif.csv and whatif-monthly.csv is what a plain {@code run} with the
 * scenario's rollout ({@code --rollout}) and policy ({@code --policy}, on top of the
 * input's policy.properties as the scenario's own file is) gives, totalled from that
 * run's CSV files by {@link PlainRunFigures}. Each world is generated, run as a what-if
 * and run plainly once per scenario, once for the whole class. A failure names the
 * world's seed: {@code generate --seed S} with the same partners and usage rows replays
 * it.
 */
class WhatIfPropertyTests {

	/**
	 * The worlds: seed, partners, usage rows, the input's own policy.properties (or
	 * null), and the policy file of the scenario that changes only the policy.
	 */
	private static final List<WorldSpec> WORLDS = List.of(
			new WorldSpec(20261401L, 40, 3000, null, "provisioning-delay-days=20\nmax-reassignments=1\n"),
			new WorldSpec(20261402L, 50, 4000, "monthly-period=CALENDAR\n", "application-order=OLDEST_FIRST\n"),
			new WorldSpec(20261403L, 60, 5000, null, "savings-plans-covered=true\nprovisioning-delay-days=0\n"));

	private static final Map<Long, World> BUILT = new TreeMap<>();

	@TempDir
	static Path temp;

	static Stream<Long> seeds() {
		return WORLDS.stream().map(WorldSpec::seed);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	@DisplayName("rule W1: every figure of whatif.csv equals the total of a plain run with the scenario's rollout and policy")
	void everyFigureEqualsAPlainRunsTotal(long seed) {
		// given
		World world = world(seed);

		// when
		Map<Key, Figures> rows = WhatIfRows.totals(world.out());

		// then
		assertThat(rows.keySet().stream().map(Key::scenario).distinct())
			.as("seed %d: the scenarios of whatif.csv", seed)
			.containsExactlyInAnyOrderElementsOf(world.runs().keySet());
		List<String> problems = new ArrayList<>();
		world.runs()
			.forEach((scenario, run) -> compareWithPlainRuns(scenario, WhatIfRows.scenario(rows, scenario), run,
					world.runs().get(WhatIfRows.BASELINE), PlainRunFigures::totals, problems));
		assertThat(problems).as("seed %d: %s", seed, WhatIfRows.firstOf(problems)).isEmpty();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	@DisplayName("rule W1: whatif-monthly.csv summed over months equals whatif.csv, and each month equals the plain run's")
	void monthlyFiguresEqualPlainRunsAndAddUpToTheTotals(long seed) {
		// given
		World world = world(seed);

		// when
		Map<Key, Figures> totals = WhatIfRows.totals(world.out());
		Map<Key, Figures> monthly = WhatIfRows.monthly(world.out());

		// then
		List<String> problems = new ArrayList<>(WhatIfRows.monthlySumProblems(totals, monthly));
		world.runs()
			.forEach((scenario, run) -> compareWithPlainRuns(scenario, WhatIfRows.scenario(monthly, scenario), run,
					world.runs().get(WhatIfRows.BASELINE), PlainRunFigures::monthly, problems));
		assertThat(problems).as("seed %d: %s", seed, WhatIfRows.firstOf(problems)).isEmpty();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	@DisplayName("rule W1: whatif.csv is dense and whatif-monthly.csv sparse, both in text order, counts whole and amounts at their currency's digits")
	void filesAreDenseSortedAndWritten(long seed) {
		// given
		World world = world(seed);

		// when
		List<String> problems = new ArrayList<>(WhatIfRows.shapeProblems(WhatIfRows.totals(world.out()), false));
		problems.addAll(WhatIfRows.shapeProblems(WhatIfRows.monthly(world.out()), true));

		// then
		assertThat(problems).as("seed %d: %s", seed, WhatIfRows.firstOf(problems)).isEmpty();
		// and the scenarios make a difference: the property is not about zeros only
		assertThat(WhatIfRows.totals(world.out()).values()).as("seed %d: a delta that is not 0", seed)
			.anyMatch(Figures::changed);
	}

	/**
	 * Every figure the plain runs have (the scenario's or the baseline's) has its row,
	 * and every row holds the plain runs' figures.
	 * @param figures the totals or the months of a plain run
	 */
	private static void compareWithPlainRuns(String scenario, Map<Key, Figures> rows, PlainRunFigures run,
			PlainRunFigures baseline, Function<PlainRunFigures, Map<Key, BigDecimal>> figures, List<String> problems) {
		Map<Key, BigDecimal> expected = figures.apply(run);
		Map<Key, BigDecimal> expectedBaseline = figures.apply(baseline);
		for (Key key : union(expected.keySet(), expectedBaseline.keySet())) {
			if (!rows.containsKey(key)) {
				problems.add(scenario + ": no row for " + key + " (plain runs: " + expected.get(key) + ", baseline "
						+ expectedBaseline.get(key) + ")");
			}
		}
		rows.forEach(
				(key, row) -> compare(scenario, key, row, expected.getOrDefault(key.withScenario(""), BigDecimal.ZERO),
						expectedBaseline.getOrDefault(key.withScenario(""), BigDecimal.ZERO), problems));
	}

	private static void compare(String scenario, Key key, Figures figures, BigDecimal expected,
			BigDecimal expectedBaseline, List<String> problems) {
		BigDecimal value = figures.valueAmount();
		BigDecimal base = figures.baselineAmount();
		if (value.compareTo(expected) != 0 || base.compareTo(expectedBaseline) != 0
				|| figures.deltaAmount().compareTo(expected.subtract(expectedBaseline)) != 0) {
			problems.add(scenario + ": " + key + ": whatif " + figures + ", plain runs " + expected + " and baseline "
					+ expectedBaseline);
		}
	}

	private static Set<Key> union(Set<Key> one, Set<Key> other) {
		Set<Key> all = new TreeSet<>(WhatIfRows.ORDER);
		all.addAll(one);
		all.addAll(other);
		return all;
	}

	private static synchronized World world(long seed) {
		return BUILT.computeIfAbsent(seed, s -> build(WORLDS.stream().filter(w -> w.seed() == s).findFirst().get()));
	}

	/**
	 * Generates the world, writes its scenarios, runs the what-if, then one plain run per
	 * scenario at the what-if's as-of, on a copy without reported extracts (nothing to
	 * reconcile).
	 */
	private static World build(WorldSpec spec) {
		String seed = "seed " + spec.seed() + ": ";
		Path folder = temp.resolve("world-" + spec.seed());
		Path input = folder.resolve("input");
		RunCommand generated = RunCommand.run("generate", "--out", input.toString(), "--partners",
				String.valueOf(spec.partners()), "--usage-rows", String.valueOf(spec.usageRows()), "--seed",
				String.valueOf(spec.seed()));
		assertThat(generated.exitCode).as(seed + generated).isZero();
		if (spec.inputPolicy() != null) {
			write(input.resolve("policy.properties"), spec.inputPolicy());
		}
		Map<String, Path> scenarios = Scenarios.write(input, folder.resolve("scenarios"), spec.scenarioPolicy());

		Path out = folder.resolve("whatif");
		List<String> args = new ArrayList<>(List.of("whatif", "--input", input.toString(), "--out", out.toString()));
		scenarios.values().forEach(file -> args.addAll(List.of("--scenario", file.toString())));
		RunCommand whatIf = RunCommand.run(args.toArray(new String[0]));
		assertThat(whatIf.exitCode).as(seed + whatIf).isZero();
		String asOf = RunCommand.runJson(out).get("as_of").asString();

		Path plainInput = folder.resolve("plain-input");
		HandMadeReports.copyWithoutReports(input, plainInput);
		Map<String, PlainRunFigures> runs = new TreeMap<>();
		runs.put(WhatIfRows.BASELINE, plainRun(seed, plainInput, folder.resolve("run-baseline"), "--as-of", asOf));
		scenarios.forEach((name, file) -> {
			List<String> more = new ArrayList<>(List.of("--as-of", asOf, "--rollout", file.toString()));
			Path policy = file.resolveSibling(name + ".properties");
			if (Files.exists(policy)) {
				more.addAll(List.of("--policy", policy.toString()));
			}
			runs.put(name, plainRun(seed, plainInput, folder.resolve("run-" + name), more.toArray(new String[0])));
		});
		return new World(out, runs);
	}

	private static PlainRunFigures plainRun(String seed, Path input, Path out, String... more) {
		RunCommand run = RunCommand.run(input, out, more);
		assertThat(run.exitCode).as(seed + run).isZero();
		return PlainRunFigures.of(input, out);
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A world to generate. */
	private record WorldSpec(long seed, int partners, int usageRows, String inputPolicy, String scenarioPolicy) {
	}

	/**
	 * A world's what-if output folder, and the figures of its plain runs by scenario
	 * ({@code baseline} included).
	 */
	private record World(Path out, Map<String, PlainRunFigures> runs) {
	}

	/**
	 * The scenarios of a world, made from its own rollout.csv and partners.csv: a region
	 * three months earlier, a country four months later, one entry cleared, every country
	 * and region on one date, and the baseline's rollout with a policy file.
	 */
	static final class Scenarios {

		private Scenarios() {
		}

		/** Writes them into {@code folder}; their files by name. */
		static Map<String, Path> write(Path input, Path folder, String policy) {
			Map<String, String> rollout = rollout(input.resolve("rollout.csv"));
			Set<String> countries = new TreeSet<>();
			Set<String> regions = new TreeSet<>();
			for (Map<String, String> partner : RunCommand.rows(input.resolve("partners.csv"))) {
				countries.add(partner.get("country"));
				if (!partner.get("region").isEmpty()) {
					regions.add(partner.get("region"));
				}
			}
			String region = rollout.keySet().stream().filter(regions::contains).findFirst().orElseThrow();
			String country = rollout.keySet().stream().filter(countries::contains).findFirst().orElseThrow();
			String cleared = rollout.keySet()
				.stream()
				.filter(countries::contains)
				.reduce((first, second) -> second)
				.orElseThrow();

			Map<String, Path> files = new LinkedHashMap<>();
			Map<String, String> earlier = new LinkedHashMap<>(rollout);
			earlier.compute(region, (scope, date) -> LocalDate.parse(date).minusMonths(3).toString());
			files.put("region-earlier", csv(folder, "region-earlier", earlier));
			Map<String, String> later = new LinkedHashMap<>(rollout);
			later.compute(country, (scope, date) -> LocalDate.parse(date).plusMonths(4).toString());
			files.put("country-later", csv(folder, "country-later", later));
			Map<String, String> withoutOne = new LinkedHashMap<>(rollout);
			withoutOne.remove(cleared);
			files.put("entry-cleared", csv(folder, "entry-cleared", withoutOne));
			String day = rollout.values().stream().sorted().skip(rollout.size() / 2).findFirst().orElseThrow();
			Map<String, String> oneDate = new LinkedHashMap<>();
			countries.forEach(scope -> oneDate.put(scope, day));
			regions.forEach(scope -> oneDate.put(scope, day));
			files.put("one-date", csv(folder, "one-date", oneDate));
			files.put("policy-only", csv(folder, "policy-only", rollout));
			WhatIfPropertyTests.write(folder.resolve("policy-only.properties"), policy);
			return files;
		}

		/** A rollout file's entries, scope to date, in its order. */
		static Map<String, String> rollout(Path file) {
			Map<String, String> entries = new LinkedHashMap<>();
			for (Map<String, String> row : RunCommand.rows(file)) {
				entries.put(row.get("scope"), row.get("modernized_from"));
			}
			return entries;
		}

		/** Writes a rollout file. */
		static Path csv(Path folder, String name, Map<String, String> entries) {
			StringBuilder text = new StringBuilder("scope,modernized_from\n");
			entries.forEach((scope, date) -> text.append(scope).append(',').append(date).append('\n'));
			Path file = folder.resolve(name + ".csv");
			WhatIfPropertyTests.write(file, text.toString());
			return file;
		}

	}

}
