package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.policy.Policy;

/**
 * What the import steps of one job execution share: the options, the input catalogue, the
 * policy, and the reference index that the CSV steps fill in order and the usage step
 * reads. A job-scoped bean: each job execution, a restart included, gets its own, made
 * from the execution's parameters, and rebuilds it from the inputs.
 */
public class ImportContext {

	private final RunOptions options;

	private final InputCatalog catalog;

	private final Policy policy;

	private final ProgressSink progress;

	private volatile ProgressMeter usageProgress;

	private ReferenceIndex references = new ReferenceIndex();

	public ImportContext(RunOptions options, Policy policy, ProgressSink progress) {
		this.options = options;
		this.policy = policy;
		this.progress = progress;
		this.catalog = InputCatalog.scan(options.input(), options.rolloutFile());
	}

	/** Where the steps of this run tell their progress. */
	public ProgressSink progress() {
		return this.progress;
	}

	/**
	 * Starts the progress of the usage import, whose partitions share it: the bytes of
	 * every usage file are its total.
	 */
	public void startUsageProgress() {
		long bytes = this.catalog.usageFiles().stream().mapToLong(ImportContext::size).sum();
		this.usageProgress = ProgressMeter.reading("import usage", "rows", bytes, this.progress, System::nanoTime);
	}

	/** The progress of the usage import, once {@link #startUsageProgress started}. */
	public ProgressMeter usageProgress() {
		return this.usageProgress;
	}

	/** The file's size as stored; 0 if it cannot be told (its import will say why). */
	static long size(InputFile file) {
		try {
			return Files.size(file.location());
		}
		catch (IOException ex) {
			return 0;
		}
	}

	public RunOptions options() {
		return this.options;
	}

	public InputCatalog catalog() {
		return this.catalog;
	}

	public Policy policy() {
		return this.policy;
	}

	public synchronized ReferenceIndex references() {
		if (this.references == null) {
			throw new IllegalStateException("The reference index is released once the inputs are imported");
		}
		return this.references;
	}

	/**
	 * Drops the reference index once every input is imported: it holds a key of every
	 * extract row, as much memory as the rest of the run needs at 100,000 partners, and
	 * nothing after the import reads it. A restart imports again, and fills it again.
	 */
	public synchronized void releaseReferences() {
		this.references = null;
	}

	/** {@code rejects/<extract>.csv} (rule V1), staged until the run ends. */
	public Path rejectsFile(String extract) {
		return options().staging().resolve("rejects").resolve(extract + ".csv");
	}

}
