package com.creditsrecon.model.reconcile;

/** Rule RC4: what most likely explains a break, the first that fits, in this order. */
public enum BreakClass {

	/** Azure shows a balance on a lot the simulation revoked. */
	REVOCATION_NOT_APPLIED,

	/** Azure shows a balance on a lot whose window ended (lapsed or expired). */
	LAPSE_NOT_APPLIED,

	/** A simulated lot Azure does not show. */
	DEPOSIT_MISSING,

	/**
	 * The balance differs by exactly the lot's settled charges of {@code as-of} and the
	 * day before: charges Azure has not applied yet.
	 */
	TIMING,

	/** None of the above; every benefit and transactions break. */
	UNEXPLAINED

}
