package com.creditsrecon.model.extract;

/** A value that its column does not accept; carries the V2 reason code. */
public final class BadValueException extends Exception {

	private final RejectReason reason;

	public BadValueException(RejectReason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public RejectReason reason() {
		return this.reason;
	}

}
