package com.creditsrecon.jobs.importing;

import java.nio.file.Path;

import com.creditsrecon.jobs.RunOptions;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.policy.Policy;

/**
 * What the import steps of one job execution share: the options, the input catalogue, the
 * policy, and the reference index that the CSV steps fill in order and the usage step reads.
 * Prepared afresh when a job execution starts, so that a restart rebuilds it from the inputs.
 */
public class ImportContext {

	private RunOptions options;

	private InputCatalog catalog;

	private Policy policy;

	private ReferenceIndex references;

	/** Starts a job execution's import. */
	public synchronized void prepare(RunOptions options) {
		this.options = options;
		this.policy = options.policy();
		this.catalog = InputCatalog.scan(options.input(), options.rolloutFile());
		this.references = new ReferenceIndex();
	}

	public synchronized RunOptions options() {
		return require(this.options);
	}

	public synchronized InputCatalog catalog() {
		return require(this.catalog);
	}

	public synchronized Policy policy() {
		return require(this.policy);
	}

	public synchronized ReferenceIndex references() {
		return require(this.references);
	}

	/** {@code OUT/rejects/<extract>.csv} (rule V1). */
	public Path rejectsFile(String extract) {
		return options().out().resolve("rejects").resolve(extract + ".csv");
	}

	private static <T> T require(T value) {
		if (value == null) {
			throw new IllegalStateException("The import context is used before the job started");
		}
		return value;
	}

}
