package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.creditsrecon.jobs.importing.CsvLineReader.NotCsvException;

/**
 * The records of one large plain CSV file after its header, parsed in byte ranges on
 * threads of their own and handed on in file order (the later of two usage rows with the
 * same charge ID is the one rejected, rule V2). A range starts just after a line break: a
 * record's start, unless the break is inside a quoted field. Parsing from a record's
 * start depends on nothing before it, so a range is used only when the one before it
 * ended exactly where it starts; otherwise it is parsed again, on the reading thread,
 * from where the one before ended. The records are those of one parse from the top, line
 * numbers and V1a's broken lines included. A few ranges at most are parsed ahead of the
 * reading: memory stays bounded.
 */
final class CsvRangeReader implements AutoCloseable {

	private final FileChannel channel;

	private final long size;

	private final int headerSize;

	private final int rangeSize;

	private final int blockSize;

	private final int maxAhead;

	private final ExecutorService threads;

	private final Deque<Future<Range>> ahead = new ArrayDeque<>();

	/** Where the next range to parse starts. */
	private long nextStart;

	/** Where the next range to hand on must start: the end of the last one handed on. */
	private volatile long expected;

	/** The physical lines before {@link #expected}. */
	private long linesBefore;

	private Range current;

	private int index;

	/**
	 * @param start where the records start: the header's end, in the file's bytes
	 * @param headerLines the physical lines before it
	 * @param threads how many ranges are parsed at a time
	 */
	CsvRangeReader(Path file, String name, long start, long headerLines, int headerSize, int threads, int rangeSize,
			int blockSize) throws IOException {
		this.channel = FileChannel.open(file, StandardOpenOption.READ);
		this.size = this.channel.size();
		this.headerSize = headerSize;
		this.rangeSize = rangeSize;
		this.blockSize = blockSize;
		this.maxAhead = threads;
		this.threads = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "csv ranges " + name);
			thread.setDaemon(true);
			return thread;
		});
		this.nextStart = start;
		this.expected = start;
		this.linesBefore = headerLines;
	}

	/**
	 * The next record or broken line, or null at the end of the file.
	 * @throws NotCsvException when a line that makes no record is too long to keep
	 */
	CsvLine next() throws IOException, NotCsvException {
		while (true) {
			if (this.current != null) {
				if (this.index < this.current.lines().size()) {
					return this.current.lines().get(this.index++).after(this.linesBefore);
				}
				Range done = this.current;
				this.current = null;
				done.rethrow();
				this.expected = done.stop();
				this.linesBefore += done.linesRead();
			}
			if (this.expected >= this.size) {
				return null;
			}
			parseAhead();
			Range range = result(this.ahead.poll());
			if (range.start() != this.expected) {
				// the range began inside a quoted field: parsed again from where the
				// records really are
				range = parse(this.expected, range.end());
			}
			this.current = range;
			this.index = 0;
		}
	}

	/** Where in the file the records handed on have got to, for progress reports. */
	long position() {
		return this.expected;
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			// closing a file we only read: nothing to lose
		}
	}

	/** Starts parsing the next ranges, up to the most parsed ahead. */
	private void parseAhead() throws IOException {
		while (this.ahead.size() < this.maxAhead && this.nextStart < this.size) {
			long start = this.nextStart;
			long end = afterLineBreak(start + this.rangeSize);
			this.ahead.add(this.threads.submit(() -> parse(start, end)));
			this.nextStart = end;
		}
	}

	/**
	 * Just after the first line break at or after {@code from} (CRLF, LF or CR), or the
	 * file's end.
	 */
	private long afterLineBreak(long from) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(4096);
		long at = from;
		while (at < this.size) {
			buffer.clear();
			int read = this.channel.read(buffer, at);
			for (int i = 0; i < read; i++) {
				byte b = buffer.get(i);
				if (b == '\n') {
					return at + i + 1;
				}
				if (b == '\r') {
					// is it CRLF? the LF may be in the next buffer
					if (i + 1 < read) {
						return at + i + (buffer.get(i + 1) == '\n' ? 2 : 1);
					}
					return afterCr(at + i + 1);
				}
			}
			at += Math.max(read, 0);
		}
		return this.size;
	}

	private long afterCr(long next) throws IOException {
		ByteBuffer one = ByteBuffer.allocate(1);
		return (next < this.size && this.channel.read(one, next) == 1 && one.get(0) == '\n') ? next + 1 : next;
	}

	/** The records that start in {@code [start, end)}, parsed from {@code start}. */
	private Range parse(long start, long end) {
		CsvLineReader reader = CsvLineReader
			.afterHeader(new ByteWindow(new RangeStream(this.channel, start), this.blockSize, start), this.headerSize);
		List<CsvLine> lines = new ArrayList<>();
		try {
			for (CsvLine line = reader.nextBefore(end); line != null; line = reader.nextBefore(end)) {
				lines.add(line);
			}
			return new Range(start, end, lines, reader.linesRead(), reader.position(), null);
		}
		catch (IOException | NotCsvException ex) {
			return new Range(start, end, lines, reader.linesRead(), reader.position(), ex);
		}
	}

	private static Range result(Future<Range> range) {
		try {
			return range.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * A parsed range: its records and broken lines (lines numbered from its start), the
	 * physical lines they took, where the parse stopped (the next record's start), and
	 * the failure that stopped it, if one did.
	 */
	private record Range(long start, long end, List<CsvLine> lines, long linesRead, long stop, Exception failure) {

		void rethrow() throws IOException, NotCsvException {
			if (this.failure instanceof IOException io) {
				throw io;
			}
			if (this.failure instanceof NotCsvException notCsv) {
				throw notCsv;
			}
		}

	}

	/** The file's bytes from an offset on, read where they are: many at a time. */
	private static final class RangeStream extends InputStream {

		private final FileChannel channel;

		private long position;

		RangeStream(FileChannel channel, long position) {
			this.channel = channel;
			this.position = position;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			int read = this.channel.read(ByteBuffer.wrap(bytes, offset, length), this.position);
			if (read > 0) {
				this.position += read;
			}
			return read;
		}

	}

}
