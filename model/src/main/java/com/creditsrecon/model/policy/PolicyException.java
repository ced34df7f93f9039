package com.creditsrecon.model.policy;

/**
 * A policy file names an unknown setting or gives a value the setting does not accept.
 */
public class PolicyException extends RuntimeException {

	public PolicyException(String message) {
		super(message);
	}

}
