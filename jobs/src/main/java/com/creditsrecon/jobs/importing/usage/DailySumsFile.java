package com.creditsrecon.jobs.importing.usage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.usage.UsageKey;

/**
 * The daily sums of one usage file, as its partition writes them: a binary file under the
 * store's folder, appended to whenever the sums in memory grow large and complete only
 * once it is renamed into place. Partitions write files, never the database, so that they
 * neither wait on each other nor on the job repository; the resolving step loads the
 * files, one at a time.
 */
final class DailySumsFile {

	private final Path file;

	private final Path partial;

	private DataOutputStream out;

	DailySumsFile(Path file) {
		this.file = file;
		this.partial = file.resolveSibling(file.getFileName() + ".partial");
	}

	/** Starts the file anew. */
	void create() {
		try {
			Files.createDirectories(this.file.getParent());
			Files.deleteIfExists(this.file);
			this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(this.partial), 1 << 16));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void append(UsageKey key, long rows, BigDecimal amount) {
		try {
			this.out.writeLong(key.billingPeriod().toEpochDay());
			this.out.writeUTF(key.billingProfile());
			this.out.writeUTF(key.subscription());
			this.out.writeLong(key.chargeDate().toEpochDay());
			this.out.writeUTF(key.currency());
			this.out.writeBoolean(key.negative());
			this.out.writeByte(key.preClassification().ordinal());
			this.out.writeUTF(key.serviceName());
			this.out.writeUTF(key.meterCategory());
			this.out.writeLong(rows);
			byte[] unscaled = amount.unscaledValue().toByteArray();
			this.out.writeInt(amount.scale());
			this.out.writeShort(unscaled.length);
			this.out.write(unscaled);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes the file and puts it in place: from now on it is complete. */
	void complete() {
		try {
			this.out.close();
			this.out = null;
			Files.move(this.partial, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes a file that will not be completed (a failed partition). */
	void abandon() {
		if (this.out != null) {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				// the partial file is started anew on the next attempt
			}
			this.out = null;
		}
	}

	/** Reads every sum of a complete file, in the order written. */
	void forEach(BiConsumer<UsageKey, Sum> action) {
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(Files.newInputStream(this.file), 1 << 16))) {
			PreClassification[] classes = PreClassification.values();
			while (true) {
				long period;
				try {
					period = in.readLong();
				}
				catch (EOFException end) {
					return;
				}
				UsageKey key = new UsageKey(LocalDate.ofEpochDay(period), in.readUTF(), in.readUTF(),
						LocalDate.ofEpochDay(in.readLong()), in.readUTF(), in.readBoolean(), classes[in.readByte()],
						in.readUTF(), in.readUTF());
				long rows = in.readLong();
				int scale = in.readInt();
				byte[] unscaled = new byte[in.readShort()];
				in.readFully(unscaled);
				action.accept(key, new Sum(rows, new BigDecimal(new BigInteger(unscaled), scale)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

	/** One stored sum: its row count and exact amount. */
	record Sum(long rows, BigDecimal amount) {
	}

}
