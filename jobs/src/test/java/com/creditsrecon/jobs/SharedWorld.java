package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A generated world large enough for a run to last a few seconds, so that a test can
 * kill, signal or race it in a given step; with the outputs of its uninterrupted run.
 * Made once per test JVM, for every test that needs one.
 */
public final class SharedWorld {

	private static SharedWorld world;

	private final Path input;

	private final Map<String, String> uninterrupted;

	private final long outBytes;

	private SharedWorld(Path input, Map<String, String> uninterrupted, long outBytes) {
		this.input = input;
		this.uninterrupted = uninterrupted;
		this.outBytes = outBytes;
	}

	/** The world, generated and run on first use. */
	public static synchronized SharedWorld get() {
		if (world == null) {
			try {
				Path folder = Files.createTempDirectory("credits-recon-world");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
				Path input = folder.resolve("input");
				RunCommand generated = RunCommand.run("generate", "--out", input.toString(), "--partners", "120",
						"--usage-rows", "24000", "--inject-breaks", "6");
				if (generated.exitCode != 0) {
					throw new AssertionError("cannot generate the shared world: " + generated.err);
				}
				Path out = folder.resolve("uninterrupted");
				RunCommand run = RunCommand.run(input, out);
				if (run.exitCode != 0) {
					throw new AssertionError("the shared world does not run: " + run.err);
				}
				world = new SharedWorld(input, PublishedOutputs.of(out), bytes(out));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return world;
	}

	private static long bytes(Path folder) throws IOException {
		try (var tree = Files.walk(folder)) {
			long bytes = 0;
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				bytes += Files.size(file);
			}
			return bytes;
		}
	}

	private static void delete(Path folder) {
		try (var tree = Files.walk(folder)) {
			for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary folder: the system cleans it some day
		}
	}

	public Path input() {
		return this.input;
	}

	/** What an uninterrupted run of the world published ({@link PublishedOutputs}). */
	public Map<String, String> uninterrupted() {
		return this.uninterrupted;
	}

	/** How many bytes the uninterrupted run's folder holds, its store with it. */
	public long outBytes() {
		return this.outBytes;
	}

	/** The arguments of {@code run} on the world into {@code out}, then {@code more}. */
	public String[] run(Path out, String... more) {
		String[] args = new String[5 + more.length];
		args[0] = "run";
		args[1] = "--input";
		args[2] = this.input.toString();
		args[3] = "--out";
		args[4] = out.toString();
		System.arraycopy(more, 0, args, 5, more.length);
		return args;
	}

}
