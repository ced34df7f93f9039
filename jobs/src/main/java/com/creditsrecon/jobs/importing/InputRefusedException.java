package com.creditsrecon.jobs.importing;

/**
 * The input cannot be used (rules V3, V4, N3): a required file or column is missing, a
 * file is not valid UTF-8, or an extract rejects too many rows. The run stops with exit
 * code 2 and the message, one line naming the file, is all the user sees.
 */
public class InputRefusedException extends RuntimeException {

	public InputRefusedException(String message) {
		super(message, null, false, false);
	}

}
