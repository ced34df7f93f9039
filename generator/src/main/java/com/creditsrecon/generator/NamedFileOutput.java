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
		namingFailures(() -> this.out.write(b));
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		namingFailures(() -> this.out.write(bytes, offset, length));
	}

	@Override
	public void flush() throws IOException {
		namingFailures(this.out::flush);
	}

	@Override
	public void close() throws IOException {
		namingFailures(this.out::close);
	}

	/** Something done to the file. */
	private interface FileOperation {

		void run() throws IOException;

	}

	private void namingFailures(FileOperation operation) throws IOException {
		try {
			operation.run();
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
