package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.importing.RunOptions;

/**
 * Runs the command line in-process, as {@code ./run.sh} would, and keeps what it printed.
 */
public final class RunCommand {

	public final int exitCode;

	public final String out;

	public final String err;

	private RunCommand(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs a command line in an empty environment: a {@code CREDITS_RECON_DB} of the
	 * machine's does not reach the tests.
	 */
	public static RunCommand run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CreditsReconApplication.run(Arrays.asList(args), Map.of(),
				new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new RunCommand(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static RunCommand run(Path input, Path out, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--out", out.toString()));
		args.addAll(List.of(more));
		return run(args.toArray(new String[0]));
	}

	/**
	 * Runs {@code run --input IN --out OUT [more]} through {@link CreditsRecon}, as the
	 * command line does, with more properties and one more bean: a test's engine, which
	 * replaces the standard one.
	 */
	static <T> RunCommand runWith(Path input, Path out, Map<String, Object> properties, Class<T> type, T bean,
			String... more) {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--out", out.toString()));
		args.addAll(List.of(more));
		Arguments.Run run = (Arguments.Run) Arguments.parse(args, Map.of());
		RunOptions options = run.options();
		int code = CreditsRecon
			.run(options, run.failOnBreaks(), console, properties,
					context -> ((GenericApplicationContext) context).registerBean("test" + type.getSimpleName(), type,
							() -> bean))
			.code();
		return new RunCommand(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
	}

	public static JsonNode runJson(Path out) {
		try {
			return JsonMapper.builder().build().readTree(Files.readString(out.resolve("run.json")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files a run published under its output folder: not its store, its staging
	 * folder or its logs.
	 */
	public static List<String> visibleOutputs(Path out) {
		try (java.util.stream.Stream<Path> files = Files.walk(out)) {
			return files.filter(Files::isRegularFile)
				.map(f -> out.relativize(f).toString().replace('\\', '/'))
				.filter(name -> !name.startsWith(".") && !name.matches("run(\\.previous)?\\.log"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines of a CSV output, header first. */
	static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The data rows of a CSV file, each as header name to value. */
	public static List<Map<String, String>> rows(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + "\nstdout:\n" + this.out + "\nstderr:\n" + this.err;
	}

}
