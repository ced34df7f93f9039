package com.creditsrecon.jobs.importing;

import java.time.Instant;

/**
 * A Cost Management export run cannot be taken: its manifest.json cannot be read as one,
 * or its blobs are not what the manifest lists. Carries what the manifest said of the run
 * so far, so that the skipped run is named and placed in time where it can be.
 */
final class ManifestException extends Exception {

	private final Instant submittedTime;

	private final String runId;

	ManifestException(String reason, Instant submittedTime, String runId) {
		super(reason, null, false, false);
		this.submittedTime = submittedTime;
		this.runId = runId;
	}

	/** Null when the manifest does not give it. */
	Instant submittedTime() {
		return this.submittedTime;
	}

	/** Null when the manifest does not give it. */
	String runId() {
		return this.runId;
	}

}
