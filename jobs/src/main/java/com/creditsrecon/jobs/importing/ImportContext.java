package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.creditsrecon.jobs.importing.usage.UsageProgress;

import com.creditsrecon.jobs.RunOptions;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.policy.Policy;

/**
 * What the import steps of one job execution share: the options, the input catalogue, the
 * policy, and the reference index that the CSV steps fill in order and the usage step
 * reads. Prepared afresh when a job execution starts, so that a restart rebuilds it from
 * the inputs.
 */
public class ImportContext {

	private RunOptions options;

	private InputCatalog catalog;

	private Policy policy;

	private ReferenceIndex references;

	private UsageProgress usageProgress;

	private Consumer<String> console = message -> {
	};

	/** Where progress lines go (the launcher's console). */
	public synchronized void reportTo(Consumer<String> console) {
		this.console = console;
	}

	/** Starts a job execution's import. */
	public synchronized void prepare(RunOptions options) {
		this.options = options;
		this.policy = options.policy();
		this.catalog = InputCatalog.scan(options.input(), options.rolloutFile());
		this.references = new ReferenceIndex();
		long usageBytes = this.catalog.usageFiles().stream().mapToLong(f -> size(f.location())).sum();
		this.usageProgress = new UsageProgress(usageBytes, this.console, System::nanoTime);
	}

	public synchronized UsageProgress usageProgress() {
		return require(this.usageProgress);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
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
		if (this.options != null && this.references == null) {
			throw new IllegalStateException("The reference index is released once the inputs are imported");
		}
		return require(this.references);
	}

	/**
	 * Drops the reference index once every input is imported: it holds a key of every
	 * extract row, as much memory as the rest of the run needs at 100,000 partners, and
	 * nothing after the import reads it. A restart imports again, and fills it again.
	 */
	public synchronized void releaseReferences() {
		this.references = null;
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
