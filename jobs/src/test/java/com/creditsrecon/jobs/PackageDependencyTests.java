package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs module reads in the direction of the data: each package depends only on the
 * packages before it in {@link #ORDER} (import → simulate → reconcile or what-if, then
 * the nightly runs' history and the command line's parsing and console, the run's wiring
 * and the application), never on a later one.
 */
class PackageDependencyTests {

	/**
	 * Lower first (the generator is a module of its own, which only the command line
	 * uses); {@code nightly} keeps what the nightly runs carry from one night to the
	 * next, after the reconciliation.
	 */
	private static final Map<String, Integer> ORDER = Map.of("store", 0, "importing", 1, "simulate", 2, "reconcile", 3,
			"whatif", 3, "nightly", 4, "cli", 4, "run", 5, "", 6);

	private static final Path SOURCES = Path.of("src/main/java/com/creditsrecon/jobs");

	private static final Pattern IMPORT = Pattern.compile("^import com\\.creditsrecon\\.jobs\\.([a-z]*)",
			Pattern.MULTILINE);

	@Test
	void noPackageDependsOnALaterOne() throws IOException {
		List<String> against = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> tree = Files.walk(SOURCES)) {
			files = tree.filter(f -> f.toString().endsWith(".java")).toList();
		}
		for (Path file : files) {
			String from = topPackage(file);
			Matcher imports = IMPORT.matcher(Files.readString(file));
			while (imports.find()) {
				String to = imports.group(1);
				if (!to.equals(from) && rank(to) >= rank(from)) {
					against.add(SOURCES.relativize(file) + " -> " + (to.isEmpty() ? "(the application)" : to));
				}
			}
		}
		assertThat(files).hasSizeGreaterThan(50);
		assertThat(against).isEmpty();
	}

	@Test
	void everyPackageHasAPlaceInTheOrder() throws IOException {
		try (Stream<Path> packages = Files.list(SOURCES)) {
			assertThat(packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
				.allSatisfy(name -> assertThat(ORDER).containsKey(name));
		}
	}

	private static String topPackage(Path file) {
		Path relative = SOURCES.relativize(file);
		return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
	}

	private static int rank(String topPackage) {
		return ORDER.get(topPackage);
	}

}
