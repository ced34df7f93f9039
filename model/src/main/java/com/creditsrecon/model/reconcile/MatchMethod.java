package com.creditsrecon.model.reconcile;

/** How the two sides of a break row were paired (breaks.csv {@code match_method}). */
public enum MatchMethod {

	/** By lot reference or benefit ID (rules RC1, RC5). */
	REFERENCE,

	/**
	 * By attributes: a lot by profile, currency, amount and start date (rule RC1); a
	 * month's transactions by profile, month and currency (rule RC6).
	 */
	ATTRIBUTES,

	/** Unmatched: one side only. */
	NONE

}
