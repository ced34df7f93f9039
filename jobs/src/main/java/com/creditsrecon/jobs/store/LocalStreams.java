package com.creditsrecon.jobs.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Buffered data streams over the store's own files (sorted runs, segments, daily sums),
 * without the locks of {@code java.io}'s buffered streams: each such file is read or
 * written by one thread, and {@link DataInputStream} reads an int as four one-byte reads,
 * each of which takes {@code BufferedInputStream}'s monitor. Merging runs reads hundreds
 * of millions of such bytes.
 */
public final class LocalStreams {

	private static final int BUFFER = 1 << 16;

	private LocalStreams() {
	}

	/** Reads a file of the store. */
	public static DataInputStream read(Path file) throws IOException {
		return new DataInputStream(new Input(Files.newInputStream(file)));
	}

	/** Writes to a stream of the store, buffered. */
	public static DataOutputStream write(OutputStream out) {
		return new DataOutputStream(new Output(out));
	}

	/** Writes a file of the store, buffered. */
	public static DataOutputStream write(Path file) throws IOException {
		return write(Files.newOutputStream(file));
	}

	private static final class Input extends InputStream {

		private final InputStream in;

		private final byte[] buffer = new byte[BUFFER];

		private int position;

		private int limit;

		Input(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			if (this.position == this.limit && !fill()) {
				return -1;
			}
			return this.buffer[this.position++] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (this.position == this.limit) {
				if (length >= BUFFER) {
					return this.in.read(bytes, offset, length);
				}
				if (!fill()) {
					return -1;
				}
			}
			int count = Math.min(length, this.limit - this.position);
			System.arraycopy(this.buffer, this.position, bytes, offset, count);
			this.position += count;
			return count;
		}

		private boolean fill() throws IOException {
			int count = this.in.read(this.buffer, 0, BUFFER);
			this.position = 0;
			this.limit = Math.max(0, count);
			return count > 0;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

	private static final class Output extends OutputStream {

		private final OutputStream out;

		private final byte[] buffer = new byte[BUFFER];

		private int count;

		Output(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			if (this.count == BUFFER) {
				drain();
			}
			this.buffer[this.count++] = (byte) b;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length > BUFFER - this.count) {
				drain();
			}
			if (length >= BUFFER) {
				this.out.write(bytes, offset, length);
				return;
			}
			System.arraycopy(bytes, offset, this.buffer, this.count, length);
			this.count += length;
		}

		private void drain() throws IOException {
			if (this.count > 0) {
				this.out.write(this.buffer, 0, this.count);
				this.count = 0;
			}
		}

		@Override
		public void flush() throws IOException {
			drain();
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			try {
				flush();
			}
			finally {
				this.out.close();
			}
		}

	}

}
