package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.creditsrecon.model.policy.Policy;

/**
 * The job parameters of a run, and back. A job instance is identified by the options and
 * a fingerprint of the input files (names, sizes, modification times), so the same
 * command on unchanged inputs finds its failed attempt to restart, and changed inputs
 * start afresh; the sequence number lets a completed run be run again. The policy the
 * launcher resolved and reported rides along (not identifying: the policy files are in
 * the fingerprint), so that the job runs with exactly that policy and never reads the
 * files again. The store's URL is not among them: the job runs in the store it is stored
 * in, and a URL is where a password could hide.
 */
public final class RunParameters {

	public static final String SEQUENCE = "run.sequence";

	/**
	 * The job instance whose run this one repeats (same identity, that run completed):
	 * what that instance imported counts as imported by this run, so that running a night
	 * again, after a kill between its job's end and its publication or after it was
	 * published, gives the same outputs (rules N1, N2). Not identifying.
	 */
	private static final String REPEATS = "run.repeats";

	/**
	 * {@code --csv-bom}: how the outputs are written, not what they hold, so not
	 * identifying: a restart with or without it is the same run.
	 */
	private static final String CSV_BOM = "csv-bom";

	/** The prefix of the parameters that hold the policy, one per setting. */
	private static final String POLICY = "policy.";

	private RunParameters() {
	}

	/** The parameters of a run of {@code options} under {@code policy}. */
	public static JobParameters of(RunOptions options, Policy policy, long sequence) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString("input", options.input().toString())
			.addString("out", options.out().toString())
			.addString("as-of", options.asOf() == null ? "" : options.asOf().toString())
			.addString("policy", options.policyFile() == null ? "" : options.policyFile().toString())
			.addString("rollout", options.rolloutFile() == null ? "" : options.rolloutFile().toString())
			.addString("fingerprint", fingerprint(options))
			.addString("store", options.storeDir().toString(), false)
			.addString(CSV_BOM, Boolean.toString(options.csvBom()), false)
			.addLong(SEQUENCE, sequence);
		policy.asMap().forEach((key, value) -> parameters.addString(POLICY + key, value, false));
		return parameters.toJobParameters();
	}

	/**
	 * The parameters of a run that repeats the completed run of {@code previous} (see
	 * {@link #REPEATS}).
	 */
	public static JobParameters repeating(JobParameters parameters, JobExecution previous) {
		return new JobParametersBuilder(parameters).addLong(REPEATS, repeated(previous), false).toJobParameters();
	}

	/**
	 * The job instance whose run an execution belongs to: the instance its run repeats,
	 * or its own.
	 */
	public static long repeated(JobExecution execution) {
		Long repeats = execution.getJobParameters().getLong(REPEATS);
		return repeats != null ? repeats : execution.getJobInstance().getInstanceId();
	}

	/** The options a job execution runs with ({@code db} left out: see above). */
	public static RunOptions options(JobParameters parameters) {
		String asOf = parameters.getString("as-of");
		return new RunOptions(Path.of(parameters.getString("input")), Path.of(parameters.getString("out")),
				asOf == null || asOf.isEmpty() ? null : LocalDate.parse(asOf), path(parameters.getString("policy")),
				path(parameters.getString("rollout")), null, path(parameters.getString("store")),
				Boolean.parseBoolean(parameters.getString(CSV_BOM)));
	}

	/** The policy a job execution runs with, as the launcher resolved it. */
	public static Policy policy(JobParameters parameters) {
		Properties settings = new Properties();
		parameters.parameters()
			.stream()
			.filter(parameter -> parameter.name().startsWith(POLICY))
			.forEach(parameter -> settings.setProperty(parameter.name().substring(POLICY.length()),
					(String) parameter.value()));
		return Policy.defaults().with(settings, "the run's policy");
	}

	/**
	 * Identifying parameters without the sequence: what says that two runs are the same
	 * run (a command's own identifying parameters included).
	 */
	public static String identity(JobParameters parameters) {
		StringBuilder identity = new StringBuilder();
		parameters.getIdentifyingParameters()
			.stream()
			.filter(parameter -> !parameter.name().equals(SEQUENCE))
			.sorted(Comparator.comparing(JobParameter::name))
			.forEach(parameter -> identity.append(parameter.name()).append('=').append(parameter.value()).append('\n'));
		return identity.toString();
	}

	private static String fingerprint(RunOptions options) {
		try {
			return fingerprint(inputFiles(options));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A digest of the files' paths, sizes and modification times: what changes when one
	 * of them is replaced or edited, without reading them all.
	 * @throws UncheckedIOException when a file cannot be looked at
	 */
	public static String fingerprint(List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
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

}
