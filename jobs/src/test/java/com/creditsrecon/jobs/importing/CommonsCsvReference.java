package com.creditsrecon.jobs.importing;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reading of input CSV files as it was before {@link CsvFileReader} parsed bytes
 * itself: Commons CSV (RFC 4180, empty lines kept) over a strict UTF-8 decoder, with
 * {@link RawTextTap} keeping the raw text, and the same V1a restarts. Kept in the tests
 * only, as the reference that the byte parser must match line for line
 * ({@code CsvFileReaderDifferentialTests}) and the one it is measured against
 * ({@code ImportBenchmark}). What follows is its description as it was.
 * <p>
 * Streams the records of one input CSV file (extracts.md): UTF-8 strictly (invalid bytes
 * refuse the file, rule V3), a BOM skipped, {@code .csv.gz} decompressed, blank lines
 * skipped, every record with its physical line and raw text (until the next record is
 * read), and the file's SHA-256 computed on the way. A quote that makes no well-formed
 * record never swallows the lines after it (rule V1a): its first physical line comes out
 * broken, and parsing starts again at the next line. So every physical line is in a
 * record, a broken line or a blank line. Not restartable by design: a restarted import
 * reads the file again from the top. An {@link ItemStreamReader} only to be opened and
 * closed with its step.
 */
public final class CommonsCsvReference implements ItemStreamReader<CommonsCsvReference.Line> {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private static final int BUFFER = 1 << 16;

	private static final int AHEAD_BATCH = 256;

	private static final int AHEAD_BATCHES = 4;

	private static final Object END = new Object();

	private final Path file;

	private final String displayName;

	private final HeaderBinder binder;

	private final boolean readAhead;

	private final AtomicLong consumedStart = new AtomicLong();

	private BlockingQueue<Object> queue;

	private Thread producer;

	private List<Line> batch;

	private int batchIndex;

	private boolean ended;

	private DigestingInputStream digest;

	private InputStream stream;

	private RawTextTap tap;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private int headerSize;

	private long headerLines;

	/** Where the current parser started: its positions count from it. */
	private long parserOffset;

	/**
	 * The physical lines before the current parser's start: its line numbers count from
	 * it.
	 */
	private long parserLines;

	/** Physical lines read so far (the header's included). */
	private long linesRead;

	/** Where the last record (or blank or broken line) starts. */
	private long lastStart;

	/** How many physical lines it takes. */
	private long lastSpan;

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
	public CommonsCsvReference(Path file, String displayName, HeaderBinder binder) {
		this(file, displayName, binder, false);
	}

