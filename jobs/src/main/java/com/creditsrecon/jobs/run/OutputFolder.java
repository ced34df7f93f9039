package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;
import com.creditsrecon.reports.run.RunReport;

/**
 * The run's output folder. The steps write their result files into the staging folder
 * ({@link RunOptions#staging()}); when the run ends they are published: {@code _SUCCESS}
 * removed first, the earlier run's results removed, this run's moved into place, then
 * run.json, and {@code _SUCCESS} written last for a run that completed. A reader who
 * checks {@code _SUCCESS} never sees a half-written set of files, and a run that did not
 * complete leaves none of its results, nor any of an earlier run's, to pass for its own.
 */
final class OutputFolder {

	/** Written last, when a run completed: its files are all in place. */
	static final String SUCCESS = "_SUCCESS";

	static final String RUN_JSON = "run.json";

	private static final String REJECTS = "rejects";

	private final Path out;

	private final Path staging;

	OutputFolder(RunOptions options) {
		this.out = options.out();
		this.staging = options.staging();
	}

	/** What a run publishes, by how it ended. */
	enum Outcome {

		/** Every result file (exit code 0 or 3), then {@code _SUCCESS}. */
		COMPLETED,
		/**
		 * Only rejects/ (exit code 2, rule N3), copied: a restart of the same run finds
		 * them staged still.
		 */
		REFUSED,
		/**
		 * No result file (exit code 1): the staged ones stay for the restart.
		 */
		FAILED

	}

	/** Empties the staging folder: a run that is not a restart starts with nothing. */
	void clearStaging() throws IOException {
		delete(this.staging);
	}

	/**
	 * The files the run publishes, sorted, with their SHA-256 (run.json's
	 * {@code outputs}). A staged file whose name starts with a dot is work in progress.
	 */
	List<RunReport.OutputFile> published(Outcome outcome) throws IOException {
		List<RunReport.OutputFile> files = new ArrayList<>();
		for (String name : stagedNames(outcome)) {
			files.add(new RunReport.OutputFile(name, sha256(this.staging.resolve(name))));
		}
		return files;
	}

	/** Where run.json is written before it is published. */
	Path stagedRunJson() throws IOException {
		Files.createDirectories(this.staging);
		return this.staging.resolve(RUN_JSON);
	}

	/**
	 * Publishes the staged files of a run that ended as {@code outcome}, with its staged
	 * run.json.
	 * @throws IOException when a file cannot be removed or moved: the run then did not
	 * end well (exit code 1), and {@code _SUCCESS} is not there
	 */
	void publish(Outcome outcome) throws IOException {
		Files.deleteIfExists(this.out.resolve(SUCCESS));
		List<ResultFile<?>> earlier = new ArrayList<>(SimulationFiles.ALL);
		earlier.addAll(ReconciliationFiles.ALL);
		for (ResultFile<?> result : earlier) {
			Files.deleteIfExists(this.out.resolve(result.name()));
		}
		delete(this.out.resolve(REJECTS));
		for (String name : stagedNames(outcome)) {
			Path target = this.out.resolve(name);
			Files.createDirectories(target.getParent());
			if (outcome == Outcome.COMPLETED) {
				Files.move(this.staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			else {
				Files.copy(this.staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.move(this.staging.resolve(RUN_JSON), this.out.resolve(RUN_JSON), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
		if (outcome == Outcome.COMPLETED) {
			delete(this.staging);
			Files.createFile(this.out.resolve(SUCCESS));
		}
	}

	private List<String> stagedNames(Outcome outcome) throws IOException {
		if (outcome == Outcome.FAILED || !Files.isDirectory(this.staging)) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (Path file : files(this.staging)) {
			String name = this.staging.relativize(file).toString().replace('\\', '/');
			boolean workInProgress = name.startsWith(".") || name.contains("/.");
			boolean shown = outcome == Outcome.COMPLETED || name.startsWith(REJECTS + "/");
			if (!workInProgress && shown && !name.equals(RUN_JSON)) {
				names.add(name);
			}
		}
		names.sort(null);
		return names;
	}

	private static List<Path> files(Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		return found;
	}

	/** Deletes a file or a folder with everything in it, if it is there. */
	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try {
			Files.walkFileTree(path, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
					if (ex != null) {
						throw ex;
					}
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (NoSuchFileException ex) {
			// gone already
		}
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
