package com.creditsrecon.model.reconcile;

/** What a break row compares (breaks.csv {@code object}). */
public enum BreakObject {

	/** Azure's lots against lots.csv (rules RC1 to RC4). */
	LOT,

	/** Partner Center's benefits against benefits.csv (rule RC5). */
	BENEFIT,

	/** Azure's monthly credit transactions against events.csv (rule RC6). */
	TRANSACTIONS

}
