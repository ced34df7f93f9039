package com.creditsrecon.reports.run;

import java.time.LocalDate;
import java.util.List;

/**
 * What run.json and the page say of a nightly run beyond what they say of a run: the
 * night before it, how fresh its usage is (rule N3), which input files it read and which
 * the store held already (rule N1).
 *
 * @param previousNight the newest night recorded before this one; null on the first
 * @param usageLastDay the latest charge day of the usage in effect; null for none
 * @param staleInputs whether that day is more than {@code staleAfterDays} before as-of
 * @param imported the input files this night read
 * @param held the input files the store held unchanged, not read again, with the usage
 * files of earlier nights still in effect
 */
public record NightReport(LocalDate previousNight, LocalDate usageLastDay, int staleAfterDays, boolean staleInputs,
		List<String> imported, List<String> held) {

	public NightReport {
		imported = List.copyOf(imported);
		held = List.copyOf(held);
	}

}
