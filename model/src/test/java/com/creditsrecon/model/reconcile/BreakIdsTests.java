package com.creditsrecon.model.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * breaks.csv's break_id (outputs.md): stable from one run to the next, unique in the
 * file.
 */
class BreakIdsTests {

	@Test
	@DisplayName("break_id: the first 16 hex digits of the SHA-256 of object|key|reported_key|field")
	void breakIdIsTheHashOfTheRowsNames() {
		// given a row whose SHA-256 was computed apart:
		// printf '%s'
		// 'LOT|PU0301-AZMONTHLY-01|NWWR-NHZ3-FL8-UFA|PU0301-AZMONTHLY-01|2025-10-14|status'
		// | sha256sum
		BreakRow row = row(BreakObject.LOT, "PU0301-AZMONTHLY-01", "NWWR-NHZ3-FL8-UFA|PU0301-AZMONTHLY-01|2025-10-14",
				"status", "LAPSED");

		// when
		String id = new BreakIds().next(row);

		// then
		assertEquals("2dc6ca8cedf27bb5", id);
	}

	@Test
	@DisplayName("break_id: the values before the formula guard; expected, reported and class do not count")
	void breakIdIgnoresTheGuardAndTheValues() {
		// given a key a spreadsheet would run as a formula (written '-L1 in the file)
		BreakRow one = row(BreakObject.LOT, "-L1", "", "MISSING_IN_REPORT", "1.00");
		BreakRow other = new BreakRow(BreakObject.LOT, "-L1", "", MatchMethod.ATTRIBUTES, "MISSING_IN_REPORT", "9.99",
				"5", null, BreakClass.DEPOSIT_MISSING, "EUR", "P9");

		// then
		assertEquals(new BreakIds().of(one), new BreakIds().of(other));
		assertEquals(16, new BreakIds().of(one).length());
		assertNotEquals(new BreakIds().of(one),
				new BreakIds().of(row(BreakObject.LOT, "'-L1", "", "MISSING_IN_REPORT", "1.00")));
		assertNotEquals(new BreakIds().of(one),
				new BreakIds().of(row(BreakObject.BENEFIT, "-L1", "", "MISSING_IN_REPORT", "1.00")));
	}

	@Test
	@DisplayName("break_id: rows that would share an ID get -2, -3 in file order; the next row starts again")
	void sharedIdsGetSuffixesInFileOrder() {
		// given three unexpected lots on one profile, without reference, starting on the
		// same day, then another break
		BreakIds ids = new BreakIds();
		BreakRow first = row(BreakObject.LOT, "", "BP1||2025-06-01", "UNEXPECTED_IN_REPORT", "");
		BreakRow next = row(BreakObject.LOT, "L1", "", "MISSING_IN_REPORT", "1.00");

		// when
		List<String> written = List.of(ids.next(first), ids.next(first), ids.next(first), ids.next(next),
				ids.next(next));

		// then
		String shared = new BreakIds().of(first);
		String other = new BreakIds().of(next);
		assertEquals(List.of(shared, shared + "-2", shared + "-3", other, other + "-2"), written);
	}

	private static BreakRow row(BreakObject object, String key, String reportedKey, String field, String expected) {
		return new BreakRow(object, key, reportedKey, MatchMethod.NONE, field, expected, "", null,
				BreakClass.UNEXPLAINED, "USD", "P1");
	}

}
