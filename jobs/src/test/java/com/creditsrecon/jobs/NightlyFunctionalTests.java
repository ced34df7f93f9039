package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code nightly} command on the bundled samples, split into the nights they would
 * have arrived on: nothing imported twice (rule N1), usage export runs accumulating, a
 * second night that simulates and reconciles as one run over both nights' inputs, nights
 * that go forward, and stale usage (rule N3).
 */
class NightlyFunctionalTests {

	private static final Path SAMPLES = Path.of("..", "input-samples");

	/** The samples' last usage export: what the second night brings. */
	private static final String LAST_EXPORT = "usage/2026-10-31-export";

	/** The store's record of each imported file: who imported it, and what it was. */
	private static final String STORED_FILES = "SELECT file_key, imported_by, sha256 FROM cr_stored_input ORDER BY file_key";

	@TempDir
	Path temp;

	@Test
	@DisplayName("rules N1, N2: the same night run twice reads nothing the second time and publishes the same outputs, run.json included")
	void n1SameNightTwiceReadsNothingAgain() {
		Path root = this.temp.resolve("nights");
		RunCommand first = nightly(SAMPLES, root, "2026-10-31");
		assertThat(first.exitCode).as(first.err).isZero();
		Map<String, String> published = PublishedOutputs.of(root.resolve("2026-10-31"));
		JsonNode firstNight = RunCommand.runJson(root.resolve("2026-10-31")).get("nightly");
		assertThat(names(firstNight.get("held"))).isEmpty();
		List<String> records = StoreQueries.rows(root, STORED_FILES);

		RunCommand again = nightly(SAMPLES, root, "2026-10-31");

		assertThat(again.exitCode).as(again.err).isZero();
		// nothing read again: each file's record is still the first run's
		assertThat(StoreQueries.rows(root, STORED_FILES)).isEqualTo(records).isNotEmpty();
		// the night is the same night: what it imported is what its first run imported
		assertThat(PublishedOutputs.of(root.resolve("2026-10-31"))).isEqualTo(published);
	}

	@Test
	@DisplayName("rules N1, T1: two nights give, on the second, the simulation and reconciliation of one run over both nights' inputs")
	void twoNightsGiveWhatOneRunOverBothInputsGives() throws IOException {
		// given: the first night without the last export, the second with it alone
		Path firstInput = copyOfSamples("first", path -> !path.startsWith(LAST_EXPORT));
		Path secondInput = copyOfSamples("second", path -> !path.startsWith("usage/") || path.startsWith(LAST_EXPORT));
		Path root = this.temp.resolve("nights");
		assertThat(nightly(firstInput, root, "2026-10-30").exitCode).isZero();

		// when
		RunCommand second = nightly(secondInput, root, "2026-10-31");

		// then
		assertThat(second.exitCode).as(second.err).isZero();
		Path single = this.temp.resolve("single");
		assertThat(RunCommand.run(SAMPLES, single, "--as-of", "2026-10-31").exitCode).isZero();
		Map<String, String> night = results(root.resolve("2026-10-31"));
		assertThat(night).isEqualTo(results(single)).containsKey("lots.csv").containsKey("reconciliation/breaks.csv");
		// the earlier night's exports are still in effect, superseded as in the single
		// run
		assertThat(superseded(root.resolve("2026-10-31"))).isEqualTo(superseded(single));
		JsonNode nightly = RunCommand.runJson(root.resolve("2026-10-31")).get("nightly");
		assertThat(names(nightly.get("imported"))).contains(LAST_EXPORT + "/part_0_0001.csv")
			.doesNotContain("partners.csv");
		assertThat(nightly.get("previous_night").asString()).isEqualTo("2026-10-30");
		assertHistoryFollowsBreaks(root.resolve("2026-10-30"), root.resolve("2026-10-31"));
	}

	/**
	 * history.csv of the second night, against the two nights' breaks.csv: a break of
	 * both nights is OPEN, of the second only NEW, of the first only RESOLVED.
	 */
	private static void assertHistoryFollowsBreaks(Path first, Path second) throws IOException {
		java.util.Set<String> before = new java.util.TreeSet<>(
				column(first.resolve("reconciliation/breaks.csv"), "break_id"));
		java.util.Set<String> tonight = new java.util.TreeSet<>(
				column(second.resolve("reconciliation/breaks.csv"), "break_id"));
		Map<String, String> status = new TreeMap<>();
		List<String> ids = column(second.resolve("reconciliation/history.csv"), "break_id");
		List<String> statuses = column(second.resolve("reconciliation/history.csv"), "status");
		for (int i = 0; i < ids.size(); i++) {
			status.put(ids.get(i), statuses.get(i));
		}
		java.util.Set<String> all = new java.util.TreeSet<>(before);
		all.addAll(tonight);
		assertThat(status.keySet()).isEqualTo(all);
		assertThat(before).as("the first night has breaks to follow").isNotEmpty();
		for (String id : all) {
			String expected = before.contains(id) ? (tonight.contains(id) ? "OPEN" : "RESOLVED") : "NEW";
			assertThat(status.get(id)).as(id).isEqualTo(expected);
		}
		assertThat(status.values()).contains("NEW", "RESOLVED");
	}

