package com.creditsrecon.jobs.cli;

/** The process exit codes of rule N3. */
public enum ExitCode {

	/** The run completed. */
	COMPLETED(0),
	/**
	 * The run failed: a bug or the environment (the store, the disk); restart it with the
	 * same command.
	 */
	FAILED(1),
	/**
	 * The input (or the command line) was refused; nothing but run.json and rejects/ was
	 * written.
	 */
	INPUT_REFUSED(2),
	/**
	 * Completed with reconciliation breaks above materiality ({@code --fail-on-breaks}).
	 */
	BREAKS(3),
	/**
	 * A nightly run completed on stale inputs ({@code --fail-on-stale-inputs}); breaks
	 * above materiality win (3).
	 */
	STALE_INPUTS(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
