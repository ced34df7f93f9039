package com.creditsrecon.model.extract;

/** A file lacks a required column: the whole file is refused (rule V3). */
public final class MissingColumnException extends Exception {

	public MissingColumnException(String message) {
		super(message, null, false, false);
	}

}
