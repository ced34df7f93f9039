package com.creditsrecon.model.history;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.MatchMethod;

/** Hand-made breaks for the history tests: a lot's balance, or a lot's status. */
final class HistoryRows {

	static final LocalDate NIGHT_1 = LocalDate.parse("2026-10-01");

	static final LocalDate NIGHT_2 = LocalDate.parse("2026-10-02");

	static final LocalDate NIGHT_3 = LocalDate.parse("2026-10-05");

	static final LocalDate NIGHT_4 = LocalDate.parse("2026-10-06");

	private HistoryRows() {
	}

	/** A closed_balance break of lot {@code id} in USD; null for no amount. */
	static NightBreak balance(String id, String difference) {
		return new NightBreak(id,
				new BreakRow(BreakObject.LOT, "L-" + id, "BP1|L-" + id + "|2026-01-01", MatchMethod.REFERENCE,
						"closed_balance", "10.00", "", difference == null ? null : new BigDecimal(difference),
						BreakClass.UNEXPLAINED, "USD", "P1"));
	}

	/** A status break of lot {@code id}: no amount. */
	static NightBreak status(String id) {
		return new NightBreak(id, new BreakRow(BreakObject.LOT, "L-" + id, "BP1|L-" + id + "|2026-01-01",
				MatchMethod.REFERENCE, "status", "ACTIVE", "Expired", null, BreakClass.UNEXPLAINED, "USD", "P1"));
	}

	static BigDecimal amount(String text) {
		return new BigDecimal(text);
	}

}
