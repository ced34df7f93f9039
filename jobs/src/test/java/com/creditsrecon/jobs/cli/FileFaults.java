package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.creditsrecon.jobs.ChildRun;

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
	 * Mounts a file system of {@code bytes} at {@code folder} (a tmpfs, which root can
	 * mount), until closed: a disk that fills up.
	 */
	public static SmallDisk smallDisk(Path folder, long bytes) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		command("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString());
		return new SmallDisk(folder);
	}

	/** A {@link #smallDisk}. */
	public static final class SmallDisk implements AutoCloseable {

		private final Path folder;

		private SmallDisk(Path folder) {
			this.folder = folder;
		}

		/** Makes room: the disk now holds {@code bytes}, its files kept. */
		public void grow(long bytes) {
			command("mount", "-o", "remount,size=" + bytes, this.folder.toString());
		}

		@Override
		public void close() {
			command("umount", this.folder.toString());
		}

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
	public static ChildRun.Outcome runRespectingPermissions(Path logs, String... args) {
		return ChildRun.start(respectingPermissions(), logs, Map.of(), args).await();
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

}