	/** A column of a CSV output, row by row. */
	private static List<String> column(Path csv, String name) throws IOException {
		try (java.io.Reader reader = Files.newBufferedReader(csv);
				org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
					.setHeader()
					.get()
					.parse(reader)) {
			return parser.stream().map(row -> row.get(name)).toList();
		}
	}

	@Test
	@DisplayName("rule N1: a usage file whose sums the store's folder lost (a database kept apart from it) is imported again, to the same outputs")
	void n1UsageSumsLostFromTheFolderAreImportedAgain() throws IOException {
		// given: a first night, then the store's folder loses every usage file's sums
		Path root = this.temp.resolve("nights");
		Path first = copyOfSamples("first", path -> !path.startsWith(LAST_EXPORT));
		assertThat(nightly(first, root, "2026-10-30").exitCode).isZero();
		try (Stream<Path> tree = Files.walk(root.resolve(".store/usage-files"))) {
			tree.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}

		// when: the next night's export restates October, which the lost sums were part
		// of
		RunCommand second = nightly(SAMPLES, root, "2026-10-31");

		// then
		assertThat(second.exitCode).as(second.err).isZero();
		JsonNode nightly = RunCommand.runJson(root.resolve("2026-10-31")).get("nightly");
		assertThat(names(nightly.get("imported"))).allMatch(file -> file.startsWith("usage/")).hasSize(4);
		Path single = this.temp.resolve("single");
		assertThat(RunCommand.run(SAMPLES, single, "--as-of", "2026-10-31").exitCode).isZero();
		assertThat(results(root.resolve("2026-10-31"))).isEqualTo(results(single));
	}

	@Test
	@DisplayName("rule N1: an export restated in place (same file, new content) replaces what it held; the other files are not read again")
	void n1ExportRestatedInPlaceReplacesItsRows() throws IOException {
		Path root = this.temp.resolve("nights");
		Path input = copyOfSamples("input", path -> true);
		assertThat(nightly(input, root, "2026-10-31").exitCode).isZero();
		// the export's second part, rewritten without its last ten rows
		Path part = input.resolve(LAST_EXPORT + "/part_0_0002.csv");
		List<String> lines = Files.readAllLines(part);
		Files.write(part, lines.subList(0, lines.size() - 10));

		RunCommand restated = nightly(input, root, "2026-11-01");

		assertThat(restated.exitCode).as(restated.err).isZero();
		Path single = this.temp.resolve("single");
		assertThat(RunCommand.run(input, single, "--as-of", "2026-11-01").exitCode).isZero();
		assertThat(results(root.resolve("2026-11-01"))).isEqualTo(results(single));
		assertThat(superseded(root.resolve("2026-11-01"))).isEqualTo(superseded(single));
		JsonNode nightly = RunCommand.runJson(root.resolve("2026-11-01")).get("nightly");
		assertThat(names(nightly.get("imported"))).containsExactly(LAST_EXPORT + "/part_0_0002.csv");
	}

	@Test
	@DisplayName("extracts.md: Cost Management's runs taken night by night, a partial delivery skipped whole with a warning, then taken once complete; the same night again replaces it")
	void costManagementRunsNightByNight() throws IOException {
		Path sample = SAMPLES.resolve("nightly");
		String first = "9b1e6a42";
		String last = "1c0f3d88";
		Path firstNight = copyOf(sample, "first", path -> !path.startsWith("usage/") || path.contains(first));
		Path partial = copyOf(sample, "partial", path -> !path.contains(last + "") || !path.endsWith("0002.csv"));
		Path root = this.temp.resolve("nights");
		assertThat(nightly(firstNight, root, "2026-09-29").exitCode).isZero();

		RunCommand skipped = nightly(partial, root, "2026-09-30");
		assertThat(skipped.exitCode).as(skipped.err).isZero();
		assertThat(skipped.err).contains("warning: ").contains(last).contains("skipped");
		assertThat(RunCommand.runJson(root.resolve("2026-09-30")).get("warnings").toString()).contains(last);

		RunCommand complete = nightly(sample, root, "2026-09-30");

		assertThat(complete.exitCode).as(complete.err).isZero();
		assertThat(complete.err).doesNotContain("warning");
		Path single = this.temp.resolve("single");
		assertThat(RunCommand.run(sample, single, "--as-of", "2026-09-30").exitCode).isZero();
		assertThat(results(root.resolve("2026-09-30"))).isEqualTo(results(single));
		assertThat(superseded(root.resolve("2026-09-30"))).isEqualTo(superseded(single));
	}

