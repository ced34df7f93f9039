package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.UsageSum;

/**
 * The simulate steps of the {@code run} command on input-samples: partitions that never
 * show in the outputs, a restarted partition that writes no row twice, an RC7 violation
 * that fails the run in one line, and a refused input that leaves no simulation output.
 * Some runs use an engine of the test's own around the real one.
 */
class SimulateStepFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	private static final List<String> FILES = List.of("benefits.csv", "lots.csv", "events.csv", "decisions.csv",
			"eligibility.csv", "consumption.csv", "revocations.csv", "rollforward.csv");

	@TempDir
	Path temp;

	@Test
	@DisplayName("T4: one partition or three, blocks of one partner or a hundred: the same bytes")
	void partitionsNeverShowInTheOutputs() throws IOException {
		// given
		Path one = this.temp.resolve("one");
		Path three = this.temp.resolve("three");
		// when
		RunCommand first = run(SimulationEngine.standard(), one, 1, 100);
		RunCommand second = run(SimulationEngine.standard(), three, 3, 1);
		// then
		assertThat(first.exitCode).as(first.toString()).isZero();
		assertThat(second.exitCode).as(second.toString()).isZero();
		for (String file : FILES) {
			assertThat(Files.readAllBytes(three.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(one.resolve(file)));
			assertThat(Files.size(one.resolve(file))).as(file).isPositive();
		}
		assertThat(StoreQueries.rows(three,
				"SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'simulatePartitionStep:%'"))
			.containsExactly("3");
		JsonNode json = RunCommand.runJson(three);
		assertThat(json.get("totals")).isNotEmpty();
		JsonNode usd = json.get("totals").get(json.get("totals").size() - 1);
		assertThat(usd.get("currency").asString()).isEqualTo("USD");
		assertThat(new BigDecimal(usd.get("granted").asString())).isPositive();
		assertThat(json.get("durations_ms").get("simulate").asLong()).isPositive();
		assertThat(json.get("durations_ms").has("simulateStep")).isTrue();
		List<String> outputs = new ArrayList<>();
		json.get("outputs").forEach(o -> outputs.add(o.get("file").asString()));
		assertThat(outputs).containsAll(FILES);
		assertThat(second.out).contains("currency").contains("closed_balance").containsPattern("(?m)^USD +\\d+ ");
	}

	@Test
	@DisplayName("N2: a partition that failed restarts after its last block, discarding the runs after it: no row twice")
	void restartedPartitionWritesNoRowTwice() throws IOException {
		// given: Wingtip (the second partner of the second partition) fails once
		Path out = this.temp.resolve("out");
		AtomicBoolean failed = new AtomicBoolean();
		SimulationEngine failingOnce = new Delegating() {
			@Override
			public PartnerResult run(PartnerWorld world, Scenario scenario) {
				if (world.partner().partnerId().equals("6102067") && failed.compareAndSet(false, true)) {
					throw new IllegalStateException("the engine stopped at Wingtip");
				}
				return super.run(world, scenario);
			}
		};
		RunCommand failedRun = run(failingOnce, out, 2, 1);
		// the sorted runs of blocks written before their partition recorded them: the
		// restart discards them (the first a copy of a real block, whose rows would show
		// twice; the second's bytes are a row cut short: reading it would fail the run)
		Path benefits = out.resolve(".store/results/cr_result_benefit");
		Files.copy(benefits.resolve("simulatePartitionStep-partition0000-000001.run"),
				benefits.resolve("simulatePartitionStep-partition0001-000098.run"));
		Path decisions = out.resolve(".store/results/cr_result_decision");
		assertThat(decisions.resolve("simulatePartitionStep-partition0001-000001.run")).exists();
		Files.writeString(decisions.resolve("simulatePartitionStep-partition0001-000099.run"), "JUNK");
		// when
		RunCommand restarted = run(SimulationEngine.standard(), out, 2, 1);
		// then
		assertThat(failedRun.exitCode).as(failedRun.toString()).isEqualTo(1);
		assertThat(failedRun.err).contains("the engine stopped at Wingtip").doesNotContain("\tat ");
		assertThat(failedRun.err.strip().lines()).hasSize(1);
		assertThat(restarted.exitCode).as(restarted.toString()).isZero();
		assertThat(StoreQueries.executionsOfLastInstance(out)).isEqualTo(2);
		Path uninterrupted = this.temp.resolve("uninterrupted");
		assertThat(run(SimulationEngine.standard(), uninterrupted, 1, 100).exitCode).isZero();
		for (String file : FILES) {
			assertThat(Files.readAllBytes(out.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(uninterrupted.resolve(file)));
		}
	}

	@Test
	@DisplayName("RC7: a roll-forward that does not add up fails the run with exit 1 and one line naming the scope")
	void rc7ViolationFailsTheRun() {
		// given: an engine whose first PARTNER row of Contoso closes one cent off
		SimulationEngine broken = new Delegating() {
			@Override
			public PartnerResult run(PartnerWorld world, Scenario scenario) {
				PartnerResult result = super.run(world, scenario);
				if (!world.partner().partnerId().equals("6100231")) {
					return result;
				}
				List<RollforwardRow> rows = new ArrayList<>(result.rollforward());
				for (int i = 0; i < rows.size(); i++) {
					RollforwardRow r = rows.get(i);
					if (r.scopeType().equals("PARTNER")) {
						rows.set(i,
								new RollforwardRow(r.scopeType(), r.scopeId(), r.currency(), r.month(), r.opening(),
										r.newCredit(), r.charges(), r.adjustments(), r.lapsed(), r.expired(),
										r.revoked(), r.closing().add(new BigDecimal("0.01"))));
						break;
					}
				}
				return new PartnerResult(result.partnerId(), result.benefits(), result.lots(), result.events(),
						result.decisions(), result.eligibility(), result.consumption(), result.revocations(), rows);
			}
		};
		Path out = this.temp.resolve("out");
		// when
		RunCommand run = run(broken, out, 2, 100);
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err).contains("RC7: roll-forward of PARTNER '6100231'").doesNotContain("\tat ");
		assertThat(run.err.strip().lines()).hasSize(1);
		assertThat(RunCommand.runJson(out).get("exit_code").asInt()).isEqualTo(1);
		assertThat(RunCommand.runJson(out).get("totals")).isEmpty();
		assertThat(out.resolve("rollforward.csv")).doesNotExist();
	}

	@Test
	@DisplayName("N3, V3: a refused input leaves only rejects/ and run.json, not an earlier run's simulation outputs")
	void refusedInputLeavesNoSimulationOutputs() throws IOException {
		// given: a run that simulated, then the same output folder with offers.csv
		// missing
		Path out = this.temp.resolve("out");
		assertThat(run(SimulationEngine.standard(), out, 2, 100).exitCode).isZero();
		Path input = this.temp.resolve("in");
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = input.resolve(SAMPLES.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		Files.delete(input.resolve("offers.csv"));
		// when
		RunCommand refused = RunCommand.run(input, out);
		// then
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		for (String file : FILES) {
			assertThat(out.resolve(file)).doesNotExist();
		}
		assertThat(RunCommand.runJson(out).get("outputs")).isEmpty();
	}

	/**
	 * Runs {@code run --input input-samples --out OUT} as the command line does, with an
	 * engine, partitions and partners per block.
	 */
	private static RunCommand run(SimulationEngine engine, Path out, int partitions, int blockPartners) {
		return RunCommand.runWith(SAMPLES, out, Map.of("credits-recon.simulate.partitions", partitions,
				"credits-recon.simulate.block-partners", blockPartners), SimulationEngine.class, engine);
	}

	/** The real engine, for a test to change one thing. */
	private static class Delegating implements SimulationEngine {

		private final SimulationEngine engine = SimulationEngine.standard();

		@Override
		public PartnerResult run(PartnerWorld world, Scenario scenario) {
			return this.engine.run(world, scenario);
		}

		@Override
		public PartnerResult runUnattributed(List<Action> actions, List<UsageSum> usage, Scenario scenario) {
			return this.engine.runUnattributed(actions, usage, scenario);
		}

	}

}
