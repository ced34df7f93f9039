package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.run.RunLauncher;
import com.creditsrecon.jobs.run.StoreCredentials;
import com.creditsrecon.jobs.run.StoreSchema;
import com.creditsrecon.model.extract.BadValueException;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.extract.RowValidator;
import com.creditsrecon.model.usage.UsageRecordParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A fuzzing campaign of our own (rules V1–V5, V1a): the sample inputs mutated at random
 * (fields and lines deleted, quotes, commas and line breaks inserted, random bytes, long
 * values, case changes, repeated rows, truncation), then read.
 * <ul>
 * <li>File by file through the import's reader and row checks: every physical line is in
 * a record, a rejected broken line or a blank line; a record's raw text is its lines;
 * reading twice gives the same; nothing but a refusal of the whole file (V3) is
 * thrown.</li>
 * <li>Whole input folders through the {@code run} command: exit code 0 or 2, never 1;
 * never a stack trace; read = loaded + rejected, and read = what the reader gave; a rerun
 * writes the same bytes.</li>
 * </ul>
 * The seed and case are in every failure: {@code -Dcredits-recon.fuzz.seed=S} replays a
 * campaign. {@code benchmarks/fuzz.sh} runs thousands of cases outside the build.
 */
class InputFuzzTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	private static final long SEED = Long.getLong("credits-recon.fuzz.seed", 20261203L);

	private static final int FILE_CASES = Integer.getInteger("credits-recon.fuzz.file-cases", 600);

	private static final int RUN_CASES = Integer.getInteger("credits-recon.fuzz.run-cases", 30);

	/** Every how many runs the same input runs again (its bytes compared). */
	private static final int RERUN_EVERY = 5;

	@TempDir
	Path temp;

	@Test
	@DisplayName("V1, V1a, V2, V3: mutated files: every physical line accounted for, the same twice, no crash")
	void mutatedFilesAccountForEveryLine() throws IOException {
		List<Path> files = sampleFiles();
		for (int n = 0; n < FILE_CASES; n++) {
			Random random = new Random(SEED * 31 + n);
			Path sample = files.get(random.nextInt(files.size()));
			List<String> mutations = new ArrayList<>();
			byte[] content = mutate(Files.readAllBytes(sample), random, mutations);
			String where = "seed " + SEED + ", file case " + n + ": " + SAMPLES.relativize(sample) + " " + mutations;
			Path file = this.temp.resolve("case-" + n + "-" + sample.getFileName());
			Files.write(file, content);
			List<Read> first = read(file, sample, where);
			assertThat(read(file, sample, where)).as(where + ": read again").isEqualTo(first);
			checkLines(content, first, where);
			Files.delete(file);
		}
	}

	@Test
	@DisplayName("V1–V5, N3: mutated input folders run to exit 0 or 2, never 1 nor a stack trace; a rerun writes the same")
	void mutatedFoldersRunToZeroOrTwo() throws IOException {
		Path out = this.temp.resolve("out");
		try (WarmRun runs = new WarmRun(out)) {
			for (int n = 0; n < RUN_CASES; n++) {
				Random random = new Random(SEED * 37 + n);
				Path input = this.temp.resolve("in-" + n);
				List<String> mutations = new ArrayList<>();
				Map<Path, byte[]> mutated = mutateFolder(input, random, mutations);
				String where = "seed " + SEED + ", run case " + n + ": " + mutations;
				RunResult run = runs.run(input, where);
				checkRun(run, out, input, mutated, where);
				if (n % RERUN_EVERY == 0) {
					Map<String, byte[]> before = outputs(out);
					checkRun(runs.run(input, where + " (again)"), out, input, mutated, where + " (again)");
					Map<String, byte[]> after = outputs(out);
					assertThat(after).as(where + ": the rerun's outputs").containsOnlyKeys(before.keySet());
					before.forEach((name, bytes) -> assertThat(after.get(name)).as(where + ": rerun " + name)
						.isEqualTo(bytes));
				}
			}
		}
	}

	/** Applies one to three mutations. */
	private static byte[] mutate(byte[] content, Random random, List<String> names) {
		byte[] mutated = content;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			FuzzMutations.Mutated next = FuzzMutations.mutate(mutated, random);
			mutated = next.content();
			names.add(next.name());
		}
		return mutated;
	}

	/**
	 * A copy of the samples with one or two files mutated; the reject ratio allowed in
	 * three cases out of four, so that most runs go on past the import.
	 * @return the mutated files' bytes, by their path in the copy
	 */
	private Map<Path, byte[]> mutateFolder(Path input, Random random, List<String> names) throws IOException {
		HandMadeReports.copyWithoutReports(SAMPLES, input);
		for (String reported : List.of("reported-lots.csv", "reported-events.csv", "reported-benefits.csv")) {
			Files.copy(SAMPLES.resolve(reported), input.resolve(reported));
		}
		deleteBadRowsFolder(input);
		if (random.nextInt(4) > 0) {
			Files.writeString(input.resolve("policy.properties"), "max-reject-ratio=1.0\n");
		}
		List<Path> files = sampleFiles().stream().map(f -> input.resolve(SAMPLES.relativize(f).toString())).toList();
		Map<Path, byte[]> mutated = new LinkedHashMap<>();
		int count = 1 + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			Path file = files.get(random.nextInt(files.size()));
			List<String> applied = new ArrayList<>();
			byte[] content = mutate(Files.readAllBytes(file), random, applied);
			Files.write(file, content);
			mutated.put(file, content);
			names.add(input.relativize(file) + " " + applied);
		}
		return mutated;
	}

	private static void deleteBadRowsFolder(Path input) throws IOException {
		try (Stream<Path> tree = Files.walk(input.resolve("with-bad-rows"))) {
			for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void checkRun(RunResult run, Path out, Path input, Map<Path, byte[]> mutated, String where)
			throws IOException {
		assertThat(run.exitCode).as(where + ": exit code\n" + run).isIn(0, 2);
		for (String line : (run.out + run.err).lines().toList()) {
			assertThat(line).as(where + ": a stack trace on the console\n" + run)
				.doesNotContainPattern("^\\s+at [\\w.$]+\\(")
				.doesNotStartWith("Caused by")
				.doesNotContain("Exception");
		}
		assertThat(run.err.lines()).as(where + ": one line per problem\n" + run)
			.allSatisfy(line -> assertThat(line).startsWith("credits-recon: "));
		JsonNode json = RunCommand.runJson(out);
		assertThat(json.get("exit_code").asInt()).as(where).isEqualTo(run.exitCode);
		for (JsonNode file : json.get("inputs")) {
			long read = file.get("read").asLong();
			assertThat(read).as(where + ": read = loaded + rejected, " + file)
				.isEqualTo(file.get("loaded").asLong() + file.get("rejected").asLong());
			Path path = input.resolve(file.get("file").asString());
			// a file the run read to its end (an earlier refusal stops the import)
			boolean wholly = !file.get("sha256").isNull();
			if (wholly && mutated.containsKey(path)) {
				Path sample = SAMPLES.resolve(input.relativize(path).toString());
				long records = read(path, sample, where).stream()
					.filter(r -> !r.outcome().equals("header") && !r.outcome().equals("refused"))
					.count();
				assertThat(read).as(where + ": the rows read of " + file).isEqualTo(records);
			}
		}
	}

	/**
	 * Reads a file as the import does: its records, then each one's row checks. A refusal
	 * of the whole file (V3) is a result; any other exception fails the test.
	 */
	private static List<Read> read(Path file, Path sample, String where) {
		boolean usage = sample.getParent().getFileName().toString().equals("usage")
				|| sample.getParent().getParent().getFileName().toString().equals("usage");
		ExtractSpec spec = usage ? null
				: Extracts.ALL.stream()
					.filter(s -> s.fileName().equals(sample.getFileName().toString()))
					.findFirst()
					.orElseThrow();
		Object[] checker = new Object[1];
		CsvFileReader reader = new CsvFileReader(file, sample.getFileName().toString(),
				header -> checker[0] = usage ? UsageRecordParser.bind(header) : RowValidator.bind(spec, header));
		List<Read> read = new ArrayList<>();
		try {
			reader.open(new ExecutionContext());
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				read.add(new Read(line.line(), line.lineCount(), line.raw(), outcome(checker[0], line)));
			}
			read.add(0, new Read(1, reader.headerLines(), "", "header"));
		}
		catch (InputRefusedException ex) {
			assertThat(ex.getMessage()).as(where + ": a refusal names its file, on one line")
				.startsWith(sample.getFileName().toString())
				.doesNotContain("\n");
			read.add(new Read(0, 0, ex.getMessage(), "refused"));
		}
		catch (RuntimeException ex) {
			fail(where + ": reading threw " + ex, ex);
		}
		finally {
			reader.close();
		}
		return read;
	}

	private static String outcome(Object checker, CsvLine line) {
		if (line.values() == null) {
			assertThat(line.problem()).isNotBlank();
			return "broken: " + line.problem();
		}
		if (checker instanceof UsageRecordParser parser) {
			try {
				parser.parse(line.values());
				return "loaded";
			}
			catch (BadValueException ex) {
				return ex.reason().name();
			}
		}
		RowOutcome outcome = ((RowValidator) checker).validate(line.values(), line.line(), line.raw());
		return outcome instanceof RowOutcome.Rejected rejected ? rejected.reason() + ": " + rejected.message()
				: "loaded";
	}

	/**
	 * Rule V1a: records and broken lines, in order, cover every physical line after the
	 * header but the blank ones, none twice; each raw text is its lines as they stand.
	 */
	private static void checkLines(byte[] content, List<Read> read, String where) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			assertThat(read).as(where + ": invalid UTF-8 refuses the file")
				.last()
				.extracting(Read::outcome)
				.isEqualTo("refused");
			return;
		}
		if (!read.isEmpty() && read.get(read.size() - 1).outcome().equals("refused")) {
			return; // a missing column, an empty file, an unreadable header: nothing read
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<int[]> lines = physicalLines(text);
		long next = 1 + read.get(0).lines(); // after the header
		for (Read record : read.subList(1, read.size())) {
			for (long blank = next; blank < record.line(); blank++) {
				assertThat(lineText(text, lines, blank)).as(where + ": line " + blank + " is in no record").isEmpty();
			}
			assertThat(record.line()).as(where + ": records in order, none overlapping").isGreaterThanOrEqualTo(next);
			int[] first = lines.get((int) record.line() - 1);
			int[] last = lines.get((int) (record.line() + record.lines() - 2));
			assertThat(record.raw()).as(where + ": the raw text of line " + record.line())
				.isEqualTo(text.substring(first[0], last[1]));
			next = record.line() + record.lines();
		}
		for (long blank = next; blank <= lines.size(); blank++) {
			assertThat(lineText(text, lines, blank)).as(where + ": line " + blank + " is in no record").isEmpty();
		}
	}

	/** Start and end (before its line break) of each physical line: CRLF, CR or LF. */
	private static List<int[]> physicalLines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(new int[] { start, i });
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(new int[] { start, text.length() });
		}
		return lines;
	}

	private static String lineText(String text, List<int[]> lines, long line) {
		int[] bounds = lines.get((int) line - 1);
		return text.substring(bounds[0], bounds[1]);
	}

	/**
	 * The CSV files of the samples: not the bad-rows folder, nor the what-if scenarios
	 * (rollout files of the whatif command, not extracts of the input).
	 */
	private static List<Path> sampleFiles() {
		try (Stream<Path> tree = Files.walk(SAMPLES)) {
			return tree.filter(f -> f.toString().endsWith(".csv"))
				.filter(f -> !SAMPLES.relativize(f).toString().startsWith("with-bad-rows"))
				.filter(f -> !SAMPLES.relativize(f).toString().startsWith("whatif"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every output file but run.json (it has durations) and the store, by name. */
	private static Map<String, byte[]> outputs(Path out) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (Stream<Path> tree = Files.walk(out)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				String name = out.relativize(file).toString();
				if (!name.startsWith(".store") && !name.equals("run.json")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	/**
	 * What the reader gave for one record or broken line (lines 0: the file was refused).
	 */
	private record Read(long line, long lines, String raw, String outcome) {
	}

	/** What one run printed and returned. */
	private record RunResult(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\nstdout:\n" + this.out + "\nstderr:\n" + this.err;
		}

	}

	/**
	 * One Spring context for many runs into one output folder (a fresh context costs two
	 * seconds, a run of the samples half a second): the same launcher as the command
	 * line's.
	 */
	private static final class WarmRun implements AutoCloseable {

		private final Path out;

		private final ConfigurableApplicationContext context;

		private final StoreSchema schema;

		WarmRun(Path out) throws IOException {
			this.out = out;
			RunOptions options = ((Arguments.Run) Arguments
				.parse(List.of("run", "--input", SAMPLES.toString(), "--out", out.toString()), Map.of())).options();
			Files.createDirectories(options.storeDir());
			StoreCredentials credentials = StoreCredentials.of(options, Map.of());
			try {
				// as CreditsRecon does before it starts Spring
				this.schema = StoreSchema.open(options, credentials, null);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			SpringApplication application = new SpringApplication(CreditsReconApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(CreditsRecon.properties(options, credentials));
			this.context = application.run();
		}

		RunResult run(Path input, String where) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			Arguments.Run run = (Arguments.Run) Arguments
				.parse(List.of("run", "--input", input.toString(), "--out", this.out.toString()), Map.of());
			int code;
			try {
				code = this.context.getBean(RunLauncher.class).run(run.options(), console);
			}
			catch (RuntimeException ex) {
				return fail(where + ": the run threw " + ex, ex);
			}
			return new RunResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}

		@Override
		public void close() {
			this.context.close();
			this.schema.close();
		}

	}

}
