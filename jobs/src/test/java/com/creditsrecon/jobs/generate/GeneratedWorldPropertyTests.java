package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.generator.WorldGenerator;
import com.creditsrecon.jobs.ShuffledCopy;

/**
 * Rules K6, C11, RC7, RV2 and T4 through the whole {@code run} job, on ten generated
 * worlds. Each world runs twice: as generated with one partition, and shuffled (rows and
 * columns) with three partitions of one partner per block; every output must be the same
 * bytes. A failure names its seed: {@code ./run.sh generate --seed S} rebuilds the world.
 */
class GeneratedWorldPropertyTests {

	private static final List<String> OUTPUTS = List.of("benefits.csv", "lots.csv", "events.csv", "decisions.csv",
			"eligibility.csv", "consumption.csv", "revocations.csv", "rollforward.csv");

	@TempDir
	Path dir;

	static LongStream seeds() {
		return LongStream.rangeClosed(101, 110);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void identitiesHoldWhateverTheRowOrderAndPartitions(long seed) throws IOException {
		Path world = this.dir.resolve("world");
		Path shuffled = this.dir.resolve("shuffled");
		WorldGenerator.write(world,
				GenerateOptions.defaults(12).withSeed(seed).withMonths(3 + (int) (seed % 10)).withUsageRows(1500));
		ShuffledCopy.copy(world, shuffled, seed);
		Path first = run(world, this.dir.resolve("out-1"), 1, 100, seed);
		Path second = run(shuffled, this.dir.resolve("out-2"), 3, 1, seed);
		for (String output : OUTPUTS) {
			assertThat(Files.readString(second.resolve(output))).as("seed %d: %s", seed, output)
				.isEqualTo(Files.readString(first.resolve(output)));
		}
		checkLots(seed, GeneratedWorlds.rows(first.resolve("lots.csv")));
		checkConsumption(seed, GeneratedWorlds.rows(first.resolve("consumption.csv")));
		checkRollforward(seed, GeneratedWorlds.rows(first.resolve("rollforward.csv")));
		checkRevocations(seed, GeneratedWorlds.rows(first.resolve("revocations.csv")));
	}

	private static Path run(Path input, Path out, int partitions, int blockPartners, long seed) {
		System.setProperty("credits-recon.simulate.partitions", Integer.toString(partitions));
		System.setProperty("credits-recon.simulate.block-partners", Integer.toString(blockPartners));
		try {
			GeneratedWorlds.Outcome outcome = GeneratedWorlds.cli("run", "--input", input.toString(), "--out",
					out.toString());
			assertThat(outcome.exitCode()).as("seed %d: %s", seed, outcome).isZero();
			return out;
		}
		finally {
			System.clearProperty("credits-recon.simulate.partitions");
			System.clearProperty("credits-recon.simulate.block-partners");
		}
	}

	/** Rule K6 on every lot written. */
	private static void checkLots(long seed, List<Map<String, String>> lots) {
		assertThat(lots).as("seed %d: lots", seed).isNotEmpty();
		for (Map<String, String> lot : lots) {
			BigDecimal accounted = amount(lot, "charged").subtract(amount(lot, "adjusted"))
				.add(amount(lot, "lapsed"))
				.add(amount(lot, "expired"))
				.add(amount(lot, "revoked"))
				.add(amount(lot, "closed_balance"));
			assertThat(accounted).as("seed %d: K6 %s", seed, lot).isEqualByComparingTo(amount(lot, "original_amount"));
		}
	}

	/** Rule C11 for the classifications that draw credit. */
	private static void checkConsumption(long seed, List<Map<String, String>> rows) {
		for (Map<String, String> row : rows) {
			if (row.get("classification").equals("ELIGIBLE")) {
				BigDecimal accounted = amount(row, "covered").add(amount(row, "uncovered"))
					.subtract(amount(row, "restored"))
					.subtract(amount(row, "unapplied"));
				assertThat(accounted).as("seed %d: C11 %s", seed, row).isEqualByComparingTo(amount(row, "amount"));
			}
		}
	}

	/**
	 * Rule RC7: every row's identity, months chained per scope, and each level adding up
	 * to GLOBAL per currency and month.
	 */
	private static void checkRollforward(long seed, List<Map<String, String>> rows) {
		Map<String, BigDecimal> levels = new HashMap<>();
		Map<String, String> previous = null;
		for (Map<String, String> row : rows) {
			BigDecimal closing = amount(row, "opening").add(amount(row, "new_credit"))
				.subtract(amount(row, "charges"))
				.add(amount(row, "adjustments"))
				.subtract(amount(row, "lapsed"))
				.subtract(amount(row, "expired"))
				.subtract(amount(row, "revoked"));
			assertThat(closing).as("seed %d: RC7 %s", seed, row).isEqualByComparingTo(amount(row, "closing"));
			boolean sameScope = previous != null && previous.get("scope_type").equals(row.get("scope_type"))
					&& previous.get("scope_id").equals(row.get("scope_id"))
					&& previous.get("currency").equals(row.get("currency"));
			if (sameScope) {
				assertThat(amount(row, "opening")).as("seed %d: RC7 chain %s", seed, row)
					.isEqualByComparingTo(amount(previous, "closing"));
			}
			if (!row.get("scope_type").equals("BILLING_PROFILE")) {
				levels.merge(row.get("scope_type") + "|" + row.get("currency") + "|" + row.get("month"),
						amount(row, "closing"), BigDecimal::add);
			}
			previous = row;
		}
		levels.forEach((key, closing) -> {
			String global = "GLOBAL" + key.substring(key.indexOf('|'));
			assertThat(closing).as("seed %d: RC7 level %s", seed, key)
				.isEqualByComparingTo(levels.getOrDefault(global, BigDecimal.ZERO));
		});
	}

	/** Rule RV2. */
	private static void checkRevocations(long seed, List<Map<String, String>> rows) {
		for (Map<String, String> row : rows) {
			BigDecimal accounted = amount(row, "remaining_revoked").add(amount(row, "clawback"))
				.add(amount(row, "lapsed"))
				.add(amount(row, "expired"));
			assertThat(accounted).as("seed %d: RV2 %s", seed, row).isEqualByComparingTo(amount(row, "granted"));
			assertThat(amount(row, "future_cancelled").signum()).as("seed %d: RV2 %s", seed, row).isNotNegative();
		}
	}

	private static BigDecimal amount(Map<String, String> row, String column) {
		try {
			return new BigDecimal(row.get(column));
		}
		catch (NumberFormatException ex) {
			throw new UncheckedIOException(new IOException(column + " is not an amount in " + row, ex));
		}
	}

}
