package com.creditsrecon.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.model.text.CodePoints;

/**
 * The break history over 200 random sequences of nights, some run twice: the invariants
 * of the ledger, and every entry against a plain replay of the nights' break sets. A
 * failure names its seed: {@code sequence(seed)} replays it.
 */
class BreakHistoryPropertyTests {

	private static final String[] DIFFERENCES = { "5", "5.00", "-3", "0.5", "1.005", "-120" };

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 200);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void ledgerHoldsEveryBreakOnceWithItsStatus(long seed) {
		Random random = new Random(seed);
		List<String> universe = universe(random);
		// the nights as they finally stand (a rerun replaces its night), break_id to
		// difference (null: a break without an amount)
		TreeMap<LocalDate, Map<String, BigDecimal>> nights = new TreeMap<>();
		List<HistoryEntry> previous = List.of();
		LocalDate night = LocalDate.parse("2026-01-01");
		int count = 2 + random.nextInt(7);
		for (int n = 0; n < count; n++) {
			night = night.plusDays(1 + random.nextInt(3));
			Map<String, BigDecimal> breaks = breaks(random, universe);
			List<HistoryEntry> tonight = BreakHistory.tonight(previous, nightBreaks(breaks), night);
			if (random.nextInt(5) == 0) {
				// run again: from the night before, never from tonight's first run
				breaks = breaks(random, universe);
				tonight = BreakHistory.tonight(previous, nightBreaks(breaks), night);
			}
			nights.put(night, breaks);
			check(seed, nights, tonight);
			previous = tonight;
		}
	}

	private static void check(long seed, TreeMap<LocalDate, Map<String, BigDecimal>> nights,
			List<HistoryEntry> entries) {
		String where = "seed " + seed + ", night " + nights.lastKey() + ": ";
		LocalDate tonight = nights.lastKey();
		Set<String> everSeen = new HashSet<>();
		nights.values().forEach(breaks -> everSeen.addAll(breaks.keySet()));
		Set<String> listed = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			HistoryEntry entry = entries.get(i);
			assertTrue(listed.add(entry.breakId()), where + "once: " + entry);
			if (i > 0) {
				assertTrue(CodePoints.compare(entries.get(i - 1).breakId(), entry.breakId()) < 0, where + "sorted");
			}
			boolean present = nights.get(tonight).containsKey(entry.breakId());
			assertEquals(present, entry.status().isPresent(), where + "present iff not RESOLVED: " + entry);
			assertFalse(entry.lastSeen().isBefore(entry.firstSeen()), where + entry);
			assertFalse(entry.lastSeen().isAfter(tonight), where + entry);
			if (entry.status() == BreakStatus.RESOLVED) {
				assertNull(entry.difference(), where + entry);
			}
			checkAgainstReplay(where, nights, entry);
		}
		assertEquals(everSeen, listed, where + "every break_id ever seen");
	}

	/** The entry as the nights' break sets say it must be, worked out night by night. */
	private static void checkAgainstReplay(String where, TreeMap<LocalDate, Map<String, BigDecimal>> nights,
			HistoryEntry entry) {
		String id = entry.breakId();
		LocalDate tonight = nights.lastKey();
		List<LocalDate> seen = new ArrayList<>();
		nights.forEach((day, breaks) -> {
			if (breaks.containsKey(id)) {
				seen.add(day);
			}
		});
		boolean present = seen.contains(tonight);
		LocalDate before = nights.lowerKey(tonight);
		BreakStatus expected;
		if (!present) {
			expected = BreakStatus.RESOLVED;
		}
		else if (seen.size() == 1) {
			expected = BreakStatus.NEW;
		}
		else if (before != null && nights.get(before).containsKey(id)) {
			expected = BreakStatus.OPEN;
		}
		else {
			expected = BreakStatus.REOPENED;
		}
		assertEquals(expected, entry.status(), where + entry);
		assertEquals(seen.get(0), entry.firstSeen(), where + entry);
		assertEquals(seen.get(seen.size() - 1), entry.lastSeen(), where + entry);
		sameAmount(where + entry + " difference", present ? nights.get(tonight).get(id) : null, entry.difference());
		List<LocalDate> earlier = seen.stream().filter(day -> day.isBefore(tonight)).toList();
		BigDecimal previous = earlier.isEmpty() ? null : nights.get(earlier.get(earlier.size() - 1)).get(id);
		sameAmount(where + entry + " previous difference", previous, entry.previousDifference());
		boolean moved = present && previous != null && entry.difference() != null
				&& entry.difference().compareTo(previous) != 0;
		assertEquals(moved && expected != BreakStatus.NEW, entry.moved(), where + entry);
		if (before != null) {
			assertEquals(!present && nights.get(before).containsKey(id), entry.resolvedSince(before), where + entry);
		}
	}

	private static void sameAmount(String what, BigDecimal expected, BigDecimal actual) {
		if (expected == null || actual == null) {
			assertEquals(expected, actual, what);
			return;
		}
		assertEquals(0, expected.compareTo(actual), what + ": " + expected + " against " + actual);
	}

	/** Up to twelve IDs as breaks.csv gives them, a suffixed one among them. */
	private static List<String> universe(Random random) {
		List<String> ids = new ArrayList<>();
		int size = 1 + random.nextInt(12);
		for (int i = 0; i < size; i++) {
			ids.add(String.format("%016x", random.nextLong()));
		}
		ids.add(ids.get(0) + "-2");
		return ids;
	}

	/**
	 * Some of the IDs, each with an amount or not (the odd IDs of the universe never).
	 */
	private static Map<String, BigDecimal> breaks(Random random, List<String> universe) {
		Map<String, BigDecimal> breaks = new LinkedHashMap<>();
		for (int i = 0; i < universe.size(); i++) {
			if (random.nextInt(3) > 0) {
				breaks.put(universe.get(i),
						i % 2 == 1 ? null : new BigDecimal(DIFFERENCES[random.nextInt(DIFFERENCES.length)]));
			}
		}
		return breaks;
	}

	private static List<NightBreak> nightBreaks(Map<String, BigDecimal> breaks) {
		List<NightBreak> found = new ArrayList<>();
		breaks.forEach((id, difference) -> found
			.add(difference == null ? HistoryRows.status(id) : HistoryRows.balance(id, difference.toPlainString())));
		return found;
	}

}
