package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import com.creditsrecon.jobs.store.Sha256;

/**
 * An input file's SHA-256 with the size and modification time it had when read. A file
 * whose size and modification time are those the store recorded is taken to hold what it
 * held then, as rsync and make take it, and is not read again: a nightly run looks at a
 * year of usage exports without reading them. A file the store has never held is not read
 * here either: it is imported, and its import takes its digest as it reads it.
 *
 * @param sha256 lower-case hex, {@link StoredInputs#ABSENT} for no file, or null for a
 * file the store has never held
 */
public record FileDigest(String sha256, long size, long modified) {

	/** The digest of an extract the input does not have. */
	public static final FileDigest ABSENT = new FileDigest(StoredInputs.ABSENT, 0, 0);

	/**
	 * The digest of {@code file}: the stored one when its size and modification time are
	 * unchanged, else read; for a file the store never held, none.
	 */
	public static FileDigest of(Path file, Optional<StoredInputs.Stored> stored) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			long size = attributes.size();
			long modified = attributes.lastModifiedTime().toMillis();
			if (stored.isPresent() && stored.get().size() == size && stored.get().modified() == modified
					&& !stored.get().sha256().equals(StoredInputs.ABSENT)) {
				return new FileDigest(stored.get().sha256(), size, modified);
			}
			return new FileDigest(stored.isEmpty() ? null : Sha256.of(file), size, modified);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
