package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run, and back. A job instance is identified by the options and
 * a fingerprint of the input files (names, sizes, modification times), so the same
 * command on unchanged inputs finds its failed attempt to restart, and changed inputs
 * start afresh; the sequence number lets a completed run be run again.
 */
public final class RunParameters {

	static final String SEQUENCE = "run.sequence";

	private RunParameters() {
	}

	static JobParameters of(RunOptions options, long sequence) {
		return new JobParametersBuilder().addString("input", options.input().toString())
			.addString("out", options.out().toString())
			.addString("as-of", options.asOf() == null ? "" : options.asOf().toString())
			.addString("policy", options.policyFile() == null ? "" : options.policyFile().toString())
			.addString("rollout", options.rolloutFile() == null ? "" : options.rolloutFile().toString())
			.addString("fingerprint", fingerprint(options))
			.addString("db", options.db() == null ? "" : options.db(), false)
			.addLong(SEQUENCE, sequence)
			.toJobParameters();
	}

	/** The options a job execution runs with. */
	public static RunOptions options(JobParameters parameters) {
		String asOf = parameters.getString("as-of");
		return new RunOptions(Path.of(parameters.getString("input")), Path.of(parameters.getString("out")),
				asOf == null || asOf.isEmpty() ? null : LocalDate.parse(asOf), path(parameters.getString("policy")),
				path(parameters.getString("rollout")), blankToNull(parameters.getString("db")));
	}

	/**
	 * Identifying parameters without the sequence: what says that two runs are the same
	 * run.
	 */
	static String identity(JobParameters parameters) {
		StringBuilder identity = new StringBuilder();
		for (String key : List.of("input", "out", "as-of", "policy", "rollout", "fingerprint")) {
			identity.append(key).append('=').append(parameters.getString(key)).append('\n');
		}
		return identity.toString();
	}

	private static String fingerprint(RunOptions options) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : inputFiles(options)) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				digest.update((file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> inputFiles(RunOptions options) throws IOException {
		try (Stream<Path> tree = Files.walk(options.input())) {
			Stream<Path> extra = Stream.of(options.policyFile(), options.rolloutFile()).filter(p -> p != null);
			return Stream.concat(tree.filter(Files::isRegularFile), extra).sorted().toList();
		}
	}

	private static Path path(String text) {
		return text == null || text.isEmpty() ? null : Path.of(text);
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
