package com.creditsrecon.jobs.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What went wrong with a file or folder, in a user's words: the one place that turns the
 * exceptions of {@code java.nio} (whose messages are often a bare path, or the operating
 * system's error text) into the end of a one-line message (rule V5).
 */
public final class FileProblems {

	/**
	 * The operating system's error texts (strerror, as {@code java.nio} passes them on)
	 * and what they mean to a user, by the start of the text.
	 */
	private static final List<Map.Entry<String, String>> REASONS = List.of(
			Map.entry("permission denied", "permission denied"),
			Map.entry("operation not permitted", "operation not permitted"),
			Map.entry("too many levels of symbolic links", "a loop of symbolic links"),
			Map.entry("read-only file system", "read-only file system"),
			Map.entry("no space left on device", "no space left on the disk"),
			Map.entry("disk quota exceeded", "disk quota exceeded"),
			Map.entry("file name too long", "the name is too long"),
			Map.entry("input/output error", "input/output error (the disk or the network share failed)"),
			Map.entry("stale file handle", "the network share went away (stale file handle)"),
			Map.entry("too many open files", "too many open files"));

	private FileProblems() {
	}

	/**
	 * The problem, naming the file or folder it is about.
	 */
	public static String describe(IOException ex) {
		return describe(ex, null);
	}

	/**
	 * The problem; the file or folder it is about is named unless it is {@code named},
	 * which the rest of the message names already.
	 */
	public static String describe(IOException ex, Path named) {
		Path file = fileOf(ex);
		boolean shown = file != null && !file.equals(named == null ? null : named.toAbsolutePath().normalize());
		String at = shown ? " (" + file + ")" : "";
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			// a reason given (the operating system's text, or ours) says more
			// than the exception's type
			return reason(fs.getReason(), file, shown, at);
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied" + at;
		}
		if (ex instanceof NoSuchFileException) {
			return missing(file, shown);
		}
		if (ex instanceof FileAlreadyExistsException) {
			return file != null && Files.exists(file) && !Files.isDirectory(file) ? notAFolder(file, shown)
					: (shown ? file + " already exists" : "it already exists");
		}
		if (ex instanceof NotDirectoryException) {
			return notAFolder(file, shown);
		}
		if (ex instanceof DirectoryNotEmptyException) {
			return (shown ? file + " is" : "it is") + " a folder that is not empty";
		}
		if (ex instanceof FileSystemLoopException) {
			return "a loop of symbolic links" + at;
		}
		String reason = ex.getMessage();
		if (reason == null || reason.isBlank()) {
			return ex.getClass().getSimpleName() + at;
		}
		return reason(reason, file, shown, at);
	}

	private static String reason(String reason, Path file, boolean shown, String at) {
		String lower = reason.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("not a directory")) {
			return notAFolder(file, shown);
		}
		if (lower.startsWith("is a directory")) {
			return (shown ? file + " is" : "it is") + " a folder, not a file";
		}
		for (Map.Entry<String, String> known : REASONS) {
			if (lower.startsWith(known.getKey())) {
				return known.getValue() + at;
			}
		}
		return lower + at;
	}

	/**
	 * Whether {@code failure} or one of its causes is a full disk (or a quota reached),
	 * whatever wrapped it.
	 */
	public static boolean diskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (diskFull(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The file or folder a failure is about, or null when it names none. */
	public static Path file(IOException ex) {
		return fileOf(ex);
	}

	/** The problem alone, for a message that names the file itself. */
	public static String problem(IOException ex) {
		return describe(ex, fileOf(ex));
	}

	/**
	 * The physical line (the first is 1) of the first byte sequence that is not UTF-8, or
	 * the last line if every line decodes. A line feed byte never occurs inside a UTF-8
	 * sequence, so each line decodes on its own.
	 */
	public static long firstLineNotUtf8(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		long number = 1;
		for (int b = in.read();; b = in.read()) {
			if (b == '\n' || b == -1) {
				try {
					decoder.decode(ByteBuffer.wrap(line.toByteArray()));
				}
				catch (CharacterCodingException ex) {
					return number;
				}
				if (b == -1) {
					return number;
				}
				line.reset();
				number++;
			}
			else {
				line.write(b);
			}
		}
	}

	private static Path fileOf(IOException ex) {
		if (!(ex instanceof FileSystemException fs) || fs.getFile() == null) {
			return null;
		}
		try {
			return Path.of(fs.getFile()).toAbsolutePath().normalize();
		}
		catch (InvalidPathException invalid) {
			return null;
		}
	}

	private static String missing(Path file, boolean shown) {
		if (file != null && Files.isSymbolicLink(file)) {
			try {
				return (shown ? file + " is" : "it is") + " a symbolic link to " + Files.readSymbolicLink(file)
						+ ", which does not exist";
			}
			catch (IOException ex) {
				// fall through: it went away meanwhile
			}
		}
		if (file == null) {
			return "no such file or folder";
		}
		return (shown ? file + " does" : "it does") + " not exist";
	}

	/**
	 * The nearest part of the path that is there but is not a folder: the path itself, or
	 * a folder on the way to it that is a file.
	 */
	private static String notAFolder(Path file, boolean shown) {
		for (Path part = file; part != null; part = part.getParent()) {
			if (Files.exists(part) && !Files.isDirectory(part)) {
				return (part.equals(file) && !shown ? "it" : part.toString()) + " is a file, not a folder";
			}
		}
		return "a part of the path is not a folder" + (shown ? " (" + file + ")" : "");
	}

}
