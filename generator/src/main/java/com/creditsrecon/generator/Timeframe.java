package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated calendar: {@code months} whole months ending on {@link #ANCHOR}, a
 * constant (never the wall clock), so that the same options always give the same dates.
 */
public final class Timeframe {

	/** The last simulated day: the end of the last month, and the default as-of day. */
	public static final LocalDate ANCHOR = LocalDate.of(2026, 10, 31);

	private final List<YearMonth> months;

	private final LocalDate start;

	Timeframe(int months) {
		YearMonth last = YearMonth.from(ANCHOR);
		List<YearMonth> list = new ArrayList<>(months);
		for (int i = months - 1; i >= 0; i--) {
			list.add(last.minusMonths(i));
		}
		this.months = List.copyOf(list);
		this.start = this.months.get(0).atDay(1);
	}

	/** The first simulated day. */
	LocalDate start() {
		return this.start;
	}

	/** The last simulated day ({@link #ANCHOR}). */
	LocalDate end() {
		return ANCHOR;
	}

	List<YearMonth> months() {
		return this.months;
	}

	/** Days from the first to the last simulated day, both included. */
	int days() {
		return (int) ChronoUnit.DAYS.between(this.start, ANCHOR) + 1;
	}

	/** The day at a share of the window (in per mille), 0 being the first day. */
	LocalDate dayAt(int perMille) {
		return this.start.plusDays((long) (days() - 1) * perMille / 1000);
	}

	/** The index of a month in {@link #months()}, -1 when outside. */
	int monthIndex(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		int index = (int) ChronoUnit.MONTHS.between(this.months.get(0), month);
		return (index < 0 || index >= this.months.size()) ? -1 : index;
	}

}
