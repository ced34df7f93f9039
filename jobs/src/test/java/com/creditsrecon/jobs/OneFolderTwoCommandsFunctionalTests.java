package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run and a what-if share an output folder's store. A what-if into the folder of a run
 * that was killed replaces the imported inputs and the staged files that run would go on
 * from; the run, run again, must then start afresh rather than restart from a store that
 * is no longer its own (rule N2).
 */
class OneFolderTwoCommandsFunctionalTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("N2, W1: a run killed in its simulation, a what-if in the same folder, the run again: the outputs of an uninterrupted run")
	void whatIfBetweenAKilledRunAndItsRestart() throws IOException {
		SharedWorld world = SharedWorld.get();
		Path out = this.temp.resolve("out");
		ChildRun run = ChildRun.start(this.temp.resolve("logs"), Map.of(), world.run(out));
		run.awaitLine(out.resolve("run.log"), "Executing step: [simulatePartitionStep");
		run.kill();
		Path scenario = this.temp.resolve("same.csv");
		Files.copy(world.input().resolve("rollout.csv"), scenario);

		RunCommand whatIf = RunCommand.run("whatif", "--input", world.input().toString(), "--out", out.toString(),
				"--scenario", scenario.toString());
		assertThat(whatIf.exitCode).as(whatIf.err).isZero();
		assertThat(out.resolve("whatif.csv")).exists();

		RunCommand again = RunCommand.run(world.run(out));
		assertThat(again.exitCode).as(again.err).isZero();
		assertThat(out.resolve("run.log")).content().doesNotContain("Resuming job execution");
		assertThat(out.resolve("whatif.csv")).doesNotExist();
		assertThat(PublishedOutputs.of(out)).isEqualTo(world.uninterrupted());
	}

}
