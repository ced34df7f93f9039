package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.creditsrecon.jobs.store.Sha256;
import com.creditsrecon.jobs.store.FileTrees;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;
import com.creditsrecon.reports.csv.WhatIfFiles;
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

	/** The page of a completed run, and its charts as files. */
	static final String REPORT = "report.html";

	static final String CHARTS = "charts";

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

	/**
	 * Empties the staging folder: a run that is not a restart starts with no file. Its
	 * folders stay: a folder that cannot take files then fails the step that writes
	 * there, which says what it was writing.
	 */
	void clearStaging() throws IOException {
		if (Files.isDirectory(this.staging)) {
			for (Path file : FileTrees.files(this.staging)) {
				Files.delete(file);
			}
		}
	}

	/**
	 * The files the run publishes, sorted, with their SHA-256 (run.json's
	 * {@code outputs}). A staged file whose name starts with a dot is work in progress.
	 */
	List<RunReport.OutputFile> published(Outcome outcome) throws IOException {
		List<RunReport.OutputFile> files = new ArrayList<>();
		for (String name : stagedNames(outcome)) {
			files.add(new RunReport.OutputFile(name, Sha256.of(this.staging.resolve(name))));
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
			Path file = this.out.resolve(result.name());
			Files.deleteIfExists(file);
			if (!file.getParent().equals(this.out)) {
				// reconciliation/, which a what-if does not write
				deleteIfEmpty(file.getParent());
			}
		}
		for (String whatIf : WhatIfFiles.ALL) {
			Files.deleteIfExists(this.out.resolve(whatIf));
		}
		FileTrees.delete(this.out.resolve(REJECTS));
		Files.deleteIfExists(this.out.resolve(REPORT));
		FileTrees.delete(this.out.resolve(CHARTS));
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
			FileTrees.delete(this.staging);
			Files.createFile(this.out.resolve(SUCCESS));
		}
	}

	private static void deleteIfEmpty(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isEmpty()) {
					Files.delete(folder);
				}
			}
		}
	}

	private List<String> stagedNames(Outcome outcome) throws IOException {
		if (outcome == Outcome.FAILED || !Files.isDirectory(this.staging)) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (Path file : FileTrees.files(this.staging)) {
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

}
