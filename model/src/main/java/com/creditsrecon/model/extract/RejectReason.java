package com.creditsrecon.model.extract;

/**
 * Why a data row was rejected (rule V2). The order of the constants is the order in which
 * the checks run: a row gets the first that applies.
 */
public enum RejectReason {

	WRONG_FIELD_COUNT, MISSING_VALUE, VALUE_TOO_LONG, BAD_DATE, BAD_INSTANT, BAD_AMOUNT, BAD_VALUE, DUPLICATE_KEY,
	UNKNOWN_REFERENCE

}
