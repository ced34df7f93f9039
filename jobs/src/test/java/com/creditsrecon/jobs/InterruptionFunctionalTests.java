package com.creditsrecon.jobs;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM, as {@code timeout}, systemd or Ctrl-C send it: the run stops at the next chunk
 * boundary, says so in one line and in run.json (exit code 1), shows none of its results,
 * and the same command goes on from there to the outputs of an uninterrupted run (rule
 * N2).
 */
class InterruptionFunctionalTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("N2, N3: SIGTERM in the simulation stops the run: exit 1, one line, run.json says interrupted, no result shown; run again, the same outputs")
	void sigtermStopsCleanlyAndTheRunGoesOn() {
		// given: a run under way in its simulation
		SharedWorld world = SharedWorld.get();
		Path out = this.temp.resolve("out");
		ChildRun run = ChildRun.start(this.temp.resolve("logs"), Map.of(), world.run(out));
		run.awaitLine(out.resolve("run.log"), "Executing step: [simulatePartitionStep");
		// when
		ChildRun.Outcome stopped = run.terminate();
		// then
		assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(1);
		assertThat(stopped.errLines()).as(stopped.toString())
			.singleElement()
			.asString()
			.startsWith("credits-recon: interrupted by a signal, stopped in simulateStep")
			.contains("run the same command again");
		JsonNode json = RunCommand.runJson(out);
		assertThat(json.get("exit_code").asInt()).isEqualTo(1);
		assertThat(json.get("error").asString()).contains("interrupted");
		assertThat(RunCommand.visibleOutputs(out)).containsExactly("run.json");
		assertThat(out.resolve("run.log")).content().contains("Signal received");
		// and when
		ChildRun.Outcome again = ChildRun.run(this.temp.resolve("logs-again"), Map.of(), world.run(out));
		// then
		assertThat(again.exitCode()).as(again.toString()).isZero();
		assertThat(out.resolve("run.log")).content().contains("Resuming job execution");
		assertThat(PublishedOutputs.of(out)).isEqualTo(world.uninterrupted());
	}

}
