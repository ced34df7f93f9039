package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cost Management's own layout of {@code usage/}, read as it lands (extracts.md): each
 * folder, at any depth, that holds a {@code manifest.json} is one export run, taken only
 * when its delivery is whole and placed in time by the manifest, not by its folder's
 * name; files outside such folders are not delivered yet.
 */
final class CostManagementLayout {

	/** No manifest under usage/: the plain layout. */
	static final CostManagementLayout NONE = new CostManagementLayout(List.of(), List.of(), List.of());

	private final List<ManifestRun> runs;

	private final List<SkippedExport> skipped;

	private final List<String> undelivered;

	private CostManagementLayout(List<ManifestRun> runs, List<SkippedExport> skipped, List<String> undelivered) {
		this.runs = List.copyOf(runs);
		this.skipped = List.copyOf(skipped);
		this.undelivered = List.copyOf(undelivered);
	}

	/**
	 * Whether a {@code manifest.json} is anywhere under {@code usage}. Looked for without
	 * refusing what cannot be read: the layout that then reads usage/ refuses it, so that
	 * without a manifest the plain layout refuses exactly as it always has.
	 */
	static boolean applies(Path usage) {
		boolean[] found = { false };
		try {
			Files.walkFileTree(usage, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							found[0] = attributes.isRegularFile() && isManifest(file);
							return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) {
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
							return FileVisitResult.CONTINUE;
						}

					});
		}
		catch (IOException ex) {
			// the layout that reads usage/ says what is wrong with it
		}
		return found[0];
	}

	/**
	 * The runs under {@code usage}: those delivered whole, in run order; those skipped,
	 * with why; and the files outside every run's folder.
	 * @throws InputRefusedException when a file or folder under usage/ cannot be read
	 */
	static CostManagementLayout read(Path input, Path usage, RowCounts counts) {
		List<Path> files = InputCatalog.filesUnder(input, usage);
		Set<Path> folders = new TreeSet<>();
		files.stream().filter(CostManagementLayout::isManifest).forEach(file -> folders.add(file.getParent()));
		List<String> undelivered = files.stream()
			.filter(file -> !inRunFolder(file, usage, folders))
			.map(file -> InputCatalog.relative(input, file))
			.sorted()
			.toList();
		Set<Path> present = new HashSet<>(files);
		List<ManifestRun> runs = new ArrayList<>();
		List<Skip> skips = new ArrayList<>();
		for (Path folder : folders) {
			try {
				Manifest manifest = Manifest.parse(manifestBytes(input, folder));
				runs.add(ManifestRun.check(input, folder, manifest, present, counts));
			}
			catch (ManifestException ex) {
				skips.add(new Skip(ex.submittedTime(), ex.runId(), InputCatalog.relative(input, folder),
						ex.getMessage()));
			}
		}
		runs.sort(ManifestRun.ORDER);
		List<ManifestRun> taken = new ArrayList<>();
		for (ManifestRun run : runs) {
			ManifestRun last = taken.isEmpty() ? null : taken.get(taken.size() - 1);
			if (last != null && ManifestRun.ORDER.compare(last, run) == 0) {
				// one run copied to two places: its rows would be read twice
				skips.add(new Skip(run.submittedTime(), run.runId(), run.folder(),
						"the same run as " + last.folder() + " (same runInfo.runId and submittedTime)"));
			}
			else {
				taken.add(run);
			}
		}
		skips.sort(Skip.ORDER);
		return new CostManagementLayout(taken, skips.stream().map(Skip::export).toList(), undelivered);
	}

	/** The runs delivered whole, in run order. */
	List<ManifestRun> runs() {
		return this.runs;
	}

	/** The runs left out, in run order: those whose manifest gives no time first. */
	List<SkippedExport> skipped() {
		return this.skipped;
	}

	/**
	 * The files under usage/ outside every run's folder, relative to the input folder.
	 */
	List<String> undelivered() {
		return this.undelivered;
	}

	private static boolean isManifest(Path file) {
		return file.getFileName().toString().equals(Manifest.FILE_NAME);
	}

	/**
	 * Whether the file is in a run's folder or below it: what a run's folder holds beside
	 * its blobs is the run's business, not a delivery still under way.
	 */
	private static boolean inRunFolder(Path file, Path usage, Set<Path> folders) {
		for (Path folder = file.getParent(); folder != null && folder.startsWith(usage); folder = folder.getParent()) {
			if (folders.contains(folder)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] manifestBytes(Path input, Path folder) {
		Path file = folder.resolve(Manifest.FILE_NAME);
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw InputCatalog.unreadable(input, file, "cannot be read", ex);
		}
	}

	/** A skipped run and where it stands in time, if its manifest tells. */
	private record Skip(Instant submittedTime, String runId, String folder, String reason) {

		static final Comparator<Skip> ORDER = Comparator
			.comparing(Skip::submittedTime, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Skip::runId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Skip::folder);

		SkippedExport export() {
			return new SkippedExport(this.folder, this.runId, this.reason);
		}

	}

}
