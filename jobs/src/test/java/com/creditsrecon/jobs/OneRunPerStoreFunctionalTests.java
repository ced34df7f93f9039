package com.creditsrecon.jobs;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs on one store at once: the second is refused at once, in one line naming the
 * first, and the first finishes as if alone.
 */
class OneRunPerStoreFunctionalTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("a second run on the same --out is refused at once naming the first (exit 1); the first finishes with the outputs of a run alone")
	void secondRunOnTheSameOutIsRefused() {
		SharedWorld world = SharedWorld.get();
		Path out = this.temp.resolve("out");
		// given: a run under way
		ChildRun first = ChildRun.start(this.temp.resolve("first"), Map.of(), world.run(out));
		first.awaitLine(out.resolve("run.log"), "Executing step: [importUsageStep]");
		// when
		ChildRun.Outcome second = ChildRun.run(this.temp.resolve("second"), Map.of(), world.run(out));
		// then
		assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
		assertThat(second.errLines()).singleElement()
			.asString()
			.startsWith("credits-recon: another run is using " + out + " (pid " + first.pid() + " on ")
			.endsWith("wait for it to finish, or give this run another --out");
		assertThat(second.out()).isEmpty();
		ChildRun.Outcome firstOutcome = first.await();
		assertThat(firstOutcome.exitCode()).as(firstOutcome.toString()).isZero();
		assertThat(PublishedOutputs.of(out)).isEqualTo(world.uninterrupted());
	}

	@Test
	@Tag("postgres")
	@DisplayName("a second run on the same PostgreSQL schema (another --out) is refused at once naming the first (exit 1); the first finishes as alone")
	void secondRunOnTheSameSchemaIsRefused() throws SQLException {
		SharedWorld world = SharedWorld.get();
		String schema = "cr_lock_" + Long.toHexString(System.nanoTime());
		CrashRestartFunctionalTests.Postgres.execute("CREATE SCHEMA " + schema);
		try {
			String db = CrashRestartFunctionalTests.Postgres.url(schema);
			Path out = this.temp.resolve("first-out");
			ChildRun first = ChildRun.start(this.temp.resolve("first"), Map.of(), world.run(out, "--db", db));
			first.awaitLine(out.resolve("run.log"), "Executing step: [importUsageStep]");
			// when
			ChildRun.Outcome second = ChildRun.run(this.temp.resolve("second"), Map.of(),
					world.run(this.temp.resolve("second-out"), "--db", db));
			// then
			assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
			assertThat(second.errLines()).singleElement()
				.asString()
				.startsWith("credits-recon: another run is using the schema " + schema
						+ " of the store (credits-recon pid " + first.pid() + " on ")
				.endsWith("wait for it to finish");
			ChildRun.Outcome firstOutcome = first.await();
			assertThat(firstOutcome.exitCode()).as(firstOutcome.toString()).isZero();
			assertThat(PublishedOutputs.of(out)).isEqualTo(world.uninterrupted());
		}
		finally {
			CrashRestartFunctionalTests.Postgres.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

}
