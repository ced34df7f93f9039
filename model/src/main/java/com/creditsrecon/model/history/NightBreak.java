package com.creditsrecon.model.history;

import java.util.Objects;

import com.creditsrecon.model.reconcile.BreakRow;

/**
 * A row of tonight's reconciliation/breaks.csv with its {@code break_id}, given as the
 * file gives it ({@link com.creditsrecon.model.reconcile.BreakIds}).
 */
public record NightBreak(String breakId, BreakRow row) {

	public NightBreak {
		Objects.requireNonNull(breakId, "breakId is required");
		Objects.requireNonNull(row, "row is required");
		if (breakId.isEmpty()) {
			throw new IllegalArgumentException("breakId must not be blank");
		}
	}

}
