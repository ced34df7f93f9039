package com.creditsrecon.jobs.importing;

import java.util.Objects;

/**
 * A Cost Management export run left out whole because its delivery cannot be trusted (a
 * blob missing or of another size or row count than its manifest.json says, or a manifest
 * that cannot be read): the runs before it stay in effect (extracts.md).
 *
 * @param folder the run's folder, relative to the input folder, with {@code /}
 * @param runId the manifest's {@code runInfo.runId}; null when the manifest does not give
 * one
 * @param reason why, in a user's words
 */
public record SkippedExport(String folder, String runId, String reason) {

	public SkippedExport {
		Objects.requireNonNull(folder, "folder is required");
		Objects.requireNonNull(reason, "reason is required");
	}

	/** One line for the console and the log, naming the run and saying why. */
	public String message() {
		String run = this.runId == null ? "export run" : "export run " + this.runId;
		return this.folder + ": " + run + " skipped, " + this.reason + "; earlier runs stay in effect";
	}

}
