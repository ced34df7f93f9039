package com.creditsrecon.model.history;

/** Where a break stands tonight (history.csv {@code status}). */
public enum BreakStatus {

	/** In tonight's breaks, and in none before. */
	NEW,

	/** In tonight's breaks, and open on the previous night. */
	OPEN,

	/** Not in tonight's breaks; it was on an earlier night. */
	RESOLVED,

	/** In tonight's breaks again, after a night or more resolved. */
	REOPENED;

	/** Whether the break is in tonight's breaks.csv (every status but RESOLVED). */
	public boolean isPresent() {
		return this != RESOLVED;
	}

}
