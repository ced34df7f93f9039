package com.creditsrecon.model.rollforward;

import java.math.BigDecimal;
import java.util.List;

import com.creditsrecon.model.result.RollforwardRow;

/**
 * The eight amounts of a roll-forward row, in column order, so that rows can be summed
 * and compared measure by measure.
 */
final class RollforwardMeasures {

	static final List<String> NAMES = List.of("opening", "new_credit", "charges", "adjustments", "lapsed", "expired",
			"revoked", "closing");

	private RollforwardMeasures() {
	}

	static BigDecimal[] of(RollforwardRow row) {
		return new BigDecimal[] { row.opening(), row.newCredit(), row.charges(), row.adjustments(), row.lapsed(),
				row.expired(), row.revoked(), row.closing() };
	}

	static BigDecimal[] zero() {
		BigDecimal[] zero = new BigDecimal[NAMES.size()];
		java.util.Arrays.fill(zero, BigDecimal.ZERO);
		return zero;
	}

	static void add(BigDecimal[] into, BigDecimal[] more) {
		for (int i = 0; i < into.length; i++) {
			into[i] = into[i].add(more[i]);
		}
	}

	/** The first measure in which two differ, or -1. */
	static int firstDifference(BigDecimal[] a, BigDecimal[] b) {
		for (int i = 0; i < a.length; i++) {
			if (a[i].compareTo(b[i]) != 0) {
				return i;
			}
		}
		return -1;
	}

}
