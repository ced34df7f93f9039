package com.creditsrecon.jobs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.creditsrecon.jobs.CreditsReconApplication;

/**
 * Faults of the file system that hold for root too, as CI runs the tests as root (who
 * reads a chmod 000 file and writes into a chmod 000 folder). A fault that cannot be
 * injected fails the test: a test that tests nothing must not pass, nor be skipped. Linux
 * only (chattr, setpriv, /proc).
 */
public final class FileFaults {

	/**
	 * setpriv's options that take from a process started as root the capabilities that
	 * let it ignore permission bits: the permissions then hold for it as for anyone. It
	 * keeps its user ID, so it still reads the classpath under /root.
	 */
	private static final List<String> WITHOUT_OVERRIDE = List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
			"--bounding-set=-dac_override,-dac_read_search");

	private static final long TIMEOUT_SECONDS = 300;

	private FileFaults() {
	}

	/**
	 * Makes a file or folder immutable ({@code chattr +i}), even for root, until closed.
	 */
	public static AutoCloseable immutable(Path path) {
		command("chattr", "+i", path.toString());
		return () -> command("chattr", "-i", path.toString());
	}

	/**
	 * Makes {@code link} one end of a loop of two symbolic links: reading or listing it
	 * fails with ELOOP, for root too.
	 */
	public static Path symlinkLoop(Path link) {
		try {
			Path other = link.resolveSibling(link.getFileName() + ".loop");
			Files.createDirectories(link.getParent());
			Files.createSymbolicLink(link, other.getFileName());
			Files.createSymbolicLink(other, link.getFileName());
			return link;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets a file's or folder's permission bits, as {@code chmod}. */
	public static void chmod(Path path, String permissions) {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the command line in a JVM of its own for which permission bits hold: as root,
	 * without the capabilities that override them.
	 * @param logs a folder for the child's standard output and error
	 */
	public static Outcome runRespectingPermissions(Path logs, String... args) {
		List<String> command = new ArrayList<>(respectingPermissions());
		command.addAll(java());
		command.add(CreditsReconApplication.class.getName());
		command.addAll(List.of(args));
		try {
			Files.createDirectories(logs);
			Path out = logs.resolve("stdout.txt");
			Path err = logs.resolve("stderr.txt");
			Process child = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				child.destroyForcibly();
				throw new AssertionError("the command did not end within " + TIMEOUT_SECONDS + " s: " + command);
			}
			return new Outcome(child.exitValue(), Files.readString(out), Files.readString(err));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Starts a JVM of its own that opens the embedded store at {@code jdbcUrl} and holds
	 * it, as a run under way does, until the returned process's standard input closes.
	 */
	public static Process holdStore(String jdbcUrl) {
		List<String> command = new ArrayList<>(java());
		command.add(StoreHolder.class.getName());
		command.add(jdbcUrl);
		try {
			Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			String line = lines.readLine();
			if (!StoreHolder.HOLDING.equals(line)) {
				child.destroyForcibly();
				throw new AssertionError("the store could not be held: " + line);
			}
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lets a {@link #holdStore} process close the store and end. */
	public static void release(Process holder) {
		try {
			holder.getOutputStream().close();
			if (!holder.waitFor(60, TimeUnit.SECONDS)) {
				holder.destroyForcibly();
			}
		}
		catch (IOException ex) {
			holder.destroyForcibly();
		}
		catch (InterruptedException ex) {
			holder.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static List<String> respectingPermissions() {
		if (!isRoot()) {
			return List.of();
		}
		List<String> probe = new ArrayList<>(WITHOUT_OVERRIDE);
		probe.add("true");
		command(probe.toArray(new String[0]));
		return WITHOUT_OVERRIDE;
	}

	private static boolean isRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException ex) {
			throw new AssertionError("cannot tell whether the tests run as root", ex);
		}
	}

	private static List<String> java() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", classpath);
	}

	/**
	 * Runs a command that must succeed: a fault that cannot be injected fails the test.
	 */
	private static void command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("cannot inject the fault: " + String.join(" ", command) + ": " + output);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("cannot inject the fault: " + String.join(" ", command) + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** What a command line run in a JVM of its own did. */
	public record Outcome(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\nstdout:\n" + this.out + "\nstderr:\n" + this.err;
		}

	}

}
