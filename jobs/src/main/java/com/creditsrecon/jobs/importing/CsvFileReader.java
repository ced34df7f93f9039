package com.creditsrecon.jobs.importing;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import com.creditsrecon.jobs.importing.CsvLineReader.NotCsvException;

/**
 * Streams the records of one input CSV file (extracts.md): UTF-8 strictly (invalid bytes
 * refuse the file, rule V3), a BOM skipped, {@code .csv.gz} decompressed, blank lines
 * skipped, every record with its physical line and raw text, and the file's SHA-256
 * computed on the way. A quote that makes no well-formed record never swallows the lines
 * after it (rule V1a): its first physical line comes out broken, and parsing starts again
 * at the next line. So every physical line is in a record, a broken line or a blank line.
 * The parsing is {@link CsvRecordParser}'s, over bytes: only the fields are decoded. Not
 * restartable by design: a restarted import reads the file again from the top. An
 * {@link ItemStreamReader} only to be opened and closed with its step.
 */
public final class CsvFileReader implements ItemStreamReader<CsvLine> {

	private static final int BUFFER = 1 << 16;

	/** Bytes read at a time for the parser. */
	private static final int BLOCK = 1 << 17;

	/**
	 * Bytes of a large plain file parsed at a time on one thread, when read ahead: about
	 * a thousand FOCUS rows, 5 MB of heap once parsed.
	 */
	private static final int RANGE = 1 << 20;

	private static final int AHEAD_BATCH = 256;

	private static final int AHEAD_BATCHES = 4;

	private static final Object END = new Object();

	private final Path file;

	private final String displayName;

	private final HeaderBinder binder;

	private final boolean readAhead;

	private final int blockSize;

	private final int rangeSize;

	private final int threads;

	private BlockingQueue<Object> queue;

	private Thread producer;

	private List<CsvLine> batch;

	private int batchIndex;

	private boolean ended;

	private DigestingInputStream digest;

	private InputStream stream;

	private CsvLineReader lines;

	/** The ranges a large plain file is parsed in when read ahead; null otherwise. */
	private CsvRangeReader ranges;

	/** Reads the file to its end for its checksum, when it is parsed in ranges. */
	private Thread checksum;

	private volatile IOException checksumFailure;

	private long headerLines;

	private boolean finished;

	private String sha256;

	private final AtomicLong bytesRead = new AtomicLong();

	/** What the header must have; throws to refuse the file. */
	@FunctionalInterface
	public interface HeaderBinder {

		void bind(List<String> header) throws Exception;

	}

	/**
	 * @param displayName the file's path relative to the input folder, for messages
	 */
	public CsvFileReader(Path file, String displayName, HeaderBinder binder) {
		this(file, displayName, binder, false);
	}

	/**
	 * @param readAhead parse on threads of their own, ahead of the reads (for large
	 * files): with more than two cores, a large plain file in byte ranges, one per core
	 * but the reading thread's
	 */
	public CsvFileReader(Path file, String displayName, HeaderBinder binder, boolean readAhead) {
		this(file, displayName, binder, readAhead, BLOCK, RANGE, Runtime.getRuntime().availableProcessors() - 1);
	}

