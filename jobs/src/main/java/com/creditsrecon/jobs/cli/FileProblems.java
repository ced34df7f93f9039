package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A file system failure in a user's words: the file it is about and what went wrong
 * ("permission denied", "no space left on device"), never the exception's class or a bare
 * path.
 */
public final class FileProblems {

	/** The operating system's words (as Java passes them on) that say more plainly. */
	private static final Map<String, String> PLAIN = Map.of("not a directory", "a part of the path is not a folder",
			"is a directory", "it is a folder", "directory not empty", "the folder is not empty", "file exists",
			"it already exists", "read-only file system", "the file system is read-only", "disk quota exceeded",
			"the disk quota is exceeded", "file name too long", "the name is too long");

	private FileProblems() {
	}

	/** The file a failure is about, or null when it names none. */
	public static Path file(IOException failure) {
		if (failure instanceof FileSystemException named && named.getFile() != null) {
			return Path.of(named.getFile());
		}
		return null;
	}

	/** What went wrong, in a few lower-case words. */
	public static String problem(IOException failure) {
		String reason = (failure instanceof FileSystemException named) ? named.getReason() : failure.getMessage();
		if (reason != null && !reason.isBlank()) {
			String words = reason.strip().lines().findFirst().orElse(reason);
			String lower = words.toLowerCase(Locale.ROOT);
			return PLAIN.getOrDefault(lower, Character.toLowerCase(words.charAt(0)) + words.substring(1));
		}
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (failure instanceof FileAlreadyExistsException) {
			return "it already exists";
		}
		if (failure instanceof DirectoryNotEmptyException) {
			return "the folder is not empty";
		}
		if (failure instanceof NotDirectoryException) {
			return "it is not a folder";
		}
		if (failure instanceof FileSystemLoopException) {
			return "its symbolic links go round in a loop";
		}
		return "input/output error";
	}

	/**
	 * {@code FILE: PROBLEM}, or the problem alone when no file is known.
	 */
	public static String describe(IOException failure) {
		Path file = file(failure);
		return (file == null) ? problem(failure) : file + ": " + problem(failure);
	}

}
