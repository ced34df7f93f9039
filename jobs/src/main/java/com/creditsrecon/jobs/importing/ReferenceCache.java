package com.creditsrecon.jobs.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.creditsrecon.model.extract.ReferenceIndex;

/**
 * The reference index as the reference extracts left it, kept in the store's folder with
 * the generation it was built from: a night whose reference extracts are those the store
 * holds reads it back instead of importing them again, and resolves its new usage and
 * reported rows against it. Written under a temporary name and moved into place, so a
 * kill leaves the old one or the new one.
 */
final class ReferenceCache {

	private static final String FILE = "reference-index.bin";

	private ReferenceCache() {
	}

	static void save(Path storeDir, String generation, ReferenceIndex index) {
		Path file = storeDir.resolve(FILE);
		Path partial = storeDir.resolve("." + FILE);
		try {
			try (ObjectOutputStream out = new ObjectOutputStream(
					new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
				out.writeUTF(generation);
				out.writeObject(index);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The index of {@code generation}; empty when the file holds another generation, or
	 * was written by a version of the program whose index differs.
	 */
	static Optional<ReferenceIndex> load(Path storeDir, String generation) {
		Path file = storeDir.resolve(FILE);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (ObjectInputStream in = new ObjectInputStream(
				new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (!in.readUTF().equals(generation)) {
				return Optional.empty();
			}
			return Optional.of((ReferenceIndex) in.readObject());
		}
		catch (InvalidClassException | ClassNotFoundException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a cache of {@code generation} is there (read only its header). */
	static boolean holds(Path storeDir, String generation) {
		Path file = storeDir.resolve(FILE);
		if (!Files.exists(file)) {
			return false;
		}
		try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
			return in.readUTF().equals(generation);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
