package com.creditsrecon.model.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.text.CodePoints;

/**
 * Tonight's break history from the previous night's and tonight's breaks. The history is
 * a full ledger: it holds every {@code break_id} ever seen, so that the previous night's
 * entries are all a night needs, and a break resolved long ago stays RESOLVED with the
 * last night it was seen.
 * <p>
 * For each {@code break_id}:
 * <ul>
 * <li>NEW: in tonight's breaks and in no earlier night's; first and last seen tonight, no
 * previous difference;</li>
 * <li>OPEN: in tonight's breaks, and open (NEW, OPEN or REOPENED) on the previous night;
 * its previous difference is that night's;</li>
 * <li>REOPENED: in tonight's breaks, RESOLVED on the previous night; its previous
 * difference is the one of the last night it was present;</li>
 * <li>RESOLVED: in the previous night's history but not in tonight's breaks; no
 * difference, last seen on the last night it was present, whose difference is its
 * previous difference.</li>
 * </ul>
 * A present break takes its object, keys, field, currency and partner from tonight's row;
 * a RESOLVED one keeps those it had. {@code first_seen} is the first night it was ever
 * present.
 */
public final class BreakHistory {

	private BreakHistory() {
	}

	/**
	 * Tonight's history entries, sorted by {@code break_id} in code point order.
	 * @param previous the entries of the newest night recorded before tonight (every
	 * {@code break_id} seen up to that night); empty on the first night. To run a night
	 * again, pass the night before it, never tonight's own earlier entries.
	 * @param tonight tonight's breaks with their IDs, in any order
	 * @param asOf tonight
	 * @throws IllegalArgumentException when an ID repeats, or a previous entry was last
	 * seen on or after tonight (nights go forward)
	 */
	public static List<HistoryEntry> tonight(Collection<HistoryEntry> previous, Collection<NightBreak> tonight,
			LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf is required");
		Map<String, HistoryEntry> before = new HashMap<>();
		for (HistoryEntry entry : previous) {
			if (!entry.lastSeen().isBefore(asOf)) {
				throw new IllegalArgumentException("Nights go forward: break " + entry.breakId() + " was last seen on "
						+ entry.lastSeen() + ", not before tonight (" + asOf + ")");
			}
			if (before.put(entry.breakId(), entry) != null) {
				throw new IllegalArgumentException("break_id " + entry.breakId() + " twice in the previous night");
			}
		}
		List<HistoryEntry> entries = new ArrayList<>(before.size() + tonight.size());
		Set<String> present = new HashSet<>();
		for (NightBreak found : tonight) {
			if (!present.add(found.breakId())) {
				throw new IllegalArgumentException("break_id " + found.breakId() + " twice tonight");
			}
			entries.add(present(before.get(found.breakId()), found, asOf));
		}
		for (HistoryEntry entry : before.values()) {
			if (!present.contains(entry.breakId())) {
				entries.add(resolved(entry));
			}
		}
		entries.sort(Comparator.comparing(HistoryEntry::breakId, CodePoints.ORDER));
		return List.copyOf(entries);
	}

	private static HistoryEntry present(HistoryEntry before, NightBreak found, LocalDate asOf) {
		if (before == null) {
			return entry(found, asOf, asOf, BreakStatus.NEW, null);
		}
		if (before.status().isPresent()) {
			return entry(found, before.firstSeen(), asOf, BreakStatus.OPEN, before.difference());
		}
		return entry(found, before.firstSeen(), asOf, BreakStatus.REOPENED, before.previousDifference());
	}

	private static HistoryEntry entry(NightBreak found, LocalDate firstSeen, LocalDate asOf, BreakStatus status,
			BigDecimal previousDifference) {
		BreakRow row = found.row();
		return new HistoryEntry(found.breakId(), row.object(), blank(row.key()), blank(row.reportedKey()),
				blank(row.field()), blank(row.currency()), blank(row.partnerId()), firstSeen, asOf, status,
				row.difference(), previousDifference);
	}

	/**
	 * Resolved tonight (open on the previous night: its difference then is the last one)
	 * or earlier (kept as it was).
	 */
	private static HistoryEntry resolved(HistoryEntry before) {
		BigDecimal last = before.status().isPresent() ? before.difference() : before.previousDifference();
		return new HistoryEntry(before.breakId(), before.object(), before.key(), before.reportedKey(), before.field(),
				before.currency(), before.partnerId(), before.firstSeen(), before.lastSeen(), BreakStatus.RESOLVED,
				null, last);
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

}
