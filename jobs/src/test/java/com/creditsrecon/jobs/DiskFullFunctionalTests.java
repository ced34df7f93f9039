package com.creditsrecon.jobs;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.cli.FileFaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk under the output folder: the run fails in one line (exit 1, no stack
 * trace), shows nothing half-written, and the same command completes once there is room
 * again, with the outputs of a run that never lacked it.
 */
class DiskFullFunctionalTests {

	@TempDir
	Path temp;

	@ParameterizedTest(name = "disk of {0}% of what the run needs")
	@ValueSource(ints = { 50, 90 })
	@DisplayName("N2, N3, V5: a full disk fails the run in one line, nothing half-written shown; with room again the same command completes, the same outputs")
	void fullDiskFailsCleanlyAndTheRunGoesOnOnceThereIsRoom(int percent) {
		SharedWorld world = SharedWorld.get();
		Path disk = this.temp.resolve("disk");
		try (FileFaults.SmallDisk small = FileFaults.smallDisk(disk, world.outBytes() * percent / 100)) {
			Path out = disk.resolve("out");
			// when
			ChildRun.Outcome full = ChildRun.run(this.temp.resolve("full"), Map.of(), world.run(out));
			// then
			assertThat(full.exitCode()).as(full.toString()).isEqualTo(1);
			assertThat(full.errLines()).as(full.toString())
				.allMatch(line -> line.contains("no space left on the disk"));
			assertThat(full.errLines()).hasSizeBetween(1, 2);
			assertThat(full.out() + full.err()).doesNotContain("\tat ", "Exception");
			assertThat(out.resolve("_SUCCESS")).doesNotExist();
			assertThat(RunCommand.visibleOutputs(out)).isSubsetOf("run.json");
			// and when
			small.grow(world.outBytes() * 4);
			ChildRun.Outcome again = ChildRun.run(this.temp.resolve("again"), Map.of(), world.run(out));
			// then
			assertThat(again.exitCode()).as(again.toString()).isZero();
			assertThat(PublishedOutputs.of(out)).isEqualTo(world.uninterrupted());
		}
	}

}
