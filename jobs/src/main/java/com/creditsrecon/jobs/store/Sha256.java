package com.creditsrecon.jobs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, as run.json names a file's bytes and the store names what it
 * holds: of a file, of a text, or of what a digest was fed.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** A new digest to feed. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform has it
			throw new IllegalStateException(ex);
		}
	}

	/** What {@code digest} was fed, in hex. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Of a text's UTF-8 bytes. */
	public static String of(String text) {
		MessageDigest digest = digest();
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		return hex(digest);
	}

	/**
	 * Of a file's bytes, read as a stream.
	 * @throws UncheckedIOException when it cannot be read
	 */
	public static String of(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(OutputStream.nullOutputStream());
			return hex(in.getMessageDigest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