	@Test
	@DisplayName("nights go forward: an as-of before the store's newest night is refused (exit 2) and that night's outputs stand")
	void anEarlierNightIsRefused() {
		Path root = this.temp.resolve("nights");
		assertThat(nightly(SAMPLES, root, "2026-10-31").exitCode).isZero();
		Map<String, String> published = PublishedOutputs.of(root.resolve("2026-10-31"));

		RunCommand earlier = nightly(SAMPLES, root, "2026-10-30");

		assertThat(earlier.exitCode).isEqualTo(2);
		assertThat(earlier.err).contains("nights go forward").contains("2026-10-31");
		assertThat(root.resolve("2026-10-30").resolve("_SUCCESS")).doesNotExist();
		assertThat(PublishedOutputs.of(root.resolve("2026-10-31"))).isEqualTo(published);
	}

	@Test
	@DisplayName("rule N3: usage that ends more than stale-after-days before as-of completes with a warning; exit 4 with --fail-on-stale-inputs, 3 winning over it")
	void n3StaleInputs() {
		Path root = this.temp.resolve("nights");

		RunCommand fresh = nightly(SAMPLES, root, "2026-11-02", "--fail-on-stale-inputs");
		RunCommand warned = nightly(SAMPLES, root, "2026-11-03");
		RunCommand failed = nightly(SAMPLES, root, "2026-11-04", "--fail-on-stale-inputs");
		RunCommand breaks = nightly(SAMPLES, root, "2026-11-05", "--fail-on-stale-inputs", "--fail-on-breaks");

		// the samples' usage ends on 2026-10-31: two days before 11-02 is not stale
		assertThat(fresh.exitCode).as(fresh.err).isZero();
		assertThat(RunCommand.runJson(root.resolve("2026-11-02")).get("nightly").get("stale_inputs").asBoolean())
			.isFalse();
		assertThat(warned.exitCode).isZero();
		assertThat(warned.err).contains("stale inputs: the usage in effect ends on 2026-10-31, 3 days before as-of");
		JsonNode stale = RunCommand.runJson(root.resolve("2026-11-03"));
		assertThat(stale.get("nightly").get("stale_inputs").asBoolean()).isTrue();
		assertThat(stale.get("warnings").get(0).asString()).startsWith("stale inputs");
		assertThat(failed.exitCode).isEqualTo(4);
		assertThat(root.resolve("2026-11-04").resolve("_SUCCESS")).exists();
		// the samples' breaks are above the default materiality
		assertThat(breaks.exitCode).isEqualTo(3);
	}

	private static RunCommand nightly(Path input, Path root, String asOf, String... more) {
		List<String> args = new java.util.ArrayList<>(
				List.of("nightly", "--input", input.toString(), "--out", root.toString(), "--as-of", asOf));
		args.addAll(List.of(more));
		return RunCommand.run(args.toArray(new String[0]));
	}

	/** A copy of the samples with the files (relative paths) that {@code kept} takes. */
	private Path copyOfSamples(String name, java.util.function.Predicate<String> kept) throws IOException {
		return copyOf(SAMPLES, name, kept);
	}

	/**
	 * A copy of an input folder with the files (relative paths) that {@code kept} takes.
	 */
	private Path copyOf(Path folder, String name, java.util.function.Predicate<String> kept) throws IOException {
		Path copy = this.temp.resolve(name);
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				String path = folder.relativize(file).toString().replace('\\', '/');
				if (kept.test(path) && !path.startsWith("whatif/") && !path.startsWith("nightly/")) {
					Files.createDirectories(copy.resolve(path).getParent());
					Files.copy(file, copy.resolve(path));
				}
			}
		}
		return copy;
	}

	/**
	 * The CSV and chart outputs, each file's digest: what the simulation and
	 * reconciliation made.
	 */
	private static Map<String, String> results(Path out) {
		Map<String, String> results = new TreeMap<>(PublishedOutputs.of(out));
		results.keySet()
			.removeIf(name -> !(name.endsWith(".csv") || name.endsWith(".png")) || name.startsWith("rejects/")
					|| name.equals("reconciliation/history.csv"));
		return results;
	}

	/** Each usage file's superseded rows, by path, from run.json. */
	private static Map<String, Long> superseded(Path out) {
		Map<String, Long> superseded = new TreeMap<>();
		for (JsonNode input : RunCommand.runJson(out).get("inputs")) {
			if (input.get("extract").asString().equals("usage")) {
				superseded.put(input.get("file").asString(), input.get("superseded").asLong());
			}
		}
		return superseded;
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new java.util.ArrayList<>();
		array.forEach(name -> names.add(name.asString()));
		return names;
	}

	static {
		if (!Files.isDirectory(SAMPLES)) {
			throw new UncheckedIOException(new IOException("the samples are not at " + SAMPLES.toAbsolutePath()));
		}
	}

}