	/**
	 * @param blockSize bytes read at a time (small in tests, so that records cross
	 * blocks)
	 * @param rangeSize bytes of a plain file parsed at a time when read ahead
	 * @param threads ranges parsed at a time (1: no ranges, one thread reads ahead)
	 */
	CsvFileReader(Path file, String displayName, HeaderBinder binder, boolean readAhead, int blockSize, int rangeSize,
			int threads) {
		this.file = file;
		this.displayName = displayName;
		this.binder = binder;
		this.readAhead = readAhead;
		this.blockSize = blockSize;
		this.rangeSize = rangeSize;
		this.threads = threads;
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			this.digest = new DigestingInputStream(
					new CountingInputStream(Files.newInputStream(this.file), this.bytesRead), this.displayName);
			InputStream in = decompressed(this.file, this.digest);
			int bom = skipBom(in);
			this.stream = in;
			this.lines = new CsvLineReader(new ByteWindow(in, this.blockSize));
			List<String> header = this.lines.header();
			if (header == null) {
				throw new InputRefusedException(this.displayName + ": the file is empty (no header row)");
			}
			this.headerLines = this.lines.linesRead();
			this.binder.bind(header);
			long headerEnd = bom + this.lines.position();
			if (this.readAhead && inRanges(headerEnd)) {
				startRanges(headerEnd, header.size());
			}
			else if (this.readAhead) {
				startReadingAhead();
			}
		}
		catch (InputRefusedException ex) {
			throw ex;
		}
		catch (NotCsvException ex) {
			// the header row itself cannot be parsed: the file cannot be used (rule V3)
			throw new InputRefusedException(this.displayName + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
		catch (Exception ex) {
			throw new InputRefusedException(this.displayName + ": " + ex.getMessage());
		}
	}

	/** The next record or broken line, or null at the end. */
	@Override
	public CsvLine read() {
		if (this.ranges != null) {
			return nextOfRanges();
		}
		if (!this.readAhead) {
			return parseNext();
		}
		if (this.batch != null && this.batchIndex < this.batch.size()) {
			return this.batch.get(this.batchIndex++);
		}
		if (this.ended) {
			return null;
		}
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + this.displayName, ex);
		}
		if (next instanceof RuntimeException failure) {
			this.ended = true;
			throw failure;
		}
		if (next == END) {
			this.ended = true;
			return null;
		}
		@SuppressWarnings("unchecked")
		List<CsvLine> lines = (List<CsvLine>) next;
		this.batch = lines;
		this.batchIndex = 0;
		return read();
	}

	/**
	 * Parses records on a thread of their own, a few batches ahead of {@link #read()}:
	 * the CSV parsing of one file then runs beside the checking and summing of its rows,
	 * on two cores.
	 */
	private void startReadingAhead() {
		this.queue = new ArrayBlockingQueue<>(AHEAD_BATCHES);
		this.producer = new Thread(() -> {
			try {
				List<CsvLine> lines = new ArrayList<>(AHEAD_BATCH);
				for (CsvLine line = parseNext(); line != null; line = parseNext()) {
					lines.add(line);
					if (lines.size() == AHEAD_BATCH) {
						this.queue.put(lines);
						lines = new ArrayList<>(AHEAD_BATCH);
					}
				}
				if (!lines.isEmpty()) {
					this.queue.put(lines);
				}
				this.queue.put(END);
			}
			catch (InterruptedException ex) {
				// closed before the end: nobody waits any more
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				try {
					this.queue.put(ex);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}, "read-ahead " + this.displayName);
		this.producer.setDaemon(true);
		this.producer.start();
	}

	/**
	 * Whether the file is worth parsing in ranges: two threads at least to parse them
	 * (with one, a single thread reading ahead does as well), the file plain (a gzip
	 * stream can only be read from its start), and large enough for two ranges.
	 */
	private boolean inRanges(long headerEnd) throws IOException {
		return this.threads > 1 && !this.file.getFileName().toString().endsWith(".gz")
				&& Files.size(this.file) - headerEnd >= 2L * this.rangeSize;
	}

	/**
	 * Parses the records in byte ranges on threads of their own; this file's stream is
	 * read on to its end on another, for the checksum only.
	 */
	private void startRanges(long headerEnd, int headerSize) throws IOException {
		this.ranges = new CsvRangeReader(this.file, this.displayName, headerEnd, this.headerLines, headerSize,
				this.threads, this.rangeSize, this.blockSize);
		this.checksum = new Thread(() -> {
			try {
				drain();
			}
			catch (IOException ex) {
				this.checksumFailure = ex;
			}
		}, "checksum " + this.displayName);
		this.checksum.setDaemon(true);
		this.checksum.start();
	}

	private CsvLine nextOfRanges() {
		if (this.finished) {
			return null;
		}
		try {
			CsvLine line = this.ranges.next();
			if (line == null) {
				this.finished = true;
				this.checksum.join();
				if (this.checksumFailure != null) {
					throw refusal(this.checksumFailure);
				}
				this.sha256 = this.digest.finish();
			}
			return line;
		}
		catch (NotCsvException ex) {
			throw new InputRefusedException(this.displayName + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + this.displayName, ex);
		}
	}

	private CsvLine parseNext() {
		if (this.finished) {
			return null;
		}
		try {
			CsvLine line = this.lines.next();
			if (line == null) {
				finish();
			}
			return line;
		}
		catch (NotCsvException ex) {
			throw new InputRefusedException(this.displayName + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
	}

	@Override
	public void close() {
		if (this.producer != null && this.producer.isAlive()) {
			this.producer.interrupt();
		}
		if (this.ranges != null) {
			this.ranges.close();
		}
		if (this.checksum != null && this.checksum.isAlive()) {
			this.checksum.interrupt();
		}
		try {
			// closes the checksum's stream under it, which stops the checksum thread
			if (this.stream != null) {
				this.stream.close();
			}
			else if (this.digest != null) {
				this.digest.close();
			}
		}
		catch (IOException ex) {
			// closing a file we only read: nothing to lose
		}
	}

	/**
	 * The physical lines the header row takes: 1, or more when a quoted name spans lines.
	 */
	public long headerLines() {
		return this.headerLines;
	}

	/** The file's SHA-256, once it has been read to the end. */
	public String sha256() {
		return this.sha256;
	}

	/**
	 * Bytes of the file as stored (compressed or not) read so far, for progress reports.
	 */
	public long bytesRead() {
		// in ranges, the checksum's reading runs ahead of the records
		return this.ranges != null ? this.ranges.position() : this.bytesRead.get();
	}

	private void finish() {
		this.finished = true;
		try {
			drain();
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
		this.sha256 = this.digest.finish();
	}

	/** Reads the file's stream to its end, so that the checksum covers the whole file. */
	private void drain() throws IOException {
		byte[] rest = new byte[BUFFER];
		while (this.stream.read(rest) >= 0) {
			// only the checksum wants these bytes
		}
	}

	private InputRefusedException refusal(Throwable cause) {
		if (cause instanceof CharacterCodingException) {
			return new InputRefusedException(this.displayName + ": not valid UTF-8 (line " + firstInvalidLine() + ")");
		}
		return new InputRefusedException(this.displayName + ": cannot be read: " + readProblem(cause));
	}

	/** Why the file's bytes could not be read, in a user's words. */
	private static String readProblem(Throwable cause) {
		if (cause instanceof EOFException) {
			// only the gzip stream ends early: a plain file simply ends
			return "its gzip data ends early (the file is truncated)";
		}
		if (cause instanceof ZipException) {
			return "it is not valid gzip data (" + cause.getMessage() + ")";
		}
		if (cause instanceof IOException io) {
			return FileProblems.describe(io);
		}
		return String.valueOf(cause.getMessage());
	}

	/**
	 * The physical line of the first byte sequence that is not UTF-8. The file is checked
	 * a block at a time, ahead of the parser, so the failure does not tell: the file is
	 * scanned again.
	 */
	private long firstInvalidLine() {
		try (InputStream in = decompressed(this.file, Files.newInputStream(this.file))) {
			return FileProblems.firstLineNotUtf8(in);
		}
		catch (IOException ex) {
			return this.lines == null ? 1 : this.lines.linesRead() + 1;
		}
	}

	/**
	 * The file's content from its stored bytes: a {@code .gz} file is read like its
	 * {@code .csv}.
	 */
	private static InputStream decompressed(Path file, InputStream stored) throws IOException {
		InputStream in = new BufferedInputStream(stored, BUFFER);
		return file.getFileName().toString().endsWith(".gz")
				? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
	}

	/**
	 * @return the bytes skipped: 3 or 0
	 */
	private static int skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] head = in.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
			in.reset();
			return 0;
		}
		return 3;
	}

	/** Counts the bytes read through it. */
	private static final class CountingInputStream extends FilterInputStream {

		private final AtomicLong count;

		CountingInputStream(InputStream in, AtomicLong count) {
			super(in);
			this.count = count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count.addAndGet(n);
			}
			return n;
		}

	}

}
