package com.creditsrecon.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.world.UsageSum;

/**
 * Rules K6, C11, RC7, RV2 and T4 over 250 random worlds, on the engine alone. A failure
 * names its seed: {@code RandomWorld.of(seed)} rebuilds the world.
 */
class ConservationPropertyTests {

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 250);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void identitiesHoldAndOrderDoesNotMatter(long seed) {
		RandomWorld random = RandomWorld.of(seed);
		PartnerResult result = Simulation.run(random.world(), random.scenario());
		checkLots(result.lots());
		checkConsumption(random, result.consumption());
		checkRollforward(result.rollforward());
		checkRevocations(result.revocations());
		// rule T4: the order of input rows never changes a result
		PartnerResult shuffled = Simulation.run(random.shuffled(seed * 31).world(), random.scenario());
		assertEquals(result, shuffled, "seed " + seed + ": shuffled input changed the result");
	}

	/** Rule K6 on every written lot. */
	private static void checkLots(List<LotRow> lots) {
		for (LotRow lot : lots) {
			BigDecimal accounted = lot.charged()
				.subtract(lot.adjusted())
				.add(lot.lapsed())
				.add(lot.expired())
				.add(lot.revoked())
				.add(lot.closedBalance());
			assertEquals(0, accounted.compareTo(lot.originalAmount()), "K6 " + lot);
			assertTrue(lot.closedBalance().signum() >= 0 && lot.closedBalance().compareTo(lot.originalAmount()) <= 0,
					"balance within [0, original] " + lot);
		}
	}

	/**
	 * Rule C11: per currency, consumption adds up to the usage in effect, rounded per
	 * group.
	 */
	private static void checkConsumption(RandomWorld random, List<ConsumptionRow> rows) {
		Map<String, BigDecimal> out = new HashMap<>();
		long rowCount = 0;
		for (ConsumptionRow row : rows) {
			out.merge(row.currency(), row.amount(), BigDecimal::add);
			rowCount += row.rows();
			if (row.classification().equals("ELIGIBLE")) {
				assertEquals(0, row.amount()
					.compareTo(row.covered().add(row.uncovered()).subtract(row.restored()).subtract(row.unapplied())),
						"C11 " + row);
			}
		}
		long inputRows = random.world()
			.usage()
			.stream()
			.filter(u -> !u.chargeDate().isAfter(random.scenario().asOf()))
			.mapToLong(UsageSum::rows)
			.sum();
		assertEquals(inputRows, rowCount, "every row in effect is counted once");
		Map<String, BigDecimal> exact = new HashMap<>();
		for (UsageSum usage : random.world().usage()) {
			if (!usage.chargeDate().isAfter(random.scenario().asOf())) {
				exact.merge(usage.currency(), usage.amount(), BigDecimal::add);
			}
		}
		exact.forEach((currency, amount) -> {
			// rounding per group moves the total by at most half a minor unit per group
			BigDecimal drift = amount.subtract(out.getOrDefault(currency, BigDecimal.ZERO)).abs();
			assertTrue(drift.compareTo(BigDecimal.valueOf(rows.size() * 100L)) < 0, currency + " drift " + drift);
		});
	}

	/** Rule RC7 within the partner: every row's identity, and months chain. */
	private static void checkRollforward(List<RollforwardRow> rows) {
		RollforwardRow previous = null;
		for (RollforwardRow row : rows) {
			BigDecimal closing = row.opening()
				.add(row.newCredit())
				.subtract(row.charges())
				.add(row.adjustments())
				.subtract(row.lapsed())
				.subtract(row.expired())
				.subtract(row.revoked());
			assertEquals(0, closing.compareTo(row.closing()), "RC7 " + row);
			if (previous != null && previous.scopeType().equals(row.scopeType())
					&& previous.scopeId().equals(row.scopeId()) && previous.currency().equals(row.currency())) {
				assertEquals(previous.month().plusMonths(1), row.month(), "quiet months included " + row);
				assertEquals(0, previous.closing().compareTo(row.opening()), "closing carries to opening " + row);
			}
			else {
				assertEquals(0, row.opening().signum(), "a scope opens at zero " + row);
			}
			previous = row;
		}
	}

	/** Rule RV2. */
	private static void checkRevocations(List<RevocationRow> rows) {
		for (RevocationRow row : rows) {
			assertEquals(0,
					row.remainingRevoked()
						.add(row.clawback())
						.add(row.lapsed())
						.add(row.expired())
						.compareTo(row.granted()),
					"RV2 " + row);
			assertTrue(row.futureCancelled().signum() >= 0, "RV2 " + row);
		}
	}

}
