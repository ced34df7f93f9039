package com.creditsrecon.generator;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The writers a run keeps open, closed together once: the generator closes them to count
 * their rows, and try-with-resources closes them again, which must then do nothing.
 *
 * @param <W> the kind of writer
 */
final class OpenWriters<W extends Closeable> implements Closeable {

	private final List<W> writers = new ArrayList<>();

	private boolean closed;

	/** Keeps a writer just opened, to be closed with the others. */
	W add(W writer) {
		this.writers.add(writer);
		return writer;
	}

	/** The writers, in the order they were opened. */
	List<W> writers() {
		return Collections.unmodifiableList(this.writers);
	}

	/**
	 * Closes every writer the first time, even when some fail.
	 * @throws IOException the first failure
	 */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		IOException failure = null;
		for (W writer : this.writers) {
			try {
				writer.close();
			}
			catch (IOException ex) {
				failure = (failure == null) ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
