package com.creditsrecon.model.usage;

/**
 * The one classification every usage row gets (rules C1–C7), as consumption.csv writes
 * it.
 */
public enum Classification {

	ELIGIBLE, OTHER_PROVIDER, REPORTED_CREDIT, RESERVED_INSTANCE, SAVINGS_PLAN, MARKETPLACE, SUPPORT_PLAN,
	NOT_CREDIT_ELIGIBLE, NOT_COVERED_OTHER, CURRENCY_MISMATCH

}
