package com.creditsrecon.model.engine;

/**
 * A conservation identity (rules K6, C11, RC7) does not hold: a bug, never bad input. The
 * message names the lot or scope.
 */
public class ConservationException extends IllegalStateException {

	public ConservationException(String message) {
		super(message);
	}

}
