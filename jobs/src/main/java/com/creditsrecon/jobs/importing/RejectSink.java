package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.reports.csv.RejectsFile;

/**
 * A rejects file, created on the first rejected row (an import without rejects leaves no
 * rejects file) and deleted when an import starts again. Each row is on disk before the
 * next is read: a rejects file that cannot be written fails the import there, in the
 * chunk that rejected the row, instead of at a close whose failure no one would see.
 */
public final class RejectSink implements AutoCloseable {

	private final Path file;

	private final boolean bom;

	private RejectsFile out;

	public RejectSink(Path file) {
		this(file, false);
	}

	/**
	 * @param bom whether the file starts with a UTF-8 byte-order mark ({@code --csv-bom})
	 */
	public RejectSink(Path file, boolean bom) {
		this.file = file;
		this.bom = bom;
	}

	/** Removes what an earlier attempt wrote. */
	public void reset() {
		close();
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw unwritable("cannot remove the earlier rejects file " + this.file, ex);
		}
	}

	/**
	 * @throws RejectsUnwritableException when the row cannot be written
	 */
	public void write(String inputPath, RowOutcome.Rejected rejected) {
		try {
			if (this.out == null) {
				this.out = RejectsFile.create(this.file, this.bom);
			}
			this.out.write(inputPath, rejected);
			this.out.flush();
		}
		catch (UncheckedIOException ex) {
			throw unwritable("cannot write the rejects of " + inputPath + " to " + this.file, ex.getCause());
		}
	}

	@Override
	public void close() {
		if (this.out != null) {
			RejectsFile closing = this.out;
			this.out = null;
			try {
				closing.close();
			}
			catch (UncheckedIOException ex) {
				throw unwritable("cannot write the rejects file " + this.file, ex.getCause());
			}
		}
	}

	private RejectsUnwritableException unwritable(String what, IOException ex) {
		return new RejectsUnwritableException(what + ": " + FileProblems.describe(ex, this.file), ex);
	}

}
