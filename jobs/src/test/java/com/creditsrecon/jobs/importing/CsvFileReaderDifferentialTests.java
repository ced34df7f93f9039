package com.creditsrecon.jobs.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte parser reads every input as Commons CSV did ({@link CommonsCsvReference}, the
 * reader it replaced), whatever the input (rules V1, V1a, V3): the same records and
 * broken lines (line, line count, values, raw text, problem), the same header lines and
 * checksum, the same refusals. Inputs from {@link CsvFuzzInputs}, read in blocks of a few
 * bytes as well as in large ones, with and without read-ahead, plain and gzipped. The
 * seed and case are in every failure: {@code -Dcredits-recon.csv-fuzz.seed=S} replays a
 * campaign.
 */
class CsvFileReaderDifferentialTests {

	private static final long SEED = Long.getLong("credits-recon.csv-fuzz.seed", 20261204L);

	private static final int CASES = Integer.getInteger("credits-recon.csv-fuzz.cases", 3000);

	private static final int[] BLOCK_SIZES = { 1, 2, 3, 5, 8, 13, 64, 1000, 1 << 17 };

	private static final int[] RANGE_SIZES = { 1, 2, 7, 32, 100, 1000, 5000 };

	@TempDir
	Path temp;

	@Test
	@DisplayName("V1, V1a, V3: generated and mutated inputs read line for line as Commons CSV read them")
	void inputsReadAsCommonsCsvReadThem() throws IOException {
		int refused = 0;
		int broken = 0;
		for (int n = 0; n < CASES; n++) {
			// given
			Random random = new Random(SEED * 31 + n);
			CsvFuzzInputs.Input input = CsvFuzzInputs.next(random);
			boolean gzipped = random.nextInt(10) == 0;
			int blockSize = BLOCK_SIZES[random.nextInt(BLOCK_SIZES.length)];
			boolean readAhead = random.nextInt(5) == 0;
			String where = "seed " + SEED + ", case " + n + " (" + input.kind() + (gzipped ? ", gzipped" : "")
					+ ", blocks of " + blockSize + (readAhead ? ", read ahead" : "") + ")";
			Path file = write("case-" + n + (gzipped ? ".csv.gz" : ".csv"), input.content(), gzipped);

			// when
			Outcome expected = readWithCommonsCsv(file);
			Outcome actual = readWithByteParser(file, readAhead, blockSize, 1 << 20, 1);

			// then
			boolean utf8 = utf8(input.content());
			if (!utf8) {
				assertThat(expected.refusal()).as(where + ": the reference refuses what is not UTF-8").isNotNull();
				assertThat(actual.refusal()).as(where + ": what is not UTF-8 is refused").isNotNull();
			}
			if (expected.refusal() != null) {
				assertSameRefusal(expected.refusal(), actual.refusal(), utf8, where);
				refused++;
			}
			else {
				assertThat(actual.refusal()).as(where + ": refused").isNull();
				assertThat(actual.lines()).as(where + ": the lines read").containsExactlyElementsOf(expected.lines());
				assertThat(actual.headerLines()).as(where + ": the header's lines").isEqualTo(expected.headerLines());
				assertThat(actual.sha256()).as(where + ": the checksum").isEqualTo(expected.sha256());
				broken += (int) actual.lines().stream().filter(line -> line.problem() != null).count();
			}
			Files.delete(file);
		}
		// the campaign reached the cases that matter
		assertThat(refused).as("files refused").isGreaterThan(CASES / 20);
		assertThat(broken).as("broken lines").isGreaterThan(CASES / 5);
	}

