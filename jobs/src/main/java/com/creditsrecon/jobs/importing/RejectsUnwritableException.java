package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A rejects file cannot be written: the run fails (exit code 1, the environment) rather
 * than lose a rejected row (rule V1), and the message, one line naming the file and
 * saying why, is what the user sees.
 */
public class RejectsUnwritableException extends UncheckedIOException {

	public RejectsUnwritableException(String message, IOException cause) {
		super(message, cause);
	}

}
