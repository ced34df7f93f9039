package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.RejectReason;

/** The bundled sample folders, end to end, as {@code ./run.sh} runs them. */
class SamplesFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	private static final Path BAD_ROWS = SAMPLES.resolve("with-bad-rows");

	@TempDir
	Path out;

	@Test
	@DisplayName("V1: input-samples imports with zero rejects, read = loaded for every file")
	void samplesImportWithZeroRejects() {
		// when
		RunCommand run = RunCommand.run(SAMPLES, this.out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode inputs = RunCommand.runJson(this.out).get("inputs");
		assertThat(inputs).hasSizeGreaterThanOrEqualTo(13);
		for (JsonNode file : inputs) {
			assertThat(file.get("rejected").asLong()).as(file.toString()).isZero();
			assertThat(file.get("read").asLong()).as(file.toString())
				.isEqualTo(file.get("loaded").asLong())
				.isPositive();
		}
		assertThat(this.out.resolve("rejects")).doesNotExist();
	}

	@Test
	@DisplayName("samples: a world of 12+ partners, 5+ countries, 3+ regions, rollout by country and region, both usage export shapes")
	void samplesAreTheWorldTheIssueAsksFor() {
		// when
		RunCommand run = RunCommand.run(SAMPLES, this.out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(single("SELECT COUNT(*) FROM cr_partners")).isGreaterThanOrEqualTo(12);
		assertThat(single("SELECT COUNT(DISTINCT country) FROM cr_partners")).isGreaterThanOrEqualTo(5);
		assertThat(single("SELECT COUNT(DISTINCT region) FROM cr_partners")).isGreaterThanOrEqualTo(3);
		assertThat(single(
				"SELECT COUNT(*) FROM cr_rollout r WHERE EXISTS (SELECT 1 FROM cr_partners p WHERE p.country = r.rollout_scope)"))
			.isPositive();
		assertThat(single(
				"SELECT COUNT(*) FROM cr_rollout r WHERE EXISTS (SELECT 1 FROM cr_partners p WHERE p.region = r.rollout_scope)"))
			.isPositive();
		assertThat(single("SELECT COUNT(DISTINCT profile_type) FROM cr_billing_profiles")).isEqualTo(7);
		assertThat(single("SELECT COUNT(DISTINCT benefit_type) FROM cr_offers")).isEqualTo(5);
		assertThat(single("SELECT COUNT(DISTINCT action) FROM cr_actions")).isEqualTo(10);
		List<StoreQueries.PartnerSum> usage = StoreQueries.usageSums(this.out);
		assertThat(usage.stream().map(s -> s.sum().preClass()).distinct().count()).isGreaterThanOrEqualTo(8);
		// rule N1: some rows are superseded by a restating export (run.json counts them),
		// and only the sums in effect are stored
		assertThat(single("SELECT SUM(superseded) FROM cr_input_file")).isPositive();
		assertThat(usage.stream().mapToLong(s -> s.sum().rows()).sum())
			.isEqualTo(single("SELECT SUM(loaded) - SUM(superseded) FROM cr_input_file WHERE extract = 'usage'"));
		// every action is attributed to its partner, so the engine can read actions
		// partner by partner
		assertThat(single("SELECT COUNT(*) FROM cr_actions WHERE partner_id IS NULL OR partner_id = ''")).isZero();
	}

	@Test
	@DisplayName("V1, V2: with-bad-rows rejects exactly the expected rows, with every reason code, and read = loaded + rejected")
	void badRowsAreRejectedExactlyAsExpected() throws IOException {
		// when
		RunCommand run = RunCommand.run(BAD_ROWS, this.out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<String> expected = new ArrayList<>();
		try (Reader reader = Files
			.newBufferedReader(Path.of("src/test/resources/with-bad-rows-expected-rejects.csv"))) {
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				expected.add(record.get("file") + "," + record.get("line") + "," + record.get("reason_code"));
			}
		}
		List<String> actual = new ArrayList<>();
		Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
		for (Path rejects : rejectFiles()) {
			try (Reader reader = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
				for (CSVRecord record : CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
					actual.add(record.get("file") + "," + record.get("line") + "," + record.get("reason_code"));
					reasons.add(RejectReason.valueOf(record.get("reason_code")));
					assertThat(record.get("message")).isNotBlank();
					assertThat(record.get("raw")).isNotBlank();
				}
			}
		}
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(reasons).containsExactlyInAnyOrder(RejectReason.values());
		long rejected = 0;
		for (JsonNode file : RunCommand.runJson(this.out).get("inputs")) {
			assertThat(file.get("read").asLong()).as(file.toString())
				.isEqualTo(file.get("loaded").asLong() + file.get("rejected").asLong());
			rejected += file.get("rejected").asLong();
		}
		assertThat(rejected).isEqualTo(expected.size());
	}

	private long single(String sql) {
		return Long.parseLong(StoreQueries.rows(this.out, sql).get(0));
	}

	private List<Path> rejectFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.out.resolve("rejects"))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
	}

}
