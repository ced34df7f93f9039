package com.creditsrecon.generator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file being written whose failures name it: a full disk makes a buffered writer throw
 * a bare {@code IOException("No space left on device")}, and the user must learn which
 * file, so every failure is a {@link FileSystemException} of this file.
 */
final class NamedFileOutput extends FilterOutputStream {

	private final Path file;

	private NamedFileOutput(OutputStream out, Path file) {
		super(out);
		this.file = file;
	}

	/** Creates (or truncates) the file. */
	static OutputStream open(Path file) throws IOException {
		return new NamedFileOutput(Files.newOutputStream(file), file);
	}

	@Override
	public void write(int b) throws IOException {
		try {
			this.out.write(b);
		}
		catch (IOException ex) {
			throw named(ex);
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		try {
			this.out.write(bytes, offset, length);
		}
		catch (IOException ex) {
			throw named(ex);
		}
	}

	@Override
	public void flush() throws IOException {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw named(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw named(ex);
		}
	}

	private IOException named(IOException failure) {
		if (failure instanceof FileSystemException) {
			return failure;
		}
		FileSystemException named = new FileSystemException(this.file.toString(), null, failure.getMessage());
		named.initCause(failure);
		return named;
	}

}
