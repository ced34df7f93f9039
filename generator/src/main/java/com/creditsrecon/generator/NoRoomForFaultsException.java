package com.creditsrecon.generator;

/**
 * A generated world has fewer places for a fault than {@code --inject-breaks} asks for:
 * not a failure of the generator but a count to lower, so the command refuses it (exit
 * code 2) with this one-line message. An {@link IllegalStateException}, as
 * {@link ReportedExtracts#write} documents.
 */
public class NoRoomForFaultsException extends IllegalStateException {

	public NoRoomForFaultsException(String message) {
		super(message);
	}

}