	/**
	 * @param readAhead parse on a thread of its own, ahead of the reads (for large files)
	 */
	public CommonsCsvReference(Path file, String displayName, HeaderBinder binder, boolean readAhead) {
		this.file = file;
		this.displayName = displayName;
		this.binder = binder;
		this.readAhead = readAhead;
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			this.digest = new DigestingInputStream(
					new CountingInputStream(Files.newInputStream(this.file), this.bytesRead), this.displayName);
			InputStream in = decompressed(this.file, this.digest);
			skipBom(in);
			this.stream = in;
			InputStreamReader decoder = new InputStreamReader(in,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
			this.tap = new RawTextTap(decoder);
			parseFrom(0, 0, this.tap);
			if (!this.records.hasNext()) {
				throw new InputRefusedException(this.displayName + ": the file is empty (no header row)");
			}
			List<String> header = this.records.next().toList();
			this.headerSize = header.size();
			this.linesRead = this.parser.getCurrentLineNumber();
			this.headerLines = Math.max(1, this.linesRead);
			this.lastSpan = this.headerLines;
			this.binder.bind(header);
			if (this.readAhead) {
				startReadingAhead();
			}
		}
		catch (InputRefusedException ex) {
			throw ex;
		}
		catch (UncheckedIOException ex) {
			throw headerRefusal(ex.getCause());
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
		catch (Exception ex) {
			throw new InputRefusedException(this.displayName + ": " + ex.getMessage());
		}
	}

	/**
	 * Parsing starts (again) at a character offset, after {@code lines} physical lines.
	 */
	private void parseFrom(long offset, long lines, Reader text) throws IOException {
		this.parserOffset = offset;
		this.parserLines = lines;
		this.tap.recordStartsAt(offset);
		this.parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
		this.records = this.parser.iterator();
	}

	/** The header row itself cannot be parsed: the file cannot be used (rule V3). */
	private InputRefusedException headerRefusal(IOException cause) {
		if (this.tap != null && this.tap.failure() == null && !(cause instanceof CharacterCodingException)) {
			return new InputRefusedException(this.displayName + ": the header row (line 1) cannot be read as CSV: "
					+ syntaxProblem(cause, false));
		}
		return refusal(cause);
	}

	/**
	 * The next record, or null at the end; the previous record's {@link Line#raw()} is
	 * gone from then on.
	 */
	@Override
	public Line read() {
		if (!this.readAhead) {
			return parseNext();
		}
		if (this.batch != null && this.batchIndex < this.batch.size()) {
			Line line = this.batch.get(this.batchIndex++);
			this.consumedStart.set(line.start());
			return line;
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
		List<Line> lines = (List<Line>) next;
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
				List<Line> lines = new ArrayList<>(AHEAD_BATCH);
				for (Line line = parseNext(); line != null; line = parseNext()) {
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

	private Line parseNext() {
		// Keep only the text from the oldest record still in use: memory stays flat
		// however large the file.
		this.tap.discardBefore(this.readAhead ? this.consumedStart.get() : this.lastStart);
		while (!this.finished) {
			long line = this.linesRead + 1;
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					finish();
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof CharacterCodingException || this.tap.failure() != null) {
					throw refusal(ex.getCause());
				}
				// mid-line, Commons CSV counts the line being read: beyond the first line
				// means past its end
				boolean ranOn = this.parserLines + this.parser.getCurrentLineNumber() > line;
				// it starts where the last one ended: found only now, so that no
				// record pays for a scan
				long start = this.tap.endOfLines(this.lastStart, this.lastSpan);
				return brokenLine(start, line, syntaxProblem(ex.getCause(), ranOn));
			}
			long start = this.parserOffset + record.getCharacterPosition();
			long after = this.parserLines + this.parser.getCurrentLineNumber();
			long span = Math.max(1, after - this.linesRead);
			if (span > 1 && record.size() != this.headerSize) {
				return brokenLine(start, line, "a quoted field runs past the end of the line into a record of "
						+ record.size() + " fields, not " + this.headerSize);
			}
			this.linesRead = after;
			this.lastStart = start;
			this.lastSpan = span;
			// the record after it may take at most the maximum from about here
			this.tap.recordStartsAt(start);
			if (record.size() == 1 && record.get(0).isEmpty()) {
				continue; // a blank line is no data row
			}
			// values() is the record's own array; toList() would copy it through a stream
			return Line.record(Arrays.asList(record.values()), line, this.tap, start, span);
		}
		return null;
	}

	/**
	 * Rule V1a: the first physical line of what could not be made a record is rejected
	 * alone, and parsing starts again at the next line, whatever the parser read beyond.
	 */
	private Line brokenLine(long start, long line, String problem) {
		try {
			if (!this.tap.readLineAt(start)) {
				throw new InputRefusedException(this.displayName + ": line " + line + " is longer than "
						+ RawTextTap.MAX_RECORD_CHARS + " characters and makes no record");
			}
			Line broken = Line.broken(line, this.tap, start, problem);
			this.linesRead = line;
			this.lastStart = start;
			this.lastSpan = 1;
			long next = this.tap.endOfLines(start, 1);
			parseFrom(next, line, this.tap.from(next));
			return broken;
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
	}

	/**
	 * What Commons CSV found wrong with a record, in a user's words.
	 * @param ranOn whether the parser had gone past the end of the record's first line
	 */
	private static String syntaxProblem(IOException cause, boolean ranOn) {
		if (cause instanceof RawTextTap.RecordTooLongException) {
			return "an unbalanced quote: the quoted field runs on for more than " + RawTextTap.MAX_RECORD_CHARS
					+ " characters";
		}
		if (ranOn) {
			return "an unbalanced quote: a quoted field runs past the end of the line and never closes properly";
		}
		String message = String.valueOf(cause.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "an unbalanced quote: the quoted field is never closed";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "text after a closing quote (a field that starts with a quote must end with it)";
		}
		return "not a CSV record (" + message + ")";
	}

	@Override
	public void close() {
		if (this.producer != null && this.producer.isAlive()) {
			this.producer.interrupt();
		}
		try {
			if (this.parser == null && this.digest != null) {
				// refused before parsing began: stop the checksum thread
				this.digest.close();
			}
			if (this.parser != null) {
				this.parser.close();
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
		return this.bytesRead.get();
	}

	private void finish() {
		this.finished = true;
		try {
			byte[] rest = new byte[BUFFER];
			while (this.stream.read(rest) >= 0) {
				// drain, so that the checksum covers the whole file
			}
		}
		catch (IOException ex) {
			throw refusal(ex);
		}
		this.sha256 = this.digest.finish();
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
	 * The physical line of the first byte sequence that is not UTF-8. The decoder reads
	 * ahead in blocks, so its failure does not tell: the file is scanned again.
	 */
	private long firstInvalidLine() {
		try (InputStream in = decompressed(this.file, Files.newInputStream(this.file))) {
			return FileProblems.firstLineNotUtf8(in);
		}
		catch (IOException ex) {
			return this.linesRead + 1;
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

	private static void skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] head = in.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
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

	/**
	 * One record of an input file as read: its fields, its first physical line, and its
	 * raw text on demand; or a broken first line (rule V1a: a quote that does not make a
	 * well-formed record), with what is wrong with it.
	 */
	public static final class Line {

		private final List<String> values;

		private final long line;

		private final RawTextTap tap;

		private final long start;

		private final long span;

		private final String problem;

		private Line(List<String> values, long line, RawTextTap tap, long start, long span, String problem) {
			this.values = values;
			this.line = line;
			this.tap = tap;
			this.start = start;
			this.span = span;
			this.problem = problem;
		}

		/** A record of fields over {@code span} physical lines from {@code start}. */
		static Line record(List<String> values, long line, RawTextTap tap, long start, long span) {
			return new Line(values, line, tap, start, span, null);
		}

		/** A physical line that makes no record (rule V1a); its raw text is that line. */
		static Line broken(long line, RawTextTap tap, long start, String problem) {
			return new Line(null, line, tap, start, 1, problem);
		}

		/** The fields, or null when the line is broken. */
		public List<String> values() {
			return this.values;
		}

		/** Why a broken line makes no record, in a user's words; null for a record. */
		public String problem() {
			return this.problem;
		}

		/** The record's first character's offset in the file. */
		long start() {
			return this.start;
		}

		public long line() {
			return this.line;
		}

		/**
		 * How many physical lines it takes: 1, or more for a record a quoted field spans.
		 */
		public long lineCount() {
			return this.span;
		}

		/**
		 * The record's text as it stands in the file, without its line break; valid until
		 * the next record is read.
		 */
		public String raw() {
			return this.tap.text(this.start, this.span);
		}

	}

}
