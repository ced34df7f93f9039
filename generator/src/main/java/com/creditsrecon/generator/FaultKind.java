package com.creditsrecon.generator;

import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;

/**
 * The faults {@code --inject-breaks} puts into the reported extracts, one per break class
 * and object of rules RC4 to RC6. Faults take turns in this order, so that seven or more
 * faults show every class.
 */
public enum FaultKind {

	/** A revoked lot reported Active, its revoked amount still on it. */
	REVOCATION_NOT_APPLIED(BreakObject.LOT, BreakClass.REVOCATION_NOT_APPLIED),

	/** A lot whose window ended reported Active, what lapsed or expired still on it. */
	LAPSE_NOT_APPLIED(BreakObject.LOT, BreakClass.LAPSE_NOT_APPLIED),

	/** A lot left out of the report. */
	DEPOSIT_MISSING(BreakObject.LOT, BreakClass.DEPOSIT_MISSING),

	/** A lot reported without its settled charges of as-of and the day before. */
	TIMING(BreakObject.LOT, BreakClass.TIMING),

	/**
	 * An active lot reported with another original amount, on another of the partner's
	 * profiles, or beside a lot that does not exist.
	 */
	LOT_UNEXPLAINED(BreakObject.LOT, BreakClass.UNEXPLAINED),

	/**
	 * A benefit reported with another status, other credits consumed, or left out.
	 */
	BENEFIT_UNEXPLAINED(BreakObject.BENEFIT, BreakClass.UNEXPLAINED),

	/** A credit transaction reported with another amount. */
	TRANSACTIONS_UNEXPLAINED(BreakObject.TRANSACTIONS, BreakClass.UNEXPLAINED);

	private final BreakObject object;

	private final BreakClass breakClass;

	FaultKind(BreakObject object, BreakClass breakClass) {
		this.object = object;
		this.breakClass = breakClass;
	}

	BreakObject object() {
		return this.object;
	}

	/** The class of every break row a fault of this kind produces. */
	BreakClass breakClass() {
		return this.breakClass;
	}

	/**
	 * Whether few lots fit the kind (revoked lots, lots whose window ended with something
	 * left, lots charged on the last two days), where every lot can go missing and most
	 * are active.
	 */
	boolean rare() {
		return this == REVOCATION_NOT_APPLIED || this == LAPSE_NOT_APPLIED || this == TIMING;
	}

}
