package com.creditsrecon.jobs.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.creditsrecon.jobs.store.Sha256;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * Which of a job execution's input files the store already holds, unchanged (rule N1),
 * and so are not imported again. The reference extracts (all but usage and the reported
 * ones) go together: each is checked against the ones imported before it, so one changed
 * file imports them all again, and they count as held only once all of them were imported
 * ({@link StoredInputs#REFERENCES}, their generation). A reported extract is held when
 * its file and the references it was resolved against are; a usage file when its export
 * holds it, unchanged, at the same path. Decided from the store alone, the same way on a
 * restart: what a killed attempt finished counts, what it did not is imported.
 */
public final class ImportPlan {

	private final Map<Integer, FileDigest> digests;

	private final Map<Integer, Optional<StoredInputs.Stored>> stored;

	private final Map<String, Optional<StoredInputs.Stored>> storedExtracts;

	/** Each extract's file digest in this input, {@link StoredInputs#ABSENT} for none. */
	private final Map<String, String> extractShas;

	private final String generation;

	private final boolean referencesHeld;

	private ImportPlan(Map<Integer, FileDigest> digests, Map<Integer, Optional<StoredInputs.Stored>> stored,
			Map<String, Optional<StoredInputs.Stored>> storedExtracts, Map<String, String> extractShas,
			String generation, boolean referencesHeld) {
		this.digests = digests;
		this.extractShas = extractShas;
		this.stored = stored;
		this.storedExtracts = storedExtracts;
		this.generation = generation;
		this.referencesHeld = referencesHeld;
	}

	/**
	 * The plan of importing {@code catalog} into a store holding {@code store}.
	 * @param sumsKept whether the store's folder holds a stored usage file's sums, by key
	 */
	static ImportPlan of(InputCatalog catalog, StoredInputs store, Predicate<String> sumsKept) {
		Map<String, StoredInputs.Stored> records = store.all();
		Map<Integer, FileDigest> digests = new HashMap<>();
		Map<Integer, Optional<StoredInputs.Stored>> stored = new HashMap<>();
		for (InputFile file : catalog.files()) {
			Optional<StoredInputs.Stored> held = Optional.ofNullable(records.get(StoredInputs.key(file)))
				// a usage file whose sums the store's folder lost is imported again
				.filter(record -> file.export() == null || sumsKept.test(record.key()));
			stored.put(file.id(), held);
			digests.put(file.id(), FileDigest.of(file.location(), held));
		}
		Map<String, Optional<StoredInputs.Stored>> storedExtracts = new HashMap<>();
		Map<String, String> extractShas = new HashMap<>();
		for (ExtractSpec spec : Extracts.ALL) {
			Optional<InputFile> file = catalog.file(spec.name());
			storedExtracts.put(spec.name(),
					file.map(f -> stored.get(f.id())).orElseGet(() -> Optional.ofNullable(records.get(spec.name()))));
			// null for a file never stored: never equal to a stored digest
			extractShas.put(spec.name(), file.map(f -> digests.get(f.id()).sha256()).orElse(StoredInputs.ABSENT));
		}
		String tonight = generation(extractShas);
		boolean referencesHeld = tonight != null
				&& store.state(StoredInputs.REFERENCES).map(tonight::equals).orElse(false);
		return new ImportPlan(digests, stored, storedExtracts, extractShas, tonight, referencesHeld);
	}

	/**
	 * This plan with the reference extracts imported again: the store's index of them
	 * cannot be read back.
	 */
	ImportPlan withoutReferences() {
		return new ImportPlan(this.digests, this.stored, this.storedExtracts, this.extractShas, this.generation, false);
	}

	/**
	 * Every extract but usage and the reported ones: what the others are checked against.
	 */
	public static boolean isReference(ExtractSpec spec) {
		return !spec.name().startsWith("reported-");
	}

	/**
	 * The reference extracts' generation: a digest of their files' contents, which
	 * changes when any of them does; null when one of them was never stored (it is
	 * imported, and its digest taken then).
	 */
	public String generation() {
		return this.generation;
	}

	/**
	 * The generation of reference extracts whose files have these digests (by extract
	 * name, {@link StoredInputs#ABSENT} for none); null when one is unknown.
	 */
	static String generation(Map<String, String> shas) {
		MessageDigest generation = Sha256.digest();
		for (ExtractSpec spec : Extracts.ALL) {
			String sha = shas.get(spec.name());
			if (isReference(spec)) {
				if (sha == null) {
					return null;
				}
				generation.update((spec.name() + "=" + sha + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		return Sha256.hex(generation);
	}

	/** Whether the store holds the reference extracts of this input, all of them. */
	public boolean referencesHeld() {
		return this.referencesHeld;
	}

	/** The file's digest as far as the plan knows it ({@link FileDigest}). */
	public FileDigest digest(InputFile file) {
		return this.digests.get(file.id());
	}

	/** Whether the store holds this extract's rows as this input would load them. */
	public boolean held(ExtractSpec spec) {
		if (!this.referencesHeld) {
			return false;
		}
		if (isReference(spec)) {
			return true;
		}
		Optional<StoredInputs.Stored> stored = this.storedExtracts.get(spec.name());
		return stored.isPresent() && stored.get().generation().equals(this.generation)
				&& stored.get().sha256().equals(this.extractShas.get(spec.name()));
	}

	/** What the store recorded of an extract's last import, if it holds one. */
	public Optional<StoredInputs.Stored> stored(ExtractSpec spec) {
		return this.storedExtracts.get(spec.name());
	}

	/** Whether the store holds this usage file's sums, unchanged. */
	public boolean held(InputFile usageFile) {
		Optional<StoredInputs.Stored> stored = this.stored.get(usageFile.id());
		return stored.isPresent() && stored.get().holds(this.digests.get(usageFile.id()));
	}

	/** What the store recorded of a file, if it holds it. */
	public Optional<StoredInputs.Stored> stored(InputFile file) {
		return this.stored.get(file.id());
	}

}
