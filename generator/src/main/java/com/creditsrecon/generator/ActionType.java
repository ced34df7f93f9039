package com.creditsrecon.generator;

/**
 * The kinds of actions.csv rows (extracts.md), as the engine's rule families take them.
 */
enum ActionType {

	/** Rules M0–M6: deposit a modernized benefit onto a billing profile. */
	REDEEM,
	/** Rule L1: give a legacy benefit's seat to a user. */
	ASSIGN,
	/** Rule L2: the assigned user starts the benefit. */
	ACTIVATE,
	/** Rule L3: take the seat back. */
	REMOVE,
	/** Rule SM1. */
	MOVE_SUBSCRIPTION,
	/** Rule SM2. */
	MOVE_CREDITS,
	/** Rule SM3. */
	MOVE_BILLING_PROFILE,
	/** Rule A1. */
	SET_PAYMENT_INSTRUMENT,
	/** Rule A1. */
	GRANT_ROLE,
	/** Rule A1. */
	REVOKE_ROLE

}
