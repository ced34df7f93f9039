package com.creditsrecon.jobs.importing.usage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.creditsrecon.jobs.store.LocalStreams;
import com.creditsrecon.jobs.store.BinaryAmounts;
import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.usage.UsageKey;

/**
 * The daily sums of one usage file, as its partition writes them: a folder under the
 * store's folder holding sorted runs (one each time the sums in memory grow large),
 * complete once its {@code done} marker is there. Partitions write files, never the
 * database, so that they neither wait on each other nor on the job repository; the
 * resolving step merges the runs of an export in key order and loads them, one export at
 * a time.
 */
final class DailySumsFile {

	static final String DONE = "done";

	private final Path folder;

	private int runs;

	DailySumsFile(Path folder) {
		this.folder = folder;
	}

	/** Starts the file anew. */
	void create() {
		try {
			if (Files.isDirectory(this.folder)) {
				try (Stream<Path> old = Files.list(this.folder)) {
					for (Path file : old.toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(this.folder);
			this.runs = 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the sums held in memory as one run, sorted by {@link UsageKey#ORDER}. */
	<S> void writeRun(Map<UsageKey, S> sums, java.util.function.ToLongFunction<S> rows,
			java.util.function.Function<S, BigDecimal> amount) {
		if (sums.isEmpty()) {
			return;
		}
		List<Map.Entry<UsageKey, S>> sorted = new ArrayList<>(sums.entrySet());
		sorted.sort(Map.Entry.comparingByKey(UsageKey.ORDER));
		this.runs++;
		Path run = this.folder.resolve(String.format("run-%05d.bin", this.runs));
		try (DataOutputStream out = LocalStreams.write(run)) {
			for (Map.Entry<UsageKey, S> entry : sorted) {
				write(out, entry.getKey(), rows.applyAsLong(entry.getValue()), amount.apply(entry.getValue()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Marks the file complete. */
	void complete() {
		try {
			Files.createFile(this.folder.resolve(DONE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The sorted runs of a complete file. */
	List<Run> runs() {
		if (!Files.exists(this.folder.resolve(DONE))) {
			throw new IllegalStateException("The daily sums in " + this.folder + " are missing: the store's folder"
					+ " does not hold what an earlier import recorded (with --db, keep the folder with the database)");
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			List<Run> runs = new ArrayList<>();
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("run-")).sorted().toList()) {
				runs.add(new Run(file));
			}
			return runs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(DataOutputStream out, UsageKey key, long rows, BigDecimal amount) throws IOException {
		out.writeLong(key.billingPeriod().toEpochDay());
		out.writeUTF(key.billingProfile());
		out.writeUTF(key.subscription());
		out.writeLong(key.chargeDate().toEpochDay());
		out.writeUTF(key.currency());
		out.writeBoolean(key.negative());
		out.writeByte(key.preClassification().ordinal());
		out.writeUTF(key.serviceName());
		out.writeUTF(key.meterCategory());
		out.writeLong(rows);
		BinaryAmounts.write(out, amount);
	}

	/**
	 * One sorted run, read as a cursor: {@link #key()} is the current sum's, null at the
	 * end.
	 */
	static final class Run implements AutoCloseable {

		private static final PreClassification[] CLASSES = PreClassification.values();

		private final DataInputStream in;

		private UsageKey key;

		private long rows;

		private BigDecimal amount;

		Run(Path file) throws IOException {
			this.in = LocalStreams.read(file);
			advance();
		}

		UsageKey key() {
			return this.key;
		}

		long rows() {
			return this.rows;
		}

		BigDecimal amount() {
			return this.amount;
		}

		/** Moves to the next sum. */
		void advance() {
			try {
				long period;
				try {
					period = this.in.readLong();
				}
				catch (EOFException end) {
					this.key = null;
					return;
				}
				this.key = new UsageKey(LocalDate.ofEpochDay(period), this.in.readUTF(), this.in.readUTF(),
						LocalDate.ofEpochDay(this.in.readLong()), this.in.readUTF(), this.in.readBoolean(),
						CLASSES[this.in.readByte()], this.in.readUTF(), this.in.readUTF());
				this.rows = this.in.readLong();
				this.amount = BinaryAmounts.read(this.in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// read only
			}
		}

	}

}
