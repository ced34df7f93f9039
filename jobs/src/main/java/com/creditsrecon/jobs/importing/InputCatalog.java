package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The input files of a run, found in the input folder by the names of extracts.md, in the
 * order they are imported: the extracts up to actions, the usage exports in name order,
 * then the reported extracts. A missing required file refuses the input (rule V3).
 */
public final class InputCatalog {

	public static final String USAGE = "usage";

	private final List<InputFile> files;

	private InputCatalog(List<InputFile> files) {
		this.files = List.copyOf(files);
	}

	/**
	 * @param rollout a rollout file that replaces the folder's {@code rollout.csv}
	 * ({@code --rollout}), or null
	 * @throws InputRefusedException when a required extract is missing
	 */
	public static InputCatalog scan(Path input, Path rollout) {
		List<InputFile> files = new ArrayList<>();
		for (ExtractSpec spec : Extracts.ALL) {
			if (spec == Extracts.REPORTED_LOTS) {
				addUsage(input, files);
			}
			Optional<Path> found = spec == Extracts.ROLLOUT && rollout != null ? Optional.of(rollout)
					: find(input, spec.fileName());
			if (found.isPresent()) {
				Path location = found.get();
				String path = location.startsWith(input) ? relative(input, location) : location.toString();
				files.add(new InputFile(files.size(), spec.name(), path, location, null));
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

	private static Optional<Path> find(Path input, String fileName) {
		Path plain = input.resolve(fileName);
		if (Files.isRegularFile(plain)) {
			return Optional.of(plain);
		}
		Path gzip = input.resolve(fileName + ".gz");
		return Files.isRegularFile(gzip) ? Optional.of(gzip) : Optional.empty();
	}

	/** An export is a CSV file directly in usage/ or a sub-folder of it (extracts.md). */
	private static void addUsage(Path input, List<InputFile> files) {
		Path usage = input.resolve(USAGE);
		if (!Files.isDirectory(usage)) {
			return;
		}
		int exportSeq = 0;
		for (Path export : sortedChildren(usage)) {
			List<Path> partitions = Files.isDirectory(export) ? csvFilesUnder(export)
					: isCsv(export) ? List.of(export) : List.of();
			if (partitions.isEmpty()) {
				continue;
			}
			for (Path partition : partitions) {
				files.add(new InputFile(files.size(), USAGE, relative(input, partition), partition, exportSeq));
			}
			exportSeq++;
		}
	}

	private static List<Path> sortedChildren(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> csvFilesUnder(Path folder) {
		try (Stream<Path> tree = Files.walk(folder)) {
			return tree.filter(Files::isRegularFile).filter(InputCatalog::isCsv).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isCsv(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
	}

	private static String relative(Path input, Path file) {
		return input.relativize(file).toString().replace('\\', '/');
	}

}
