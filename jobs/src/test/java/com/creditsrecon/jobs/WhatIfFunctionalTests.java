package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.WhatIfPropertyTests.Scenarios;
import com.creditsrecon.jobs.WhatIfRows.Figures;
import com.creditsrecon.jobs.WhatIfRows.Key;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code whatif} command (rule W1) end to end, as {@code ./run.sh whatif} runs it: on
 * input-samples with the sample scenarios of {@code input-samples/whatif/} and scenarios
 * made here from the samples' own rollout.csv and purchases.csv (the same rollout; one
 * country moved where no partner of it purchased in between; one moved over a purchase),
 * run once with every scenario, once in the reverse order, once without the policy
 * scenario, for the whole class. Its refusals; and a killed what-if run again.
 */
class WhatIfFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	private static final Path SAMPLE_SCENARIOS = SAMPLES.resolve("whatif");

	private static final List<String> SAMPLE_NAMES = List.of("all-at-once", "emea-early", "slow-provisioning",
			"us-paused");

	/** The sample scenario that changes only the policy. */
	private static final String POLICY_SCENARIO = "slow-provisioning";

	private static final String SAME = "same";

	private static final String QUIET = "moved-quiet";

	private static final String BUSY = "moved-busy";

	/**
	 * The step whose partitions simulate the partners once per scenario; a kill lands
	 * when the run's log shows one starting.
	 */
	private static final String PARTITION_STEP = "whatIfPartitionStep";

	@TempDir
	static Path temp;

	private static SampleWorld samples;

	/** A country's date moved where none of its partners purchased in between. */
	private static Move quiet;

	/** A country's date moved over purchases of its partners. */
	private static Move busy;

	/** The scenario files, in the order of the first run. */
	private static List<Path> scenarioFiles;

	/** Every scenario, in that order. */
	private static Path all;

	/** Every scenario, in the reverse order. */
	private static Path reversed;

	/** Every scenario but the policy scenario. */
	private static Path withoutPolicy;

	@BeforeAll
	static void runTheSamples() throws IOException {
		samples = SampleWorld.read(SAMPLES);
		busy = samples.busyMove();
		quiet = samples.quietMove(busy.country());
		Path folder = temp.resolve("scenarios");
		Files.createDirectories(folder);
		scenarioFiles = new ArrayList<>();
		for (String name : SAMPLE_NAMES) {
			scenarioFiles.add(SAMPLE_SCENARIOS.resolve(name + ".csv"));
		}
		scenarioFiles.add(Files.copy(SAMPLES.resolve("rollout.csv"), folder.resolve(SAME + ".csv")));
		scenarioFiles.add(Scenarios.csv(folder, QUIET, quiet.rollout(samples.rollout())));
		scenarioFiles.add(Scenarios.csv(folder, BUSY, busy.rollout(samples.rollout())));

		all = whatIf("all", scenarioFiles);
		List<Path> reverse = new ArrayList<>(scenarioFiles);
		Collections.reverse(reverse);
		reversed = whatIf("reversed", reverse);
		withoutPolicy = whatIf("without-policy",
				scenarioFiles.stream().filter(f -> !f.getFileName().toString().startsWith(POLICY_SCENARIO)).toList());
		assertThat(RunCommand.runJson(all).get("as_of").asString()).isEqualTo(SampleWorld.AS_OF.toString());
	}

	@Test
	@DisplayName("rule W1: a scenario identical to the baseline has delta 0 on every row of whatif.csv and whatif-monthly.csv, and the baseline's values")
	void scenarioLikeTheBaselineHasNoDelta() {
		for (Map<Key, Figures> rows : List.of(WhatIfRows.totals(all), WhatIfRows.monthly(all))) {
			// given
			Map<Key, Figures> same = WhatIfRows.scenario(rows, SAME);
			Map<Key, Figures> baseline = WhatIfRows.scenario(rows, WhatIfRows.BASELINE);

			// then
			assertThat(same).isNotEmpty();
			assertThat(same.values()).allSatisfy(figures -> {
				assertThat(figures.deltaAmount().signum()).as(figures.toString()).isZero();
				assertThat(figures.value()).isEqualTo(figures.baseline());
			});
			assertThat(same).isEqualTo(baseline);
		}
	}

	@Test
	@DisplayName("rule W1: a country's date moved where none of its partners purchased in between changes nothing, anywhere")
	void countryMovedOverNoPurchaseChangesNothing() {
		// given
		assertThat(samples.purchasesBetween(quiet)).as(quiet.toString()).isEmpty();

		// when
		Map<Key, Figures> totals = WhatIfRows.scenario(WhatIfRows.totals(all), QUIET);
		Map<Key, Figures> monthly = WhatIfRows.scenario(WhatIfRows.monthly(all), QUIET);

		// then
		assertThat(totals).isNotEmpty();
		assertThat(totals.entrySet()).as(quiet.toString())
			.allSatisfy(row -> assertThat(row.getValue().changed()).as(row.getKey() + " " + row.getValue()).isFalse());
		assertThat(monthly.entrySet()).as(quiet.toString())
			.allSatisfy(row -> assertThat(row.getValue().changed()).as(row.getKey() + " " + row.getValue()).isFalse());
	}

	@Test
	@DisplayName("rule W1: a country's date moved over purchases changes that country only: its purchases change experience, its region and GLOBAL change by as much, other countries and regions not at all")
	void countryMovedOverPurchasesChangesThatCountryOnly() {
		// given
		List<String> moved = samples.purchasesBetween(busy);
		String region = samples.regionOf(busy.country());
		assertThat(moved).as(busy.toString()).isNotEmpty();

		// when
		Map<Key, Figures> rows = WhatIfRows.scenario(WhatIfRows.totals(all), BUSY);

		// then: moved later, the purchases in between are legacy now
		Key modernized = new Key("", "COUNTRY", busy.country(), "", "", "purchases_modernized");
		Key legacy = new Key("", "COUNTRY", busy.country(), "", "", "purchases_legacy");
		assertThat(rows.get(modernized).deltaAmount()).as(moved.toString()).isEqualByComparingTo(-moved.size() + "");
		assertThat(rows.get(legacy).deltaAmount()).as(moved.toString()).isEqualByComparingTo(moved.size() + "");
		rows.forEach((key, figures) -> {
			boolean inCountry = key.scopeType().equals("COUNTRY") && key.scopeId().equals(busy.country());
			boolean inRegion = key.scopeType().equals("REGION") && key.scopeId().equals(region);
			if (inRegion || key.scopeType().equals("GLOBAL")) {
				Figures country = rows.get(new Key("", "COUNTRY", busy.country(), key.currency(), "", key.measure()));
				BigDecimal expected = country == null ? BigDecimal.ZERO : country.deltaAmount();
				assertThat(figures.deltaAmount()).as("%s: the delta of %s", key, busy.country())
					.isEqualByComparingTo(expected);
			}
			else if (!inCountry) {
				assertThat(figures.changed()).as(key + " " + figures).isFalse();
			}
		});
	}

	@Test
	@DisplayName("rule W1: a scenario's policy file changes its own scenario only: the other scenarios' rows are those of a run without it")
	void policyOverrideChangesOnlyItsScenario() {
		// given
		Map<Key, Figures> with = WhatIfRows.totals(all);
		Map<Key, Figures> without = WhatIfRows.totals(withoutPolicy);

		// then: every row of the others as without it; rows it adds (a reason code or a
		// scope only it has) are zeros
		assertThat(WhatIfRows.scenario(with, POLICY_SCENARIO).values()).anyMatch(Figures::changed);
		assertThat(with.keySet()).containsAll(without.keySet());
		with.forEach((key, figures) -> {
			if (key.scenario().equals(POLICY_SCENARIO)) {
				return;
			}
			if (without.containsKey(key)) {
				assertThat(figures).as(key.toString()).isEqualTo(without.get(key));
			}
			else {
				assertThat(List.of(figures.valueAmount(), figures.baselineAmount(), figures.deltaAmount()))
					.as("%s, a row only the policy scenario brings", key)
					.allSatisfy(amount -> assertThat(amount.signum()).isZero());
			}
		});
		Map<Key, Figures> withMonthly = WhatIfRows.monthly(all);
		withMonthly.keySet().removeIf(key -> key.scenario().equals(POLICY_SCENARIO));
		assertThat(withMonthly).isEqualTo(WhatIfRows.monthly(withoutPolicy));
		JsonNode scenario = scenarioOf(RunCommand.runJson(all), POLICY_SCENARIO);
		assertThat(scenario.get("policy_file").asString()).endsWith(POLICY_SCENARIO + ".properties");
		assertThat(scenario.get("policy").toString()).isEqualTo("{\"provisioning-delay-days\":\"14\"}");
	}

	@Test
	@DisplayName("rule W1: the order of the --scenario arguments changes no byte of the outputs: whatif.csv, whatif-monthly.csv, charts, report.html, run.json's scenarios and checksums")
	void orderOfScenariosChangesNoByte() {
		// given
		Map<String, String> forward = PublishedOutputs.of(all);
		Map<String, String> backward = PublishedOutputs.of(reversed);

		// then
		assertThat(forward).containsKeys("whatif.csv", "whatif-monthly.csv", "report.html", "run.json");
		assertThat(forward.keySet()).anyMatch(name -> name.startsWith("charts/whatif-"));
		JsonNode one = RunCommand.runJson(all);
		JsonNode other = RunCommand.runJson(reversed);
		assertThat(other.get("scenarios")).isEqualTo(one.get("scenarios"));
		assertThat(other.get("outputs")).isEqualTo(one.get("outputs"));
		assertThat(backward).isEqualTo(forward);
	}

	@Test
	@DisplayName("rule W1: the sample scenarios each change what their name says: EMEA three months earlier, US paused, every scope on one date, a longer provisioning delay")
	void sampleScenariosChangeWhatTheirNameSays() {
		// given
		Map<Key, Figures> rows = WhatIfRows.totals(all);
		Set<String> emea = samples.countriesOf("EMEA");

		// then
		for (String name : SAMPLE_NAMES) {
			assertThat(WhatIfRows.scenario(rows, name).values()).as(name).anyMatch(Figures::changed);
		}
		assertThat(changedScopes(rows, "emea-early")).as("emea-early")
			.allSatisfy(scope -> assertThat(scope).matches(s -> s.equals("GLOBAL") || s.equals("REGION EMEA")
					|| s.startsWith("COUNTRY ") && emea.contains(s.substring("COUNTRY ".length()))));
		assertThat(delta(rows, "emea-early", "REGION", "EMEA", "purchases_modernized")).isPositive();
		assertThat(changedScopes(rows, "us-paused")).as("us-paused")
			.containsExactlyInAnyOrder("COUNTRY US", "GLOBAL", "REGION AMER");
		assertThat(delta(rows, "us-paused", "COUNTRY", "US", "purchases_modernized")).isNegative();
		assertThat(delta(rows, "us-paused", "COUNTRY", "US", "purchases_legacy")).isPositive();
		assertThat(changedScopes(rows, "all-at-once").stream().filter(s -> s.startsWith("COUNTRY"))).as("all-at-once")
			.hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	@DisplayName("rule W1: whatif.csv is dense and whatif-monthly.csv sparse, both in text order, and the months add up to whatif.csv")
	void filesAreDenseSortedAndAddUp() {
		// given
		Map<Key, Figures> totals = WhatIfRows.totals(all);
		Map<Key, Figures> monthly = WhatIfRows.monthly(all);

		// when
		List<String> problems = new ArrayList<>(WhatIfRows.shapeProblems(totals, false));
		problems.addAll(WhatIfRows.shapeProblems(monthly, true));
		problems.addAll(WhatIfRows.monthlySumProblems(totals, monthly));

		// then
		assertThat(problems).as(WhatIfRows.firstOf(problems)).isEmpty();
		Set<String> scenarios = new TreeSet<>(SAMPLE_NAMES);
		scenarios.addAll(List.of(WhatIfRows.BASELINE, SAME, QUIET, BUSY));
		assertThat(totals.keySet().stream().map(Key::scenario).distinct()).containsExactlyElementsOf(scenarios);
		// every country and region of partners.csv, and the partner without a region
		assertThat(totals.keySet().stream().filter(k -> k.scopeType().equals("COUNTRY")).map(Key::scopeId))
			.containsAll(samples.countries());
		assertThat(totals.keySet().stream().filter(k -> k.scopeType().equals("REGION")).map(Key::scopeId)).contains("",
				"AMER", "APAC", "EMEA");
	}

	@Test
	@DisplayName("rule W1: a what-if writes whatif.csv, whatif-monthly.csv, its charts, report.html, run.json and _SUCCESS, no result of a run; run.json lists the scenarios by name")
	void whatIfWritesItsOwnOutputsOnly() {
		// when
		List<String> written = RunCommand.visibleOutputs(all);
		JsonNode json = RunCommand.runJson(all);

		// then
		assertThat(written).contains("_SUCCESS", "report.html", "run.json", "whatif-monthly.csv", "whatif.csv")
			.allSatisfy(name -> assertThat(name).matches(
					"_SUCCESS|report\\.html|run\\.json|whatif\\.csv|whatif-monthly\\.csv|charts/whatif-[^/]+\\.png"));
		assertThat(written).anyMatch(name -> name.startsWith("charts/whatif-"));
		assertThat(json.get("command").asString()).isEqualTo("whatif");
		assertThat(json.get("exit_code").asInt()).isZero();
		// imported as a run imports them, for the default as-of day (rule T1)
		assertThat(json.get("inputs")).anyMatch(file -> file.get("file").asString().startsWith("reported-"));
		List<String> names = new ArrayList<>();
		json.get("scenarios").forEach(scenario -> names.add(scenario.get("name").asString()));
		assertThat(names).isSorted().hasSize(scenarioFiles.size()).doesNotContain(WhatIfRows.BASELINE);
		for (Path file : scenarioFiles) {
			String name = file.getFileName().toString().replace(".csv", "");
			JsonNode scenario = scenarioOf(json, name);
			assertThat(Path.of(scenario.get("rollout_file").asString()).toAbsolutePath().normalize()).as(name)
				.isEqualTo(file.toAbsolutePath().normalize());
			assertThat(scenario.get("rollout").toString()).as(name).isEqualTo(jsonObject(Scenarios.rollout(file)));
			if (!name.equals(POLICY_SCENARIO)) {
				assertThat(scenario.get("policy_file").isNull()).as(name).isTrue();
				assertThat(scenario.get("policy").isEmpty()).as(name).isTrue();
			}
		}
		List<String> outputs = new ArrayList<>();
		json.get("outputs").forEach(output -> outputs.add(output.get("file").asString()));
		assertThat(outputs).contains("whatif.csv", "whatif-monthly.csv");
		assertThat(PublishedOutputs.of(all).get("whatif.csv")).isEqualTo(sha256Of(json, "whatif.csv"));
	}

	static Stream<Arguments> refusals() {
		Path folder = temp.resolve("refused-scenarios");
		String rollout = read(SAMPLES.resolve("rollout.csv"));
		return Stream.of(Arguments.of("no --scenario", List.of(), List.of("--scenario")),
				Arguments.of("a missing scenario file", List.of(folder.resolve("absent.csv")), List.of("absent.csv")),
				Arguments.of("a scenario named baseline", List.of(file(folder, "baseline.csv", rollout)),
						List.of("baseline")),
				Arguments.of("two scenarios of one name",
						List.of(file(folder, "a/twice.csv", rollout), file(folder, "b/twice.csv", rollout)),
						List.of("twice")),
				Arguments.of("a bad date",
						List.of(file(folder, "bad-date.csv", "scope,modernized_from\nUS,2025-10-15\nGB,2025-13-01\n")),
						List.of("bad-date.csv", "line 3")),
				Arguments.of("a row without a date",
						List.of(file(folder, "no-date.csv", "scope,modernized_from\nUS,2025-10-15\nGB\n")),
						List.of("no-date.csv", "line 3")),
				Arguments.of("a scope twice, in other letters",
						List.of(file(folder, "scope-twice.csv",
								"scope,modernized_from\nUS,2025-10-15\nus,2026-01-01\n")),
						List.of("scope-twice.csv")),
				Arguments.of("a bad policy value",
						List.of(file(folder, "bad-policy.csv", rollout),
								file(folder, "bad-policy.properties", "max-reassignments=many\n")),
						List.of("max-reassignments")),
				Arguments.of("an unknown policy key",
						List.of(file(folder, "unknown-key.csv", rollout),
								file(folder, "unknown-key.properties", "max-reassignment=2\n")),
						List.of("max-reassignment")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	@DisplayName("rule W1: refused with exit 2 and one line on stderr, no result written")
	void refusedWithExit2AndOneLine(String what, List<Path> files, List<String> said) {
		// given
		Path out = temp.resolve("refused-" + what.replace(' ', '-'));
		List<String> args = new ArrayList<>(List.of("whatif", "--input", SAMPLES.toString(), "--out", out.toString()));
		files.stream()
			.filter(f -> f.toString().endsWith(".csv"))
			.forEach(f -> args.addAll(List.of("--scenario", f.toString())));

		// when
		RunCommand run = RunCommand.run(args.toArray(new String[0]));

		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).as(run.toString()).singleElement().satisfies(line -> {
			assertThat(line).startsWith("credits-recon: ");
			said.forEach(text -> assertThat(line).contains(text));
		});
		assertThat(out.resolve("_SUCCESS")).doesNotExist();
		assertThat(out.resolve("whatif.csv")).doesNotExist();
	}

	@Test
	@Tag("postgres")
	@DisplayName("rule W1: a what-if on PostgreSQL writes the same bytes as on the embedded store")
	void whatIfOnPostgresWritesTheSameBytes() throws SQLException {
		String schema = "cr_whatif_" + Long.toHexString(System.nanoTime());
		CrashRestartFunctionalTests.Postgres.execute("CREATE SCHEMA " + schema);
		try {
			// given
			Path out = temp.resolve("postgres");
			List<String> args = new ArrayList<>(List.of(whatIfArgs(SAMPLES, out, scenarioFiles.toArray(new Path[0]))));
			args.addAll(List.of("--db", CrashRestartFunctionalTests.Postgres.url(schema)));

			// when
			RunCommand run = RunCommand.run(args.toArray(new String[0]));

			// then
			assertThat(run.exitCode).as(run.toString()).isZero();
			Map<String, String> onPostgres = PublishedOutputs.of(out);
			Map<String, String> embedded = PublishedOutputs.of(all);
			assertThat(onPostgres.keySet()).isEqualTo(embedded.keySet());
			embedded.forEach((file, sha256) -> {
				if (!file.equals("run.json")) {
					assertThat(onPostgres.get(file)).as(file).isEqualTo(sha256);
				}
			});
			for (String key : List.of("as_of", "policy", "scenarios", "inputs", "outputs")) {
				assertThat(RunCommand.runJson(out).get(key)).as(key).isEqualTo(RunCommand.runJson(all).get(key));
			}
		}
		finally {
			CrashRestartFunctionalTests.Postgres.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	@Test
	@DisplayName("rule W1, N2: a what-if killed (SIGKILL) in its import and in its partitions, each time run again with the same command, ends with the outputs of an uninterrupted one")
	void killedWhatIfRestartsToTheSameOutputs() throws IOException {
		// given: the shared world and two scenarios of its rollout
		SharedWorld world = SharedWorld.get();
		Path folder = temp.resolve("killed-scenarios");
		Map<String, String> rollout = Scenarios.rollout(world.input().resolve("rollout.csv"));
		Map<String, String> earlier = new LinkedHashMap<>();
		rollout.forEach((scope, date) -> earlier.put(scope, LocalDate.parse(date).minusMonths(2).toString()));
		Path early = Scenarios.csv(folder, "all-earlier", earlier);
		Path policy = Scenarios.csv(folder, "fewer-reassignments", rollout);
		write(folder.resolve("fewer-reassignments.properties"), "max-reassignments=1\n");
		Path uninterrupted = temp.resolve("whatif-uninterrupted");
		Path killed = temp.resolve("whatif-killed");
		RunCommand whole = RunCommand.run(whatIfArgs(world.input(), uninterrupted, early, policy));
		assertThat(whole.exitCode).as(whole.toString()).isZero();
		String[] args = whatIfArgs(world.input(), killed, early, policy);

		// when
		int attempt = 0;
		for (String step : List.of("importUsageFileStep", PARTITION_STEP)) {
			Path logs = temp.resolve("whatif-killed-logs-" + attempt++);
			ChildRun run = ChildRun.start(logs, Map.of(), args);
			run.awaitLine(killed.resolve("run.log"), "Executing step: [" + step);
			if (attempt > 1) {
				// the execution the last kill left running, recovered by Spring Batch
				assertThat(killed.resolve("run.log")).content().contains("Recovering job execution");
			}
			run.kill();
			assertThat(killed.resolve("_SUCCESS")).as("killed in %s", step).doesNotExist();
			Files.move(killed.resolve("run.log"), logs.resolve("run.log"));
		}
		ChildRun.Outcome last = ChildRun.run(temp.resolve("whatif-killed-logs-last"), Map.of(), args);

		// then
		assertThat(last.exitCode()).as(last.toString()).isZero();
		assertThat(last.err()).isEmpty();
		assertThat(PublishedOutputs.of(killed)).isEqualTo(PublishedOutputs.of(uninterrupted));
	}

	private static Path whatIf(String name, List<Path> files) {
		Path out = temp.resolve(name);
		RunCommand run = RunCommand.run(whatIfArgs(SAMPLES, out, files.toArray(new Path[0])));
		assertThat(run.exitCode).as(run.toString()).isZero();
		return out;
	}

	private static String[] whatIfArgs(Path input, Path out, Path... scenarios) {
		List<String> args = new ArrayList<>(List.of("whatif", "--input", input.toString(), "--out", out.toString()));
		for (Path file : scenarios) {
			args.addAll(List.of("--scenario", file.toString()));
		}
		return args.toArray(new String[0]);
	}

	/** "GLOBAL", "REGION EMEA", "COUNTRY US": the scopes with a delta in a scenario. */
	private static Set<String> changedScopes(Map<Key, Figures> rows, String scenario) {
		Set<String> scopes = new TreeSet<>();
		WhatIfRows.scenario(rows, scenario).forEach((key, figures) -> {
			if (figures.changed()) {
				scopes.add(key.scopeType().equals("GLOBAL") ? "GLOBAL" : key.scopeType() + " " + key.scopeId());
			}
		});
		return scopes;
	}

	private static BigDecimal delta(Map<Key, Figures> rows, String scenario, String scopeType, String scopeId,
			String measure) {
		Figures figures = rows.get(new Key(scenario, scopeType, scopeId, "", "", measure));
		assertThat(figures).as("%s %s %s %s", scenario, scopeType, scopeId, measure).isNotNull();
		return figures.deltaAmount();
	}

	private static JsonNode scenarioOf(JsonNode runJson, String name) {
		for (JsonNode scenario : runJson.get("scenarios")) {
			if (scenario.get("name").asString().equals(name)) {
				return scenario;
			}
		}
		throw new AssertionError("no scenario " + name + " in run.json: " + runJson.get("scenarios"));
	}

	private static String sha256Of(JsonNode runJson, String file) {
		for (JsonNode output : runJson.get("outputs")) {
			if (output.get("file").asString().equals(file)) {
				return output.get("sha256").asString();
			}
		}
		throw new AssertionError("no " + file + " in run.json's outputs");
	}

	/** {"DE":"2025-07-01",...}: a map as Jackson writes it, in its order. */
	private static String jsonObject(Map<String, String> entries) {
		StringBuilder json = new StringBuilder("{");
		entries.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":\"")
			.append(value)
			.append('"'));
		return json.append('}').toString();
	}

	private static Path file(Path folder, String name, String text) {
		Path file = folder.resolve(name);
		write(file, text);
		return file;
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

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A country's rollout date moved: from its own entry's date to another.
	 */
	record Move(String country, LocalDate from, LocalDate to) {

		Move {
			Objects.requireNonNull(country, "country");
		}

		/** The rollout with the country's entry moved. */
		Map<String, String> rollout(Map<String, String> baseline) {
			Map<String, String> moved = new LinkedHashMap<>(baseline);
			moved.put(this.country, this.to.toString());
			return moved;
		}

		/**
		 * Whether a purchase of that day changes experience: it is in [earlier, later).
		 */
		boolean spans(LocalDate day) {
			LocalDate earlier = this.from.isBefore(this.to) ? this.from : this.to;
			LocalDate later = this.from.isBefore(this.to) ? this.to : this.from;
			return !day.isBefore(earlier) && day.isBefore(later);
		}

	}

	/**
	 * What the tests need to know of an input folder: partners' places, purchases,
	 * offers, rollout.
	 */
	record SampleWorld(Map<String, String[]> partners, List<Map<String, String>> purchases, Set<String> offers,
			Map<String, String> rollout) {

		static final LocalDate AS_OF = LocalDate.parse(HandMadeReports.AS_OF);

		static SampleWorld read(Path input) {
			Map<String, String[]> partners = new TreeMap<>();
			for (Map<String, String> partner : RunCommand.rows(input.resolve("partners.csv"))) {
				partners.put(partner.get("partner_id"), new String[] { partner.get("country"), partner.get("region") });
			}
			Set<String> offers = new HashSet<>();
			RunCommand.rows(input.resolve("offers.csv")).forEach(offer -> offers.add(offer.get("offer_id")));
			return new SampleWorld(partners, RunCommand.rows(input.resolve("purchases.csv")), offers,
					Scenarios.rollout(input.resolve("rollout.csv")));
		}

		Set<String> countries() {
			Set<String> countries = new TreeSet<>();
			this.partners.values().forEach(place -> countries.add(place[0]));
			return countries;
		}

		Set<String> countriesOf(String region) {
			Set<String> countries = new TreeSet<>();
			this.partners.values().stream().filter(p -> p[1].equals(region)).forEach(p -> countries.add(p[0]));
			return countries;
		}

		String regionOf(String country) {
			Set<String> regions = new TreeSet<>();
			this.partners.values().stream().filter(p -> p[0].equals(country)).forEach(p -> regions.add(p[1]));
			assertThat(regions).as("the regions of " + country).hasSize(1);
			return regions.iterator().next();
		}

		/**
		 * The purchases of the country's partners, with benefits by as-of (a known offer,
		 * dated on or before it), that the move changes experience: dated in between.
		 */
		List<String> purchasesBetween(Move move) {
			return purchaseDays(move.country()).entrySet()
				.stream()
				.filter(e -> move.spans(e.getValue()))
				.map(Map.Entry::getKey)
				.toList();
		}

		/**
		 * The first country with an entry of its own that purchased on or after its date:
		 * its date moved to the day after that purchase.
		 */
		Move busyMove() {
			for (String country : ownEntries()) {
				LocalDate from = LocalDate.parse(this.rollout.get(country));
				LocalDate first = purchaseDays(country).values()
					.stream()
					.filter(day -> !day.isBefore(from))
					.min(LocalDate::compareTo)
					.orElse(null);
				if (first != null) {
					return new Move(country, from, first.plusDays(1));
				}
			}
			throw new AssertionError("no country purchased after its rollout date: " + this.rollout);
		}

		/**
		 * A country (not {@code besides}) with an entry of its own whose date can move to
		 * another without passing a purchase of its partners: forward to its next
		 * purchase, or back to the day after its last one before.
		 */
		Move quietMove(String besides) {
			for (String country : ownEntries()) {
				if (country.equals(besides)) {
					continue;
				}
				LocalDate from = LocalDate.parse(this.rollout.get(country));
				List<LocalDate> days = purchaseDays(country).values().stream().sorted().toList();
				LocalDate next = days.stream().filter(d -> !d.isBefore(from)).findFirst().orElse(null);
				LocalDate previous = days.stream().filter(d -> d.isBefore(from)).reduce((a, b) -> b).orElse(null);
				LocalDate to;
				if (next == null) {
					to = from.plusMonths(1);
				}
				else if (next.isAfter(from)) {
					to = next;
				}
				else {
					to = previous == null ? from.minusMonths(1) : previous.plusDays(1);
				}
				if (!to.equals(from)) {
					return new Move(country, from, to);
				}
			}
			throw new AssertionError("no country can move without passing a purchase: " + this.rollout);
		}

		/** Countries of partners with an entry of their own, in name order. */
		private List<String> ownEntries() {
			return this.rollout.keySet().stream().filter(countries()::contains).sorted().toList();
		}

		/** Purchase ID to day, of the country's partners, with benefits by as-of. */
		private Map<String, LocalDate> purchaseDays(String country) {
			Map<String, LocalDate> days = new TreeMap<>();
			for (Map<String, String> purchase : this.purchases) {
				String[] place = this.partners.get(purchase.get("partner_id"));
				LocalDate day = LocalDate.parse(purchase.get("purchase_date"));
				if (place != null && place[0].equals(country) && !day.isAfter(AS_OF)
						&& this.offers.contains(purchase.get("offer_id"))) {
					days.put(purchase.get("purchase_id"), day);
				}
			}
			return days;
		}

	}

}
