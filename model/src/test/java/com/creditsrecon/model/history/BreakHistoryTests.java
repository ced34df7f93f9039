package com.creditsrecon.model.history;

import static com.creditsrecon.model.history.HistoryRows.NIGHT_1;
import static com.creditsrecon.model.history.HistoryRows.NIGHT_2;
import static com.creditsrecon.model.history.HistoryRows.NIGHT_3;
import static com.creditsrecon.model.history.HistoryRows.NIGHT_4;
import static com.creditsrecon.model.history.HistoryRows.amount;
import static com.creditsrecon.model.history.HistoryRows.balance;
import static com.creditsrecon.model.history.HistoryRows.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.reconcile.BreakObject;

/** Each status of the break history, night after night. */
class BreakHistoryTests {

	@Test
	@DisplayName("NEW: a break_id never seen before; first and last seen tonight, no previous difference")
	void newOnItsFirstNight() {
		// when
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "-2.5")), NIGHT_1);

		// then
		assertEquals(List.of(new HistoryEntry("a", BreakObject.LOT, "L-a", "BP1|L-a|2026-01-01", "closed_balance",
				"USD", "P1", NIGHT_1, NIGHT_1, BreakStatus.NEW, amount("-2.50"), null)), night1);
		assertEquals("-2.50", night1.get(0).difference().toPlainString(), "at the minor unit, as breaks.csv");
		assertFalse(night1.get(0).moved());
	}

	@Test
	@DisplayName("OPEN: open the night before and still there; the previous difference is that night's")
	void openWhenStillThere() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night1, List.of(balance("a", "7.5")), NIGHT_2));

		// then
		assertEquals(BreakStatus.OPEN, a.status());
		assertEquals(NIGHT_1, a.firstSeen());
		assertEquals(NIGHT_2, a.lastSeen());
		assertEquals(amount("7.50"), a.difference());
		assertEquals(amount("5.00"), a.previousDifference());
		assertTrue(a.moved());
	}

	@Test
	@DisplayName("OPEN: the same amount at another scale has not moved (compareTo, not equals)")
	void sameAmountHasNotMoved() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night1, List.of(balance("a", "5.000000")), NIGHT_2));

		// then
		assertEquals(BreakStatus.OPEN, a.status());
		assertFalse(a.moved());
	}

	@Test
	@DisplayName("RESOLVED: gone tonight; no difference, last seen the night it was there, whose difference is kept")
	void resolvedWhenGone() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night1, List.of(), NIGHT_2));

		// then
		assertEquals(new HistoryEntry("a", BreakObject.LOT, "L-a", "BP1|L-a|2026-01-01", "closed_balance", "USD", "P1",
				NIGHT_1, NIGHT_1, BreakStatus.RESOLVED, null, amount("5.00")), a);
		assertTrue(a.resolvedSince(NIGHT_1));
		assertFalse(a.moved());
	}

	@Test
	@DisplayName("RESOLVED long ago: stays in the ledger with its old last_seen, not resolved since the previous night")
	void resolvedStaysInTheLedger() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);
		List<HistoryEntry> night2 = BreakHistory.tonight(night1, List.of(), NIGHT_2);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night2, List.of(), NIGHT_3));

		// then
		assertEquals(night2.get(0), a);
		assertFalse(a.resolvedSince(NIGHT_2));
	}

	@Test
	@DisplayName("REOPENED: seen, resolved, back; first seen kept, previous difference the last one it had")
	void reopenedWhenBack() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);
		List<HistoryEntry> night2 = BreakHistory.tonight(night1, List.of(), NIGHT_2);
		List<HistoryEntry> night3 = BreakHistory.tonight(night2, List.of(), NIGHT_3);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night3, List.of(balance("a", "9")), NIGHT_4));

		// then
		assertEquals(new HistoryEntry("a", BreakObject.LOT, "L-a", "BP1|L-a|2026-01-01", "closed_balance", "USD", "P1",
				NIGHT_1, NIGHT_4, BreakStatus.REOPENED, amount("9.00"), amount("5.00")), a);
		assertTrue(a.moved());
	}

	@Test
	@DisplayName("REOPENED then OPEN the night after, compared with the reopened night")
	void reopenedThenOpen() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);
		List<HistoryEntry> night2 = BreakHistory.tonight(night1, List.of(), NIGHT_2);
		List<HistoryEntry> night3 = BreakHistory.tonight(night2, List.of(balance("a", "5")), NIGHT_3);

		// when
		HistoryEntry a = only(BreakHistory.tonight(night3, List.of(balance("a", "5")), NIGHT_4));

		// then
		assertEquals(BreakStatus.REOPENED, night3.get(0).status());
		assertFalse(night3.get(0).moved(), "back with the same amount");
		assertEquals(BreakStatus.OPEN, a.status());
		assertEquals(amount("5.00"), a.previousDifference());
		assertEquals(NIGHT_1, a.firstSeen());
	}

	@Test
	@DisplayName("A break without an amount has no differences and never moves")
	void breakWithoutAmountNeverMoves() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(status("s")), NIGHT_1);

		// when
		HistoryEntry s = only(BreakHistory.tonight(night1, List.of(status("s")), NIGHT_2));

		// then
		assertEquals(BreakStatus.OPEN, s.status());
		assertNull(s.difference());
		assertNull(s.previousDifference());
		assertFalse(s.moved());
	}

	@Test
	@DisplayName("Three nights: new, open, moved, resolved and reopened together, sorted by break_id")
	void threeNights() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(),
				List.of(balance("c", "1"), balance("a", "5"), status("b")), NIGHT_1);
		List<HistoryEntry> night2 = BreakHistory.tonight(night1, List.of(balance("a", "6"), balance("d", "-3")),
				NIGHT_2);

		// when
		List<HistoryEntry> night3 = BreakHistory.tonight(night2,
				List.of(balance("d", "-3"), balance("c", "2"), balance("e", "4")), NIGHT_3);

		// then
		assertEquals(List.of("a", "b", "c", "d"), ids(night2));
		assertEquals(List.of(BreakStatus.OPEN, BreakStatus.RESOLVED, BreakStatus.RESOLVED, BreakStatus.NEW),
				statuses(night2));
		assertEquals(List.of("a", "b", "c", "d", "e"), ids(night3));
		assertEquals(List.of(BreakStatus.RESOLVED, BreakStatus.RESOLVED, BreakStatus.REOPENED, BreakStatus.OPEN,
				BreakStatus.NEW), statuses(night3));
		HistoryEntry a = night3.get(0);
		assertEquals(NIGHT_2, a.lastSeen());
		assertEquals(amount("6.00"), a.previousDifference());
		assertTrue(a.resolvedSince(NIGHT_2));
		HistoryEntry b = night3.get(1);
		assertEquals(NIGHT_1, b.lastSeen());
		assertFalse(b.resolvedSince(NIGHT_2));
		HistoryEntry c = night3.get(2);
		assertEquals(NIGHT_1, c.firstSeen());
		assertEquals(amount("1.00"), c.previousDifference());
		assertTrue(c.moved());
		HistoryEntry d = night3.get(3);
		assertEquals(NIGHT_2, d.firstSeen());
		assertFalse(d.moved());
	}

	@Test
	@DisplayName("A rerun of a night, given the night before, replaces it: nothing of its first run remains")
	void rerunOfTheSameNightReplacesIt() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);
		List<HistoryEntry> firstRun = BreakHistory.tonight(night1, List.of(balance("a", "6"), balance("b", "1")),
				NIGHT_2);

		// when
		List<HistoryEntry> rerun = BreakHistory.tonight(night1, List.of(balance("a", "5")), NIGHT_2);

		// then
		assertEquals(List.of("a", "b"), ids(firstRun));
		assertEquals(List.of(new HistoryEntry("a", BreakObject.LOT, "L-a", "BP1|L-a|2026-01-01", "closed_balance",
				"USD", "P1", NIGHT_1, NIGHT_2, BreakStatus.OPEN, amount("5.00"), amount("5.00"))), rerun);
	}

	@Test
	@DisplayName("Nights go forward: tonight's own earlier entries, or a later night's, are refused as the previous night")
	void previousEntriesMustBeBeforeTonight() {
		// given
		List<HistoryEntry> night2 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_2);

		// when, then
		assertThrows(IllegalArgumentException.class, () -> BreakHistory.tonight(night2, List.of(), NIGHT_2));
		assertThrows(IllegalArgumentException.class, () -> BreakHistory.tonight(night2, List.of(), NIGHT_1));
	}

	@Test
	@DisplayName("A break_id twice tonight, or twice in the previous night, is refused")
	void repeatedIdsAreRefused() {
		// given
		List<HistoryEntry> night1 = BreakHistory.tonight(List.of(), List.of(balance("a", "5")), NIGHT_1);

		// when, then
		assertThrows(IllegalArgumentException.class,
				() -> BreakHistory.tonight(List.of(), List.of(balance("a", "5"), status("a")), NIGHT_1));
		assertThrows(IllegalArgumentException.class,
				() -> BreakHistory.tonight(List.of(night1.get(0), night1.get(0)), List.of(), NIGHT_2));
	}

	@Test
	@DisplayName("Rows are sorted by break_id in code point order, a suffixed ID after its own")
	void sortedByBreakIdInCodePointOrder() {
		// given
		String astral = new String(Character.toChars(0x1F600));

		// when
		List<HistoryEntry> night = BreakHistory.tonight(List.of(), List.of(balance("\uFFFD", "1"), balance(astral, "1"),
				balance("ab-2", "1"), balance("ab", "1"), balance("aa", "1")), NIGHT_1);

		// then
		assertEquals(List.of("aa", "ab", "ab-2", "\uFFFD", astral), ids(night));
	}

	@Test
	@DisplayName("An entry refuses what no night gives: a RESOLVED difference, a NEW break seen before, last before first")
	void entriesValidateThemselves() {
		assertThrows(IllegalArgumentException.class, () -> new HistoryEntry("a", BreakObject.LOT, "", "", "f", "USD",
				"", NIGHT_1, NIGHT_1, BreakStatus.RESOLVED, amount("1"), null));
		assertThrows(IllegalArgumentException.class, () -> new HistoryEntry("a", BreakObject.LOT, "", "", "f", "USD",
				"", NIGHT_1, NIGHT_2, BreakStatus.NEW, amount("1"), null));
		assertThrows(IllegalArgumentException.class, () -> new HistoryEntry("a", BreakObject.LOT, "", "", "f", "USD",
				"", NIGHT_2, NIGHT_1, BreakStatus.OPEN, amount("1"), null));
		assertThrows(NullPointerException.class, () -> new HistoryEntry("a", BreakObject.LOT, null, "", "f", "USD", "",
				NIGHT_1, NIGHT_1, BreakStatus.NEW, null, null));
	}

	private static HistoryEntry only(List<HistoryEntry> entries) {
		assertEquals(1, entries.size(), entries.toString());
		return entries.get(0);
	}

	private static List<String> ids(List<HistoryEntry> entries) {
		return entries.stream().map(HistoryEntry::breakId).toList();
	}

	private static List<BreakStatus> statuses(List<HistoryEntry> entries) {
		return entries.stream().map(HistoryEntry::status).toList();
	}

}
