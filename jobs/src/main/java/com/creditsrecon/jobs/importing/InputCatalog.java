package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The input files of a run, found in the input folder by the names of extracts.md, in the
 * order they are imported: the extracts up to actions, the usage exports in export order,
 * then the reported extracts. Usage is laid out plainly (exports in name order) or, once
 * a manifest.json is under usage/, as Cost Management delivers it
 * ({@link CostManagementLayout}). A missing required file refuses the input, and so does
 * what would make the import guess or leave rows out without a word: a file there both
 * plain and gzipped, a file or folder that cannot be read (rule V3).
 */
public final class InputCatalog {

	public static final String USAGE = "usage";

	private static final String GZ = ".gz";

	private final List<InputFile> files;

	private final CostManagementLayout layout;

	private InputCatalog(List<InputFile> files, CostManagementLayout layout) {
		this.files = List.copyOf(files);
		this.layout = layout;
	}

	/**
	 * @param rollout a rollout file that replaces the folder's {@code rollout.csv}
	 * ({@code --rollout}), or null
	 * @throws InputRefusedException when a required extract is missing, when a file is
	 * there both plain and gzipped, or when a file or folder of the input cannot be read
	 */
	public static InputCatalog scan(Path input, Path rollout) {
		return scan(input, rollout, RowCounts.none());
	}

	/**
	 * As {@link #scan(Path, Path)}, the data rows of Cost Management's blobs counted once
	 * and kept in {@code storeDir} ({@link RowCounts}).
	 */
	public static InputCatalog scan(Path input, Path rollout, Path storeDir) {
		RowCounts counts = RowCounts.in(storeDir);
		InputCatalog catalog = scan(input, rollout, counts);
		counts.save();
		return catalog;
	}

	private static InputCatalog scan(Path input, Path rollout, RowCounts counts) {
		// a folder that cannot be listed would pass for one without the extracts
		sortedChildren(input, input);
		List<InputFile> files = new ArrayList<>();
		CostManagementLayout layout = CostManagementLayout.NONE;
		for (ExtractSpec spec : Extracts.ALL) {
			if (spec == Extracts.REPORTED_LOTS) {
				layout = addUsage(input, files, counts);
			}
			boolean replaced = spec == Extracts.ROLLOUT && rollout != null;
			Optional<Path> found = replaced ? Optional.of(readable(rollout, relative(input, rollout)))
					: find(input, spec.fileName());
			if (found.isPresent()) {
				Path location = found.get();
				files.add(new InputFile(files.size(), spec.name(), relative(input, location), location, null, null));
			}
			else if (spec.requiredFile()) {
				throw new InputRefusedException(spec.fileName() + ": required file is missing in " + input);
			}
		}
		return new InputCatalog(files, layout);
	}

	public List<InputFile> files() {
		return this.files;
	}

	/** The file of a CSV extract, if the input has it. */
	public Optional<InputFile> file(String extract) {
		return this.files.stream().filter(f -> f.extract().equals(extract)).findFirst();
	}

	/**
	 * The usage files, export by export in export order, partitions in name order within.
	 */
	public List<InputFile> usageFiles() {
		return this.files.stream().filter(f -> f.extract().equals(USAGE)).toList();
	}

	/**
	 * The Cost Management runs left out whole, in run order; empty for the plain layout.
	 */
	public List<SkippedExport> skippedExports() {
		return this.layout.skipped();
	}

	/**
	 * The files under usage/ ignored as not yet delivered (outside every run's folder,
	 * once a manifest.json is there), relative to the input folder, sorted; empty for the
	 * plain layout.
	 */
	public List<String> undelivered() {
		return this.layout.undelivered();
	}

	/**
	 * The extract's file, plain or gzipped; both at once is ambiguous, and a file that is
	 * there but cannot be read is refused rather than taken for a missing one (rule V3).
	 */
	private static Optional<Path> find(Path input, String fileName) {
		Path plain = input.resolve(fileName);
		Path gzip = input.resolve(fileName + GZ);
		boolean hasPlain = Files.exists(plain, LinkOption.NOFOLLOW_LINKS);
		boolean hasGzip = Files.exists(gzip, LinkOption.NOFOLLOW_LINKS);
		if (hasPlain && hasGzip) {
			throw twice(input, plain, gzip);
		}
		if (!hasPlain && !hasGzip) {
			return Optional.empty();
		}
		Path found = hasPlain ? plain : gzip;
		readable(found, relative(input, found));
		return Optional.of(found);
	}

	/**
	 * Usage in Cost Management's layout once a manifest.json is under usage/, else in the
	 * plain one. Whatever is under usage/ but cannot be listed or read refuses the input:
	 * an export left out would be lost without a word (rule V3).
	 */
	private static CostManagementLayout addUsage(Path input, List<InputFile> files, RowCounts counts) {
		Path usage = input.resolve(USAGE);
		if (!Files.exists(usage, LinkOption.NOFOLLOW_LINKS)) {
			return CostManagementLayout.NONE;
		}
		if (!CostManagementLayout.applies(usage)) {
			addPlainUsage(input, usage, files);
			return CostManagementLayout.NONE;
		}
		CostManagementLayout layout = CostManagementLayout.read(input, usage, counts);
		int exportSeq = 0;
		for (ManifestRun run : layout.runs()) {
			if (run.blobs().isEmpty()) {
				continue;
			}
			for (Path blob : run.blobs()) {
				files.add(new InputFile(files.size(), USAGE, relative(input, blob), blob, exportSeq, run.export()));
			}
			exportSeq++;
		}
		return layout;
	}

