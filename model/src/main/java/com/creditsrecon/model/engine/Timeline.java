package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.TreeMap;

/**
 * The dated work of one partner's simulation. The engine jumps from one day that has work
 * to the next, so idle days cost nothing (rule T5); work dated after {@code as-of} is
 * never scheduled.
 */
final class Timeline {

	private final TreeMap<LocalDate, Agenda> days = new TreeMap<>();

	private final LocalDate asOf;

	/** Days run so far: what rule T5 bounds. */
	int daysRun;

	Timeline(LocalDate asOf) {
		this.asOf = asOf;
	}

	/**
	 * The agenda of a day within the run, created when first needed; null after as-of.
	 */
	Agenda on(LocalDate day) {
		if (day.isAfter(this.asOf)) {
			return null;
		}
		return this.days.computeIfAbsent(day, d -> new Agenda());
	}

	/**
	 * The next day with work, or null when none is left. Its agenda stays open to work
	 * added while it runs (a lot opened and closed the same day).
	 */
	LocalDate nextDay() {
		return this.days.isEmpty() ? null : this.days.firstKey();
	}

	void done(LocalDate day) {
		this.daysRun++;
		this.days.remove(day);
	}

}
