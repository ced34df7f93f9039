package com.creditsrecon.jobs.generate;

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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.creditsrecon.jobs.CreditsReconApplication;
import com.creditsrecon.jobs.cli.Console;

/** Helpers of the generator tests: the command line in-process, CSV files as maps. */
final class GeneratedWorlds {

	private GeneratedWorlds() {
	}

	/** What a command line printed and returned. */
	record Outcome(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\nstdout:\n" + this.out + "\nstderr:\n" + this.err;
		}

	}

	static Outcome cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CreditsReconApplication.run(Arrays.asList(args),
				new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The data rows of a CSV file, each as header name to value. */
	static List<Map<String, String>> rows(Path file) {
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

	/** Every usage file of a folder, in name order. */
	static List<Path> usageFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder.resolve("usage"))) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The actions the script meant to end in a known way, by action ID: the reason code,
	 * or ACCEPTED.
	 */
	static Map<String, String> expectedOutcomes(GenerateOptions options) {
		Timeframe timeframe = new Timeframe(options.months());
		PartnerGenerator generator = new PartnerGenerator(options, timeframe, new RolloutSchedule(timeframe));
		Map<String, String> expected = new LinkedHashMap<>();
		for (int index = 0; index < options.partners(); index++) {
			GeneratedPartner partner = generator.generate(index);
			int number = 1;
			for (GeneratedPartner.Action action : partner.actions) {
				String id = String.format(Locale.ROOT, "A%s-%04d", partner.partnerId, number++);
				if (action.expected() != null) {
					expected.put(id, action.expected().isEmpty() ? "ACCEPTED" : action.expected());
				}
			}
		}
		return expected;
	}

}
