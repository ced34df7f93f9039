package com.creditsrecon.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.creditsrecon.jobs.RunCommand;

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
		RunCommand run = RunCommand.run(args);
		return new Outcome(run.exitCode, run.out, run.err);
	}

	/** The data rows of a CSV file, each as header name to value. */
	static List<Map<String, String>> rows(Path file) {
		return RunCommand.rows(file);
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

}
