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
 * order they are imported: the extracts up to actions, the usage exports in name order,
 * then the reported extracts. A missing required file refuses the input, and so does what
 * would make the import guess or leave rows out without a word: a file there both plain
 * and gzipped, a file or folder that cannot be read (rule V3).
 */
public final class InputCatalog {

	public static final String USAGE = "usage";

	private static final String GZ = ".gz";

	private final List<InputFile> files;

	private InputCatalog(List<InputFile> files) {
		this.files = List.copyOf(files);
	}

	/**
	 * @param rollout a rollout file that replaces the folder's {@code rollout.csv}
	 * ({@code --rollout}), or null
	 * @throws InputRefusedException when a required extract is missing, when a file is
	 * there both plain and gzipped, or when a file or folder of the input cannot be read
	 */
	public static InputCatalog scan(Path input, Path rollout) {
		// a folder that cannot be listed would pass for one without the extracts
		sortedChildren(input, input);
		List<InputFile> files = new ArrayList<>();
		for (ExtractSpec spec : Extracts.ALL) {
			if (spec == Extracts.REPORTED_LOTS) {
				addUsage(input, files);
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
		return new InputCatalog(files);
	}

	public List<InputFile> files() {
		return this.files;
	}

	/** The file of a CSV extract, if the input has it. */
	public Optional<InputFile> file(String extract) {
		return this.files.stream().filter(f -> f.extract().equals(extract)).findFirst();
	}

	/**
	 * The usage files, export by export in name order, partitions in name order within.
	 */
	public List<InputFile> usageFiles() {
		return this.files.stream().filter(f -> f.extract().equals(USAGE)).toList();
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
	 * An export is a CSV file directly in usage/ or a sub-folder of it (extracts.md).
	 * Whatever is under usage/ but cannot be listed or read refuses the input: an export
	 * left out would be lost without a word (rule V3).
	 */
	private static void addUsage(Path input, List<InputFile> files) {
		Path usage = input.resolve(USAGE);
		if (!Files.exists(usage, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<Path> children = sortedChildren(input, usage);
		List<Path> exportFiles = new ArrayList<>();
		Map<String, List<Path>> exports = new java.util.LinkedHashMap<>();
		for (Path export : children) {
			BasicFileAttributes attributes = attributes(input, export);
			String key = "name:" + export.getFileName();
			if (attributes.isDirectory()) {
				exports.put(key, csvFilesUnder(input, export));
			}
			else if (attributes.isRegularFile() && isCsv(export)) {
				exportFiles.add(export);
				exports.put(key, List.of(export));
			}
		}
		refuseTwice(input, exportFiles);
		int exportSeq = 0;
		for (Map.Entry<String, List<Path>> export : exports.entrySet()) {
			if (export.getValue().isEmpty()) {
				continue;
			}
			for (Path partition : export.getValue()) {
				readable(partition, relative(input, partition));
				files.add(new InputFile(files.size(), USAGE, relative(input, partition), partition, exportSeq,
						export.getKey()));
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
							if (attributes.isRegularFile() && isCsv(file)) {
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
		List<Path> sorted = found.stream().sorted().toList();
		refuseTwice(input, sorted);
		return sorted;
	}

	private static BasicFileAttributes attributes(Path input, Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw unreadable(input, file, "cannot be read", ex);
		}
	}

	/** Refuses a file that is there but cannot be opened: it would fail half-way. */
	private static Path readable(Path file, String name) {
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

	private static InputRefusedException unreadable(Path input, Path file, String what, IOException ex) {
		return new InputRefusedException(
				relative(input, file) + ": " + what + " (" + FileProblems.describe(ex, file.toAbsolutePath()) + ")");
	}

	private static boolean isCsv(Path file) {
		String name = lowerCase(file.getFileName().toString());
		return name.endsWith(".csv") || name.endsWith(".csv" + GZ);
	}

	private static String lowerCase(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** As messages, rejects and run.json name a file: relative to the input folder. */
	private static String relative(Path input, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.startsWith(input) || absolute.equals(input)) {
			return absolute.toString();
		}
		return input.relativize(absolute).toString().replace('\\', '/');
	}

}
