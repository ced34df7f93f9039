package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;
import com.creditsrecon.reports.run.RunReport;

/** The run's output folder: what an earlier run left there, and what this one wrote. */
final class OutputFolder {

	private final Path out;

	private final Path store;

	OutputFolder(Path out, Path store) {
		this.out = out;
		this.store = store;
	}

	/**
	 * Removes the result files of an earlier run, so that they never pass for this one's
	 * (a refused input writes none; a restart writes them all again).
	 * @return null when done, else what stopped it
	 */
	String removeEarlierResults() {
		List<ResultFile<?>> files = new ArrayList<>(SimulationFiles.ALL);
		files.addAll(ReconciliationFiles.ALL);
		for (ResultFile<?> result : files) {
			Path file = this.out.resolve(result.name());
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				return "cannot remove the earlier " + file + ": " + FileProblems.describe(ex, file);
			}
		}
		return null;
	}

	/**
	 * Every file the run wrote under the output folder but the store, hidden files and
	 * run.json, sorted, with its SHA-256. A file that cannot be read is left out rather
	 * than no run.json at all.
	 */
	List<RunReport.OutputFile> written() {
		if (!Files.isDirectory(this.out)) {
			return List.of();
		}
		List<RunReport.OutputFile> files = new ArrayList<>();
		for (Path file : files().stream().sorted().toList()) {
			String name = this.out.relativize(file).toString().replace('\\', '/');
			if (name.startsWith(".store/") || name.equals("run.json") || name.contains("/.")) {
				continue;
			}
			try {
				files.add(new RunReport.OutputFile(name, sha256(file)));
			}
			catch (UncheckedIOException ex) {
				// the run failed over it: run.json is written all the same
			}
		}
		return files;
	}

	private List<Path> files() {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(this.out, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return dir.equals(OutputFolder.this.store) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					// the run failed over it: run.json is written all the same
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			return List.of();
		}
		return found;
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
