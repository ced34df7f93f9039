package com.creditsrecon.jobs.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Where a partition's result rows go instead of a database table, for the tables that are
 * {@link ResultTables.Table#inRuns in runs}: each block of partners a partition simulates
 * becomes one sorted run per table ({@code results/
 *
<table>
 * /<partition>-<block>.run} under the store's folder), and a table is read by merging its
 * runs in the order of its key, the order of its output file. Writing a file and reading
 * it back sorted costs a fraction of rows inserted into a table and paged back out by its
 * index.
 * <p>
 * A run appears whole or not at all (written aside, then moved). A restarted partition
 * {@link #discard discards} the runs of the blocks it had not recorded as done, and
 * writes them again under the same numbers. This class is the only one that knows where a
 * partition's rows live.
 */
public final class ResultRuns {

	private final Supplier<Path> storeDir;

	/**
	 * @param storeDir the store's folder of the running job
	 */
	public ResultRuns(Supplier<Path> storeDir) {
		this.storeDir = storeDir;
	}

	/**
	 * Writes one block's rows of a table ({@link ResultTables.Table#parameters} each),
	 * sorted by the table's key.
	 * @param partition a name for the writer, made of letters, digits and {@code -}
	 */
	public void write(ResultTables.Table<?> table, String partition, int block, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> sorted = new ArrayList<>(rows);
		sorted.sort(table.keyOrder());
		List<ResultTables.Type> types = table.parameterTypes();
		Path run = folder(table).resolve(String.format("%s-%06d.run", partition, block));
		Path aside = run.resolveSibling(run.getFileName() + ".part");
		try {
			Files.createDirectories(run.getParent());
			try (DataOutputStream out = LocalStreams.write(aside)) {
				for (Object[] row : sorted) {
					for (int i = 0; i < types.size(); i++) {
						write(out, types.get(i), row[i]);
					}
				}
			}
			Files.move(aside, run, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes a partition's runs of the blocks after {@code lastKept}, in every table.
	 * Other partitions write meanwhile: only this partition's names are looked at, never
	 * another's file, which may be moved away while the folder is read.
	 */
	public void discard(String partition, int lastKept) {
		Path results = this.storeDir.get().resolve("results");
		if (!Files.isDirectory(results)) {
			return;
		}
		try (DirectoryStream<Path> tables = Files.newDirectoryStream(results)) {
			for (Path table : tables) {
				try (DirectoryStream<Path> own = Files.newDirectoryStream(table, partition + "-*")) {
					for (Path file : own) {
						if (block(file.getFileName().toString(), partition) > lastKept) {
							Files.deleteIfExists(file);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes every run: a fresh simulation starts from none. */
	public void clear() {
		try {
			FileSystemUtils.deleteRecursively(this.storeDir.get().resolve("results"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every row of a table, in the order of its key. */
	public <R> void forEach(ResultTables.Table<R> table, Consumer<R> action) {
		Path folder = folder(table);
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<ResultTables.Type> types = table.parameterTypes();
		Comparator<Object[]> key = table.keyOrder();
		PriorityQueue<Cursor> cursors = new PriorityQueue<>(
				Comparator.comparing((Cursor c) -> c.row, key).thenComparingInt(c -> c.number));
		List<Cursor> open = new ArrayList<>();
		try {
			for (String block : blocks(table)) {
				Cursor cursor = new Cursor(open.size(), folder.resolve(block + ".run"), types);
				open.add(cursor);
				if (cursor.advance()) {
					cursors.add(cursor);
				}
			}
			while (!cursors.isEmpty()) {
				Cursor cursor = cursors.poll();
				action.accept(table.read(cursor.row));
				if (cursor.advance()) {
					cursors.add(cursor);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			open.forEach(Cursor::close);
		}
	}

	/**
	 * Every row of a table, a block after another, in no order across blocks: for a
	 * reader that wants only some rows, or sums, and need not pay for the merge.
	 */
	public <R> void forEachUnordered(ResultTables.Table<R> table, Consumer<R> action) {
		for (String block : blocks(table)) {
			forEachInBlock(table, block, action);
		}
	}

	/**
	 * The names of a table's runs ({@code <partition>-<block>}), sorted: the order in
	 * which the partitions' blocks cover the partners.
	 */
	public List<String> blocks(ResultTables.Table<?> table) {
		Path folder = folder(table);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith(".run"))
				.map(name -> name.substring(0, name.length() - ".run".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows of one block's run of a table, in the order of the table's key; none when
	 * the block wrote none.
	 * @param block a name of {@link #blocks}
	 */
	public <R> void forEachInBlock(ResultTables.Table<R> table, String block, Consumer<R> action) {
		Path run = folder(table).resolve(block + ".run");
		if (!Files.exists(run)) {
			return;
		}
		Cursor cursor = null;
		try {
			cursor = new Cursor(0, run, table.parameterTypes());
			while (cursor.advance()) {
				action.accept(table.read(cursor.row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (cursor != null) {
				cursor.close();
			}
		}
	}

	private Path folder(ResultTables.Table<?> table) {
		return this.storeDir.get().resolve("results").resolve(table.name());
	}

	private static int block(String fileName, String partition) {
		String number = fileName.substring(partition.length() + 1, fileName.indexOf('.'));
		return number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : Integer.MAX_VALUE;
	}

	/**
	 * A value of a column type; null as a marker byte, so that every type may be null.
	 */
	private static void write(DataOutputStream out, ResultTables.Type type, Object value) throws IOException {
		out.writeBoolean(value != null);
		if (value == null) {
			return;
		}
		switch (type) {
			case TEXT -> {
				byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
				out.writeInt(utf8.length);
				out.write(utf8);
			}
			case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
			case TIMESTAMP -> {
				LocalDateTime at = (LocalDateTime) value;
				out.writeLong(at.toEpochSecond(ZoneOffset.UTC));
				out.writeInt(at.getNano());
			}
			case AMOUNT -> BinaryAmounts.write(out, (BigDecimal) value);
			case INTEGER -> out.writeInt(((Number) value).intValue());
			case BIGINT -> out.writeLong(((Number) value).longValue());
			case BOOLEAN -> out.writeBoolean((Boolean) value);
		}
	}

	private static Object read(DataInputStream in, ResultTables.Type type) throws IOException {
		return value(in, type, in.readBoolean());
	}

	private static Object value(DataInputStream in, ResultTables.Type type, boolean present) throws IOException {
		if (!present) {
			return null;
		}
		return switch (type) {
			case TEXT -> {
				byte[] utf8 = new byte[in.readInt()];
				in.readFully(utf8);
				yield new String(utf8, StandardCharsets.UTF_8);
			}
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			case TIMESTAMP -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
			case AMOUNT -> BinaryAmounts.read(in);
			case INTEGER -> in.readInt();
			case BIGINT -> in.readLong();
			case BOOLEAN -> in.readBoolean();
		};
	}

	/** A run being merged, at its current row. */
	private static final class Cursor {

		private final int number;

		private final Path run;

		private final DataInputStream in;

		private final List<ResultTables.Type> types;

		private Object[] row;

		Cursor(int number, Path run, List<ResultTables.Type> types) throws IOException {
			this.number = number;
			this.run = run;
			this.in = LocalStreams.read(run);
			this.types = types;
		}

		/**
		 * Moves to the next row; false at the end of the run.
		 * @throws IllegalStateException for a run that ends within a row
		 */
		boolean advance() throws IOException {
			int marker = this.in.read();
			if (marker < 0) {
				return false;
			}
			Object[] next = new Object[this.types.size()];
			try {
				next[0] = value(this.in, this.types.get(0), marker != 0);
				for (int i = 1; i < next.length; i++) {
					next[i] = read(this.in, this.types.get(i));
				}
			}
			catch (EOFException truncated) {
				throw new IllegalStateException("The sorted run " + this.run + " ends within a row", truncated);
			}
			this.row = next;
			return true;
		}

		void close() {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// read only
			}
		}

	}

}
