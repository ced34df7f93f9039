package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.reports.csv.RejectsFile;

/**
 * A rejects file, created on the first rejected row (an import without rejects leaves no
 * rejects file) and deleted when an import starts again.
 */
public final class RejectSink implements AutoCloseable {

	private final Path file;

	private RejectsFile out;

	public RejectSink(Path file) {
		this.file = file;
	}

	/** Removes what an earlier attempt wrote. */
	public void reset() {
		close();
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(String inputPath, RowOutcome.Rejected rejected) {
		if (this.out == null) {
			this.out = RejectsFile.create(this.file);
		}
		this.out.write(inputPath, rejected);
	}

	@Override
	public void close() {
		if (this.out != null) {
			this.out.close();
			this.out = null;
		}
	}

}
