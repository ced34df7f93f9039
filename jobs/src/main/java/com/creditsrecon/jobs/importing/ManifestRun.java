package com.creditsrecon.jobs.importing;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.creditsrecon.jobs.importing.Manifest.Blob;

/**
 * A Cost Management export run delivered whole: every blob its manifest.json lists is in
 * its folder, with the size and the data rows the manifest gives (extracts.md).
 *
 * @param folder the run's folder, relative to the input folder, with {@code /}
 * @param blobs its files, in name order as the partitions of a plain export folder
 */
record ManifestRun(String folder, Instant submittedTime, String runId, List<Path> blobs) {

	/** Run order: by submission, ties broken by run ID. */
	static final Comparator<ManifestRun> ORDER = Comparator.comparing(ManifestRun::submittedTime)
		.thenComparing(ManifestRun::runId);

	ManifestRun {
		Objects.requireNonNull(folder, "folder is required");
		Objects.requireNonNull(submittedTime, "submittedTime is required");
		Objects.requireNonNull(runId, "runId is required");
		blobs = List.copyOf(blobs);
	}

	/** Its {@link InputFile#export() export key}, whose text order is run order. */
	String export() {
		return "run:" + Manifest.fixedWidth(this.submittedTime) + " " + this.runId;
	}

	/**
	 * The run of {@code folder} if its delivery is whole.
	 * @param files every regular file under usage/
	 * @throws ManifestException when a blob is not there or not as the manifest lists it
	 * @throws InputRefusedException when a blob is there but cannot be read (rule V3)
	 */
	static ManifestRun check(Path input, Path folder, Manifest manifest, Set<Path> files, RowCounts counts)
			throws ManifestException {
		Checked checked = new Checked(manifest);
		List<Path> blobs = new ArrayList<>();
		for (Blob blob : checked.listed()) {
			Path file = folder.resolve(blob.fileName());
			if (!files.contains(file)) {
				throw checked.skip(blob.fileName() + " is missing");
			}
			long size = InputCatalog.attributes(input, file).size();
			if (size != blob.byteCount()) {
				throw checked.skip(blob.fileName() + " has " + some(size, "byte") + ", not the " + blob.byteCount()
						+ " " + Manifest.FILE_NAME + " lists");
			}
			InputCatalog.readable(file, InputCatalog.relative(input, file));
			blobs.add(file);
		}
		if (manifest.byteCount() != null) {
			long bytes = checked.listed().stream().mapToLong(Blob::byteCount).sum();
			if (bytes != manifest.byteCount()) {
				throw checked.skip("its blobs have " + some(bytes, "byte") + " in all, not the " + manifest.byteCount()
						+ " " + Manifest.FILE_NAME + " gives");
			}
		}
		checkDataRows(input, folder, checked, counts);
		return new ManifestRun(InputCatalog.relative(input, folder), manifest.submittedTime(), manifest.runId(),
				blobs.stream().sorted().toList());
	}

	/**
	 * Counts the data rows of the blobs the manifest gives a count for, all of them when
	 * it gives a total: reading the files costs time, so only when there is a count to
	 * check.
	 */
	private static void checkDataRows(Path input, Path folder, Checked checked, RowCounts counts)
			throws ManifestException {
		Long total = checked.manifest.dataRowCount();
		long rows = 0;
		for (Blob blob : checked.listed()) {
			if (blob.dataRowCount() == null && total == null) {
				continue;
			}
			Path file = folder.resolve(blob.fileName());
			long counted = counts.dataRows(file, InputCatalog.relative(input, file));
			if (blob.dataRowCount() != null && counted != blob.dataRowCount()) {
				throw checked.skip(blob.fileName() + " has " + some(counted, "data row") + ", not the "
						+ blob.dataRowCount() + " " + Manifest.FILE_NAME + " lists");
			}
			rows += counted;
		}
		if (total != null && rows != total) {
			throw checked.skip("its blobs have " + some(rows, "data row") + " in all, not the " + total + " "
					+ Manifest.FILE_NAME + " gives");
		}
	}

	/**
	 * The file's data rows as the import reads them: the records after the header (a
	 * quoted line break stays inside its record), and the lines that make none; blank
	 * lines are none. A file the import would refuse is refused here (rule V3).
	 */
	static long dataRows(Path file, String displayName) {
		CsvFileReader reader = new CsvFileReader(file, displayName, header -> {
		});
		reader.open(new ExecutionContext());
		try {
			long rows = 0;
			while (reader.read() != null) {
				rows++;
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

	private static String some(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/**
	 * The manifest's blobs once their names are checked: each names a CSV file, once, and
	 * as many as {@code blobCount} says.
	 */
	private static final class Checked {

		private final Manifest manifest;

		private Checked(Manifest manifest) throws ManifestException {
			this.manifest = manifest;
			Set<String> names = new HashSet<>();
			for (Blob blob : manifest.blobs()) {
				String name = blob.fileName();
				if (!isFileName(name)) {
					throw skip("blob \"" + blob.name() + "\" names no file");
				}
				if (!InputCatalog.isCsv(Path.of(name))) {
					throw skip(name + " is not a CSV file (.csv or .csv.gz)");
				}
				if (!names.add(name)) {
					throw skip(Manifest.FILE_NAME + " lists " + name + " twice");
				}
			}
			if (manifest.blobCount() != null && manifest.blobCount() != manifest.blobs().size()) {
				throw skip(Manifest.FILE_NAME + " lists " + manifest.blobs().size() + " blobs, but its blobCount is "
						+ manifest.blobCount());
			}
		}

		private static boolean isFileName(String name) {
			try {
				return !name.isEmpty() && !name.equals(".") && !name.equals("..") && Path.of(name).getNameCount() == 1;
			}
			catch (InvalidPathException ex) {
				return false;
			}
		}

		List<Blob> listed() {
			return this.manifest.blobs();
		}

		ManifestException skip(String reason) {
			return new ManifestException(reason, this.manifest.submittedTime(), this.manifest.runId());
		}

	}

}