	@Test
	@DisplayName("V1, V1a, V3: a file parsed in byte ranges on several threads reads as one parsed from the top")
	void rangesReadAsOneParseFromTheTop() throws IOException {
		for (int n = 0; n < CASES / 2; n++) {
			// given
			Random random = new Random(SEED * 37 + n);
			CsvFuzzInputs.Input input = CsvFuzzInputs.next(random);
			int blockSize = BLOCK_SIZES[random.nextInt(BLOCK_SIZES.length)];
			int rangeSize = RANGE_SIZES[random.nextInt(RANGE_SIZES.length)];
			int threads = 2 + random.nextInt(3);
			String where = "seed " + SEED + ", range case " + n + " (" + input.kind() + ", blocks of " + blockSize
					+ ", ranges of " + rangeSize + " on " + threads + " threads)";
			Path file = write("range-case-" + n + ".csv", input.content(), false);

			// when
			Outcome expected = readWithByteParser(file, false, blockSize, rangeSize, threads);
			Outcome actual = readWithByteParser(file, true, blockSize, rangeSize, threads);

			// then
			assertThat(actual).as(where).isEqualTo(expected);
			Files.delete(file);
		}
	}

	/**
	 * The same refusal, but for one case the two cannot agree on: a file that is not
	 * UTF-8 and whose header also cannot be read is refused for either, as the one reader
	 * checked UTF-8 further ahead than the other (8 KB of characters before, a block
	 * now).
	 */
	private static void assertSameRefusal(String expected, String actual, boolean utf8, String where) {
		assertThat(actual).as(where + ": refused").isNotNull();
		boolean eitherProblem = !utf8 && ((expected.contains(": not valid UTF-8 (line ")
				&& actual.contains(": the header row (line 1) cannot be read as CSV: "))
				|| (actual.contains(": not valid UTF-8 (line ")
						&& expected.contains(": the header row (line 1) cannot be read as CSV: ")));
		if (!eitherProblem) {
			assertThat(actual).as(where + ": the refusal").isEqualTo(expected);
		}
	}

	private Outcome readWithCommonsCsv(Path file) {
		CommonsCsvReference reader = new CommonsCsvReference(file, file.getFileName().toString(), header -> {
		});
		try {
			reader.open(new ExecutionContext());
			List<Read> lines = new ArrayList<>();
			for (CommonsCsvReference.Line line = reader.read(); line != null; line = reader.read()) {
				lines.add(new Read(line.line(), line.lineCount(), line.values(), line.raw(), line.problem()));
			}
			return new Outcome(lines, reader.headerLines(), reader.sha256(), null);
		}
		catch (InputRefusedException ex) {
			return new Outcome(List.of(), 0, null, ex.getMessage());
		}
		finally {
			reader.close();
		}
	}

	private Outcome readWithByteParser(Path file, boolean readAhead, int blockSize, int rangeSize, int threads) {
		CsvFileReader reader = new CsvFileReader(file, file.getFileName().toString(), header -> {
		}, readAhead, blockSize, rangeSize, threads);
		try {
			reader.open(new ExecutionContext());
			List<CsvLine> lines = new ArrayList<>();
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				lines.add(line);
			}
			// raw text asked for only after the end: it stays whatever was read after it
			List<Read> read = lines.stream()
				.map(line -> new Read(line.line(), line.lineCount(), line.values(), line.raw(), line.problem()))
				.toList();
			return new Outcome(read, reader.headerLines(), reader.sha256(), null);
		}
		catch (InputRefusedException ex) {
			return new Outcome(List.of(), 0, null, ex.getMessage());
		}
		finally {
			reader.close();
		}
	}

	private Path write(String name, byte[] content, boolean gzipped) throws IOException {
		Path file = this.temp.resolve(name);
		if (!gzipped) {
			return Files.write(file, content);
		}
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(zipped)) {
			out.write(content);
		}
		return Files.write(file, zipped.toByteArray());
	}

	private static boolean utf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** What a reader gave for one record or broken line. */
	private record Read(long line, long lineCount, List<String> values, String raw, String problem) {
	}

	/** Everything a reader gave for one file: its lines, or its refusal. */
	private record Outcome(List<Read> lines, long headerLines, String sha256, String refusal) {
	}

}
