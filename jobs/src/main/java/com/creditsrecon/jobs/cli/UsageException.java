package com.creditsrecon.jobs.cli;

/**
 * A command line that cannot be run: one line for the console, exit code 2
 * ({@link ExitCode#INPUT_REFUSED}).
 */
public final class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message, null, false, false);
	}

}
