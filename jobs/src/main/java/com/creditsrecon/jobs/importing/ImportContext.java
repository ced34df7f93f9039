package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.creditsrecon.jobs.importing.usage.UsageFiles;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
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

	private final StoredInputs stored;

	private final long instance;

	private final long repeated;

	private volatile ProgressMeter usageProgress;

	private ImportPlan plan;

	private ReferenceIndex references;

	private boolean released;

	/**
	 * @param instance the job instance this execution belongs to: what it imports is
	 * recorded as imported by it
	 * @param repeated the instance whose run this one repeats, or {@code instance}
	 * ({@link RunParameters#repeated})
	 */
	public ImportContext(RunOptions options, Policy policy, ProgressSink progress, StoredInputs stored, long instance,
			long repeated) {
		this.instance = instance;
		this.repeated = repeated;
		this.options = options;
		this.policy = policy;
		this.progress = progress;
		this.stored = stored;
		this.catalog = InputCatalog.scan(options.input(), options.rolloutFile(), options.storeDir());
	}

	/** The job instance this execution belongs to. */
	public long instance() {
		return this.instance;
	}

	/**
	 * Whether a file the store holds was imported by this run (an earlier attempt, or the
	 * completed run this one repeats) rather than by an earlier run: the night's
	 * {@code imported}, not {@code held} (rule N1).
	 */
	public boolean importedByThisRun(long importedBy) {
		return importedBy == this.instance || importedBy == this.repeated;
	}

	/** What the store holds of the inputs imported before. */
	public StoredInputs stored() {
		return this.stored;
	}

	/**
	 * Which files this execution imports and which the store holds already: decided once
	 * per execution, when the import starts.
	 */
	public synchronized ImportPlan plan() {
		if (this.plan == null) {
			ImportPlan plan = ImportPlan.of(this.catalog, this.stored,
					key -> UsageFiles.kept(this.options.storeDir(), key));
			boolean cached = plan.referencesHeld() && ReferenceCache.holds(this.options.storeDir(), plan.generation());
			this.plan = cached ? plan : plan.withoutReferences();
		}
		return this.plan;
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
		long bytes = usageToImport().stream().mapToLong(ImportContext::size).sum();
		this.usageProgress = ProgressMeter.reading("import usage", "rows", bytes, this.progress, System::nanoTime);
	}

	/** The usage files this execution reads: those the store does not hold unchanged. */
	public List<InputFile> usageToImport() {
		return this.catalog.usageFiles().stream().filter(file -> !plan().held(file)).toList();
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

	/**
	 * The index the CSV steps fill in order; when the store holds this input's reference
	 * extracts, the index they left, read back.
	 */
	public synchronized ReferenceIndex references() {
		if (this.released) {
			throw new IllegalStateException("The reference index is released once the inputs are imported");
		}
		if (this.references == null) {
			this.references = plan().referencesHeld()
					? ReferenceCache.load(this.options.storeDir(), plan().generation())
						.orElseThrow(() -> new IllegalStateException("The store's reference index cannot be read"))
					: new ReferenceIndex();
		}
		return this.references;
	}

	/**
	 * Records that every reference extract of this input is in the store, with the index
	 * they left: a later execution on the same references imports none of them again.
	 */
	public synchronized void referencesImported() {
		if (!plan().referencesHeld()) {
			Map<String, String> shas = new HashMap<>();
			for (ExtractSpec spec : Extracts.ALL) {
				if (ImportPlan.isReference(spec)) {
					shas.put(spec.name(), this.stored.find(spec.name()).map(StoredInputs.Stored::sha256).orElse(null));
				}
			}
			String generation = ImportPlan.generation(shas);
			ReferenceCache.save(this.options.storeDir(), generation, references());
			this.stored.setState(StoredInputs.REFERENCES, generation);
		}
	}

	/**
	 * The generation of the reference extracts the store holds, once they are all in:
	 * what the reported extracts and the usage are resolved against.
	 */
	public String generation() {
		return this.stored.state(StoredInputs.REFERENCES)
			.orElseThrow(() -> new IllegalStateException("The reference extracts are not all imported"));
	}

	/**
	 * Drops the reference index once every input is imported: it holds a key of every
	 * extract row, as much memory as the rest of the run needs at 100,000 partners, and
	 * nothing after the import reads it. A restart imports again, and fills it again.
	 */
	public synchronized void releaseReferences() {
		this.references = null;
		this.released = true;
	}

	/** {@code rejects/<extract>.csv} (rule V1), staged until the run ends. */
	public Path rejectsFile(String extract) {
		return options().staging().resolve("rejects").resolve(extract + ".csv");
	}

}
