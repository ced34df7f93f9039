package com.creditsrecon.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A folder built beside its destination, {@code <out>.partial-<random>} in the same
 * parent (so on the same file system), and moved into place only once complete: a failed
 * or refused {@code generate} leaves nothing under {@code --out}, and the same command,
 * corrected, can be run again. Only a killed process leaves the partial folder behind,
 * named so that it is plainly not the output.
 */
public final class StagedFolder {

	private static final String PARTIAL = ".partial-";

	private static final int MAX_NAME_BYTES = 255;

	private final Path out;

	private final Path staging;

	/** The topmost folder created for the staging folder's parent, or null. */
	private final Path createdAncestor;

	private boolean placed;

	private StagedFolder(Path out, Path staging, Path createdAncestor) {
		this.out = out;
		this.staging = staging;
		this.createdAncestor = createdAncestor;
	}

	/**
	 * Creates the staging folder beside {@code out} (and {@code out}'s parent folders, if
	 * missing, removed again by {@link #discard}).
	 */
	public static StagedFolder beside(Path out) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		Path parent = target.getParent();
		if (parent == null) {
			throw new FileAlreadyExistsException(target.toString(), null, "the root folder cannot be --out");
		}
		Path missing = null;
		for (Path folder = parent; folder != null && Files.notExists(folder); folder = folder.getParent()) {
			missing = folder;
		}
		try {
			Files.createDirectories(parent);
			// not Files.createTempDirectory: its folder is private to the user, and --out
			// should have the permissions of any new folder
			while (true) {
				Path staging = parent.resolve(stagingName(target.getFileName().toString()));
				try {
					Files.createDirectory(staging);
					return new StagedFolder(target, staging, missing);
				}
				catch (FileAlreadyExistsException ex) {
					// another partial folder of that name: draw again
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			removeEmptyFolders(parent, missing);
			throw ex;
		}
	}

	/**
	 * {@code NAME.partial-RANDOM}, the name shortened if need be: a file name has at most
	 * 255 bytes on most file systems, and a long {@code --out} must not fail for want of
	 * room for the suffix.
	 */
	static String stagingName(String name) {
		String suffix = PARTIAL + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String base = name;
		while (!base.isEmpty() && (base + suffix).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
			base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
		}
		return base + suffix;
	}

	/** Where to write. */
	public Path path() {
		return this.staging;
	}

	/** The destination, {@code --out}. */
	public Path out() {
		return this.out;
	}

	/**
	 * The path a user knows a file by: under {@code --out} for a file of the staging
	 * folder, where it would have been; else the file itself.
	 */
	public Path shown(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (absolute.startsWith(this.staging)) {
			return this.out.resolve(this.staging.relativize(absolute)).normalize();
		}
		return file;
	}

	/**
	 * Moves the finished folder into place: renamed to {@code --out} when that is missing
	 * (atomic); when {@code --out} is an empty folder, its entries are renamed into it
	 * one by one, so that the folder the user made (its owner, its permissions, perhaps a
	 * mount point) stays; should one fail, those already moved are removed again.
	 */
	public void moveIntoPlace() throws IOException {
		if (Files.notExists(this.out)) {
			try {
				Files.move(this.staging, this.out, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(this.staging, this.out);
			}
			this.placed = true;
			return;
		}
		List<Path> moved = new ArrayList<>();
		try (Stream<Path> entries = Files.list(this.staging)) {
			for (Path entry : entries.sorted().toList()) {
				Path target = this.out.resolve(entry.getFileName().toString());
				if (Files.exists(target)) {
					throw new FileAlreadyExistsException(target.toString(), null,
							"it was written meanwhile by something else");
				}
				moved.add(target);
				moveEntry(entry, target);
			}
		}
		catch (IOException | RuntimeException ex) {
			for (Path target : moved) {
				deleteTree(target);
			}
			throw ex;
		}
		this.placed = true;
		try {
			Files.delete(this.staging);
		}
		catch (IOException ex) {
			// the output is complete: an empty folder beside it is no reason to fail
		}
	}

	/**
	 * Removes the staging folder, and the parent folders made for it, unless the folder
	 * was moved into place.
	 * @throws IOException when something could not be removed
	 */
	public void discard() throws IOException {
		if (this.placed) {
			return;
		}
		deleteTree(this.staging);
		removeEmptyFolders(this.staging.getParent(), this.createdAncestor);
	}

	private static void moveEntry(Path entry, Path target) throws IOException {
		try {
			Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// --out is another file system (a mount point): copy, then remove
			try (Stream<Path> tree = Files.walk(entry)) {
				for (Path source : tree.toList()) {
					Files.copy(source, target.resolve(entry.relativize(source).toString()));
				}
			}
			deleteTree(entry);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (Files.notExists(root)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(root)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** From {@code folder} up to {@code topmost}, each folder left empty. */
	private static void removeEmptyFolders(Path folder, Path topmost) {
		if (topmost == null) {
			return;
		}
		for (Path current = folder; current != null && current.startsWith(topmost); current = current.getParent()) {
			try {
				Files.deleteIfExists(current);
			}
			catch (DirectoryNotEmptyException ex) {
				// something else was put there meanwhile: keep it
				return;
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
