package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;

import com.creditsrecon.jobs.importing.InputRefusedException;

/**
 * The day a run simulates up to (rule T1): {@code --as-of}, or else the default of the
 * imported inputs. An {@code --as-of} more than ten years after that default is refused
 * (outputs.md, exit code 2): a simulation that long is a typing error, not a question,
 * and it would run for hours and fill the store.
 */
final class AsOfDay {

	/** How far past the inputs' default as-of day {@code --as-of} may go. */
	static final int MAX_YEARS_AFTER_DEFAULT = 10;

	private AsOfDay() {
	}

	/**
	 * @param asked {@code --as-of}, or null
	 * @param defaultAsOf the default of rule T1, or null when the inputs carry no date
	 * @return the as-of day, or null when there is none (nothing to simulate)
	 * @throws InputRefusedException when {@code asked} is more than ten years after
	 * {@code defaultAsOf}
	 */
	static LocalDate resolve(LocalDate asked, LocalDate defaultAsOf) {
		if (asked == null) {
			return defaultAsOf;
		}
		// Inputs without a single date (no purchase, action, usage or reported row) have
		// nothing that happens in time: whatever the day, the simulation is empty and
		// costs nothing. There is nothing to measure --as-of against, nor anything to
		// protect: it is taken as asked (its four-digit year checked at once), and
		// run.json says which day the empty outputs are of.
		if (defaultAsOf == null) {
			return asked;
		}
		LocalDate latest = defaultAsOf.plusYears(MAX_YEARS_AFTER_DEFAULT);
		if (asked.isAfter(latest)) {
			throw new InputRefusedException("--as-of " + asked + " is refused: it is more than ten years after "
					+ defaultAsOf + ", the default as-of of the inputs (their latest date)");
		}
		return asked;
	}

}
