package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The importer against a FOCUS 1.0 file nobody here wrote: the public sample in
 * {@code ../shared/data/} (present on developer machines and in CI, not in the
 * repository).
 */
class FocusSampleFunctionalTests {

	private static final Path SAMPLE = Path.of("../../shared/data/focus-1.0-sample/focus_sample.csv");

	@TempDir
	Path temp;

	@Test
	@DisplayName("V1, C1-C6: the real FOCUS sample loads every row; AWS and Oracle rows are other providers")
	void realFocusSampleLoadsEveryRow() throws IOException {
		assumeTrue(Files.exists(SAMPLE), "the shared FOCUS sample is not beside this clone");
		// given
		Path input = this.temp.resolve("in");
		InputFolder.minimal(input);
		Files.createDirectories(input.resolve("usage"));
		Files.copy(SAMPLE, input.resolve("usage/2024-10-01-focus.csv"));
		// when
		RunCommand run = RunCommand.run(input, this.temp.resolve("out"));
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode usage = RunCommand.runJson(this.temp.resolve("out")).get("inputs").get(4);
		assertThat(usage.get("read").asLong()).isEqualTo(1000);
		assertThat(usage.get("loaded").asLong()).isEqualTo(1000);
		List<StoreQueries.PartnerSum> sums = StoreQueries.usageSums(this.temp.resolve("out"));
		assertThat(sums.stream().mapToLong(s -> s.sum().rows()).sum()).isEqualTo(1000);
		assertThat(sums).extracting(s -> s.sum().preClass().name()).contains("OTHER_PROVIDER", "USAGE");
		// ARM paths are reduced to their last segment
		assertThat(sums).extracting(s -> s.sum().subscriptionId()).noneMatch(id -> id.contains("/"));
	}

}
