package com.creditsrecon.jobs.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Folders of files the run owns: what is in them, and their removal. */
public final class FileTrees {

	private FileTrees() {
	}

	/** The regular files under {@code folder}, at any depth, in no order. */
	public static List<Path> files(Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		return found;
	}

	/** Deletes {@code path}, a file or a folder with everything in it, if it is there. */
	public static void delete(Path path) throws IOException {
		deleteBut(path, kept -> false);
	}

	/**
	 * Deletes what is under {@code folder} but the files that {@code kept} accepts, and
	 * the folders left empty, {@code folder} too.
	 */
	public static void deleteBut(Path folder, Predicate<Path> kept) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					if (!kept.test(file)) {
						Files.deleteIfExists(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
					if (ex != null) {
						throw ex;
					}
					try (var left = Files.list(dir)) {
						if (left.findAny().isEmpty()) {
							Files.delete(dir);
						}
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (NoSuchFileException ex) {
			// gone already
		}
	}

}