	/** An export is a CSV file directly in usage/ or a sub-folder of it (extracts.md). */
	private static void addPlainUsage(Path input, Path usage, List<InputFile> files) {
		List<Path> children = sortedChildren(input, usage);
		List<Path> exportFiles = new ArrayList<>();
		List<List<Path>> exports = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Path export : children) {
			BasicFileAttributes attributes = attributes(input, export);
			if (attributes.isDirectory()) {
				exports.add(csvFilesUnder(input, export));
				names.add(export.getFileName().toString());
			}
			else if (attributes.isRegularFile() && isCsv(export)) {
				exportFiles.add(export);
				exports.add(List.of(export));
				names.add(export.getFileName().toString());
			}
		}
		refuseTwice(input, exportFiles);
		int exportSeq = 0;
		for (int e = 0; e < exports.size(); e++) {
			List<Path> partitions = exports.get(e);
			if (partitions.isEmpty()) {
				continue;
			}
			String export = "name:" + names.get(e);
			for (Path partition : partitions) {
				readable(partition, relative(input, partition));
				files.add(new InputFile(files.size(), USAGE, relative(input, partition), partition, exportSeq, export));
			}
			exportSeq++;
		}
	}

	private static List<Path> sortedChildren(Path input, Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted().toList();
		}
		catch (IOException ex) {
			throw unreadable(input, folder, "cannot be listed", ex);
		}
		catch (UncheckedIOException ex) {
			throw unreadable(input, folder, "cannot be listed", ex.getCause());
		}
	}

	/**
	 * The CSV files of an export folder at any depth, following links (a loop of them is
	 * refused, as is any entry that cannot be read).
	 */
	private static List<Path> csvFilesUnder(Path input, Path folder) {
		List<Path> sorted = filesUnder(input, folder).stream().filter(InputCatalog::isCsv).toList();
		refuseTwice(input, sorted);
		return sorted;
	}

	/**
	 * The regular files under a folder at any depth, sorted, following links (a loop of
	 * them is refused, as is any entry that cannot be read).
	 */
	static List<Path> filesUnder(Path input, Path folder) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							if (attributes.isSymbolicLink()) {
								// a link whose target cannot be reached: say why
								attributes(input, file);
							}
							if (attributes.isRegularFile()) {
								found.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) {
							throw unreadable(input, file,
									Files.isDirectory(file) ? "cannot be listed" : "cannot be read", ex);
						}

						@Override
						public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
							if (ex != null) {
								throw unreadable(input, dir, "cannot be listed", ex);
							}
							return FileVisitResult.CONTINUE;
						}

					});
		}
		catch (IOException ex) {
			throw unreadable(input, folder, "cannot be listed", ex);
		}
		return found.stream().sorted().toList();
	}

	static BasicFileAttributes attributes(Path input, Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw unreadable(input, file, "cannot be read", ex);
		}
	}

	/** Refuses a file that is there but cannot be opened: it would fail half-way. */
	static Path readable(Path file, String name) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw new InputRefusedException(name + ": cannot be read (" + FileProblems.describe(ex, file) + ")");
		}
		if (attributes.isDirectory()) {
			throw new InputRefusedException(name + ": cannot be read (it is a folder, not a file)");
		}
		if (!attributes.isRegularFile()) {
			// a pipe or a device would block or never end
			throw new InputRefusedException(name + ": cannot be read (it is not a regular file)");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return file;
		}
		catch (IOException ex) {
			throw new InputRefusedException(name + ": cannot be read (" + FileProblems.describe(ex, file) + ")");
		}
	}

	/**
	 * The same file plain and gzipped in one folder (x.csv beside x.csv.gz): which one is
	 * the data is a guess, and reading both would count its rows twice.
	 */
	private static void refuseTwice(Path input, List<Path> csvFiles) {
		Map<String, Path> byName = new HashMap<>();
		csvFiles.forEach(file -> byName.put(lowerCase(file.toString()), file));
		for (Path file : csvFiles) {
			String name = lowerCase(file.toString());
			if (name.endsWith(GZ)) {
				Path plain = byName.get(name.substring(0, name.length() - GZ.length()));
				if (plain != null) {
					throw twice(input, plain, file);
				}
			}
		}
	}

	private static InputRefusedException twice(Path input, Path plain, Path gzip) {
		return new InputRefusedException(relative(input, plain) + " and " + relative(input, gzip)
				+ ": the same file twice, plain and gzipped; keep one of the two");
	}

	static InputRefusedException unreadable(Path input, Path file, String what, IOException ex) {
		return new InputRefusedException(
				relative(input, file) + ": " + what + " (" + FileProblems.describe(ex, file.toAbsolutePath()) + ")");
	}

	static boolean isCsv(Path file) {
		String name = lowerCase(file.getFileName().toString());
		return name.endsWith(".csv") || name.endsWith(".csv" + GZ);
	}

	private static String lowerCase(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** As messages, rejects and run.json name a file: relative to the input folder. */
	static String relative(Path input, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.startsWith(input) || absolute.equals(input)) {
			return absolute.toString();
		}
		return input.relativize(absolute).toString().replace('\\', '/');
	}

}
