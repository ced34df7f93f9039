package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as an operator runs it: a process that can be
 * killed, signalled or run twice at once. Its standard output and error go to files in a
 * folder of the test's.
 */
public final class ChildRun {

	private static final long TIMEOUT_SECONDS = 300;

	private final Process process;

	private final Path logs;

	private ChildRun(Process process, Path logs) {
		this.process = process;
		this.logs = logs;
	}

	/** The java command that runs a main class of the tests' classpath. */
	public static List<String> java() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", classpath);
	}

	/**
	 * Starts {@code args} with {@code env} added to this process's environment.
	 * @param logs a folder for the child's standard output and error (created)
	 */
	public static ChildRun start(Path logs, Map<String, String> env, String... args) {
		return start(List.of(), logs, env, args);
	}

	/**
	 * As {@link #start(Path, Map, String...)}, the JVM started by {@code prefix} (a
	 * command such as setpriv, with its options).
	 */
	public static ChildRun start(List<String> prefix, Path logs, Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(java());
		command.add(CreditsReconApplication.class.getName());
		command.addAll(List.of(args));
		try {
			Files.createDirectories(logs);
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(logs.resolve("stdout.txt").toFile())
				.redirectError(logs.resolve("stderr.txt").toFile());
			builder.environment().putAll(env);
			return new ChildRun(builder.start(), logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs {@code args} to its end. */
	public static Outcome run(Path logs, Map<String, String> env, String... args) {
		return start(logs, env, args).await();
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * Waits until {@code file} (a run's log) has a line containing {@code text}.
	 * @throws AssertionError when the process ends first, or after the timeout
	 */
	public void awaitLine(Path file, String text) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			if (contains(file, text)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("the run ended before '" + text + "' in " + file + ": " + await());
			}
			sleep(Duration.ofMillis(10));
		}
		throw new AssertionError("no '" + text + "' in " + file + " within " + TIMEOUT_SECONDS + " s");
	}

	/** SIGKILL: the process ends at once, as in a power loss of the process. */
	public void kill() {
		this.process.destroyForcibly();
		await();
	}

	/** SIGTERM, as {@code timeout}, systemd or a Ctrl-C send it. */
	public Outcome terminate() {
		this.process.destroy();
		return await();
	}

	/** Waits for the end; what the run did. */
	public Outcome await() {
		try {
			if (!this.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new AssertionError("the run did not end within " + TIMEOUT_SECONDS + " s");
			}
			return new Outcome(this.process.exitValue(), Files.readString(this.logs.resolve("stdout.txt")),
					Files.readString(this.logs.resolve("stderr.txt")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static boolean contains(Path file, String text) {
		try {
			return Files.exists(file) && Files.readString(file).contains(text);
		}
		catch (IOException ex) {
			// being written: the next look sees it
			return false;
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** What a command line run in a JVM of its own did. */
	public record Outcome(int exitCode, String out, String err) {

		/** The lines on standard error. */
		public List<String> errLines() {
			return this.err.lines().toList();
		}

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\nstdout:\n" + this.out + "\nstderr:\n" + this.err;
		}

	}

}
