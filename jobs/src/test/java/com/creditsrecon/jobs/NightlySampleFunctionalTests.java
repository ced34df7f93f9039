package com.creditsrecon.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code input-samples/nightly}: three month-to-date runs of one Cost Management export
 * in its own layout, run end to end; only the run submitted last is in effect, though its
 * folder sorts first.
 */
class NightlySampleFunctionalTests {

	private static final Path NIGHTLY = Path.of("../input-samples/nightly");

	private static final String EXPORT = "usage/costexports/daily-focus/20260901-20260930/focus-cost/";

	@TempDir
	Path out;

	@Test
	@DisplayName("N1: of three month-to-date runs, only the one submitted last is in effect, whatever its folder's name")
	void onlyTheLatestRunIsInEffect() {
		// when
		RunCommand run = RunCommand.run(NIGHTLY, this.out);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<JsonNode> usage = new ArrayList<>();
		RunCommand.runJson(this.out).get("inputs").forEach(input -> {
			if (input.get("extract").asString().equals("usage")) {
				usage.add(input);
			}
		});
		// in run order: the on-demand run of 30 September (folder 1c0f…) comes last
		assertThat(usage).extracting(input -> input.get("file").asString())
			.containsExactly(EXPORT + "202609290000/9b1e6a42-3f0d-4c8e-a1b7-52d4e08c7f13/part_0_0001.csv",
					EXPORT + "202609300000/e4b17c0d-92a5-4f61-8d3e-0c6b5a9f2e48/part_0_0001.csv",
					EXPORT + "202609300000/1c0f3d88-7b2e-4a95-b640-e3a9d1f57c26/part_0_0001.csv",
					EXPORT + "202609300000/1c0f3d88-7b2e-4a95-b640-e3a9d1f57c26/part_0_0002.csv");
		assertThat(usage).extracting(input -> input.get("rejected").asLong()).containsOnly(0L);
		// the two earlier runs are superseded whole, the latest not at all
		assertThat(usage).extracting(input -> input.get("loaded").asLong()).containsExactly(295L, 301L, 156L, 156L);
		assertThat(usage).extracting(input -> input.get("superseded").asLong()).containsExactly(295L, 301L, 0L, 0L);
		assertThat(StoreQueries.usageSums(this.out).stream().mapToLong(s -> s.sum().rows()).sum()).isEqualTo(312);
	}

}
