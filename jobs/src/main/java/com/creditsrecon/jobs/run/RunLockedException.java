package com.creditsrecon.jobs.run;

/**
 * Another run holds the store: this one cannot start now, and can later unchanged (exit
 * code 1).
 */
public final class RunLockedException extends RuntimeException {

	RunLockedException(String message) {
		super(message, null, false, false);
	}

}
