package com.creditsrecon.jobs.run;

/**
 * A store that the run cannot use as it is named or as it is (a PostgreSQL URL that names
 * no schema, a store whose schema a newer version wrote): a setting to fix, not a failure
 * to retry (exit code 2).
 */
public final class StoreRefusedException extends RuntimeException {

	StoreRefusedException(String message) {
		super(message, null, false, false);
	}

}
