package com.creditsrecon.generator;

import java.io.IOException;

/** Closes many writers, every one even when some fail. */
final class CloseAll {

	/** A writer that closes with an {@link IOException} at most. */
	interface IoCloseable {

		void close() throws IOException;

	}

	private CloseAll() {
	}

	/**
	 * @throws IOException the first failure, after every writer was closed
	 */
	static void close(Iterable<? extends IoCloseable> writers) throws IOException {
		IOException failure = null;
		for (IoCloseable writer : writers) {
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
