package com.creditsrecon.jobs.store;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A file of the store holding records grouped by a text key, with an index of where each
 * key's records are: written once, in any order, by an external sort in bounded memory
 * (sorted runs of {@code chunkRecords} spilled to disk, then merged), and read key by key
 * without a scan. This is how the store keeps what a row database is the wrong tool for:
 * a million daily sums, written in one go and read once per run, partner by partner.
 * <p>
 * A segment lives in its own folder: {@code data} (the records, key by key),
 * {@code index} (each key, in {@link String#compareTo} order, with the offset and count
 * of its records) and, while it is written, {@code run-*} files. Only a finished segment
 * has an index: a writer interrupted by a crash leaves none, and is started anew by the
 * step that writes it. Records of one key keep the order they were added in.
 */
public final class KeyedSegment<T> {

	private static final String DATA = "data";

	private static final String INDEX = "index";

	private final Path data;

	private final Codec<T> codec;

	private final List<String> keys;

	private final Map<String, Extent> extents;

	private KeyedSegment(Path data, Codec<T> codec, List<String> keys, Map<String, Extent> extents) {
		this.data = data;
		this.codec = codec;
		this.keys = keys;
		this.extents = extents;
	}

	/** How a record is written to and read from a segment. */
	public interface Codec<T> {

		void write(DataOutput out, T record) throws IOException;

		T read(DataInput in) throws IOException;

	}

	/** A new, empty segment in {@code folder}; whatever was there is removed. */
	public static <T> Writer<T> create(Path folder, Codec<T> codec, int chunkRecords) {
		return new Writer<>(folder, codec, chunkRecords);
	}

	/**
	 * The finished segment in {@code folder}.
	 * @throws IllegalStateException when it was never finished
	 */
	public static <T> KeyedSegment<T> open(Path folder, Codec<T> codec) {
		Path index = folder.resolve(INDEX);
		if (!Files.exists(index)) {
			throw new IllegalStateException("The store's segment " + folder + " was not finished");
		}
		List<String> keys = new ArrayList<>();
		Map<String, Extent> extents = new HashMap<>();
		try (DataInputStream in = input(index)) {
			int count = in.readInt();
			long[] offsets = new long[count + 1];
			long[] counts = new long[count];
			for (int i = 0; i < count; i++) {
				keys.add(in.readUTF());
				offsets[i] = in.readLong();
				counts[i] = in.readLong();
			}
			// keys are written in order, each after the one before: a key's bytes end
			// where the next key's begin, the last key's at the end of the data
			offsets[count] = Files.size(folder.resolve(DATA));
			for (int i = 0; i < count; i++) {
				extents.put(keys.get(i), new Extent(offsets[i], offsets[i + 1] - offsets[i], counts[i]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new KeyedSegment<>(folder.resolve(DATA), codec, Collections.unmodifiableList(keys), extents);
	}

	/** Every key, in {@link String#compareTo} order. */
	public List<String> keys() {
		return this.keys;
	}

	/** How many records a key has; 0 for a key the segment does not hold. */
	public long count(String key) {
		Extent extent = this.extents.get(key);
		return extent == null ? 0 : extent.count();
	}

	/**
	 * Reads the records of each key in {@code keys} that the segment holds, key by key in
	 * the order given.
	 */
	public void read(Iterable<String> keys, KeyedConsumer<T> action) {
		try (FileChannel channel = FileChannel.open(this.data, StandardOpenOption.READ)) {
			for (String key : keys) {
				Extent extent = this.extents.get(key);
				if (extent == null) {
					continue;
				}
				// one read of exactly the key's bytes: keys are read a few at a time, and
				// a
				// buffer of a fixed size for each would mostly be garbage
				ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(extent.length()));
				while (bytes.hasRemaining()) {
					if (channel.read(bytes, extent.offset() + bytes.position()) < 0) {
						throw new EOFException("The store's segment " + this.data + " ends within a key's records");
					}
				}
				DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array()));
				for (long i = 0; i < extent.count(); i++) {
					action.accept(key, this.codec.read(in));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Takes the records of a key. */
	@FunctionalInterface
	public interface KeyedConsumer<T> {

		void accept(String key, T record);

	}

	/** Where a key's records are: their first byte, how many bytes, how many records. */
	private record Extent(long offset, long length, long count) {
	}

	private static DataInputStream input(Path file) throws IOException {
		return LocalStreams.read(file);
	}

	private static DataOutputStream output(OutputStream out) {
		return LocalStreams.write(out);
	}

	/**
	 * Writes a segment: records added in any order, kept in memory up to a chunk, then
	 * sorted by key and spilled as a run; {@link #finish} merges the runs.
	 */
	public static final class Writer<T> {

		private final Path folder;

		private final Codec<T> codec;

		private final int chunkRecords;

		private final List<Keyed<T>> chunk = new ArrayList<>();

		private final List<Path> runs = new ArrayList<>();

		private Writer(Path folder, Codec<T> codec, int chunkRecords) {
			this.folder = folder;
			this.codec = codec;
			this.chunkRecords = chunkRecords;
			try {
				if (Files.isDirectory(folder)) {
					try (Stream<Path> old = Files.list(folder)) {
						for (Path file : old.toList()) {
							Files.delete(file);
						}
					}
				}
				Files.createDirectories(folder);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public void add(String key, T record) {
			this.chunk.add(new Keyed<>(key, record));
			if (this.chunk.size() >= this.chunkRecords) {
				spill();
			}
		}

		/** Merges the runs into the segment's data and writes its index, last. */
		public void finish() {
			try {
				if (!this.chunk.isEmpty() || this.runs.isEmpty()) {
					spill();
				}
				Path index = this.folder.resolve(INDEX + ".part");
				try (CountingOutputStream counted = new CountingOutputStream(
						Files.newOutputStream(this.folder.resolve(DATA)));
						DataOutputStream out = output(counted);
						DataOutputStream keys = output(Files.newOutputStream(index))) {
					List<String> order = new ArrayList<>();
					List<long[]> extents = new ArrayList<>();
					merge(out, counted, order, extents);
					keys.writeInt(order.size());
					for (int i = 0; i < order.size(); i++) {
						keys.writeUTF(order.get(i));
						keys.writeLong(extents.get(i)[0]);
						keys.writeLong(extents.get(i)[1]);
					}
				}
				for (Path run : this.runs) {
					Files.delete(run);
				}
				Files.move(index, this.folder.resolve(INDEX));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Merges the runs into {@code out}, noting each key in {@code order} and its
		 * records' offset and count in {@code extents}.
		 */
		private void merge(DataOutputStream out, CountingOutputStream counted, List<String> order, List<long[]> extents)
				throws IOException {
			PriorityQueue<RunCursor<T>> cursors = new PriorityQueue<>(
					Comparator.comparing((RunCursor<T> c) -> c.key).thenComparingInt(c -> c.run));
			List<RunCursor<T>> open = new ArrayList<>();
			try {
				for (int i = 0; i < this.runs.size(); i++) {
					RunCursor<T> cursor = new RunCursor<>(i, input(this.runs.get(i)), this.codec);
					open.add(cursor);
					if (cursor.advance()) {
						cursors.add(cursor);
					}
				}
				while (!cursors.isEmpty()) {
					RunCursor<T> cursor = cursors.poll();
					int last = order.size() - 1;
					if (last < 0 || !cursor.key.equals(order.get(last))) {
						out.flush();
						order.add(cursor.key);
						extents.add(new long[] { counted.count(), 0 });
						last++;
					}
					this.codec.write(out, cursor.record);
					extents.get(last)[1]++;
					if (cursor.advance()) {
						cursors.add(cursor);
					}
				}
			}
			finally {
				for (RunCursor<T> cursor : open) {
					cursor.in.close();
				}
			}
		}

		/** Sorts the records in memory by key (stable) and writes them as a run. */
		private void spill() {
			this.chunk.sort(Comparator.comparing(Keyed::key));
			Path run = this.folder.resolve(String.format("run-%05d", this.runs.size() + 1));
			try (DataOutputStream out = output(Files.newOutputStream(run))) {
				for (Keyed<T> keyed : this.chunk) {
					out.writeUTF(keyed.key());
					this.codec.write(out, keyed.record());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.runs.add(run);
			this.chunk.clear();
		}

	}

	private record Keyed<T>(String key, T record) {
	}

	/** A run being merged: its current key and record. */
	private static final class RunCursor<T> {

		private final int run;

		private final DataInputStream in;

		private final Codec<T> codec;

		private String key;

		private T record;

		RunCursor(int run, DataInputStream in, Codec<T> codec) {
			this.run = run;
			this.in = in;
			this.codec = codec;
		}

		boolean advance() throws IOException {
			try {
				this.key = this.in.readUTF();
			}
			catch (EOFException end) {
				return false;
			}
			this.record = this.codec.read(this.in);
			return true;
		}

	}

	/**
	 * Counts the bytes written, past 2 GB ({@link DataOutputStream#size} stops there).
	 */
	private static final class CountingOutputStream extends FilterOutputStream {

		private long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		long count() {
			return this.count;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

}
