package com.creditsrecon.jobs.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.jobs.RunCommand;
import com.creditsrecon.jobs.store.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate} writes, for each of three argument sets, exactly the bytes recorded in
 * {@code generated-bytes.tsv} (every file's SHA-256): the same arguments give the same
 * folder, whatever shape its code takes. A change that means to change the generated
 * worlds records them again and says why.
 */
class GeneratedBytesTests {

	private static final String RECORDED = "generated-bytes.tsv";

	@TempDir
	Path temp;

	@ParameterizedTest(name = "generate {0}")
	@MethodSource("argumentSets")
	void generateWritesTheRecordedBytes(String arguments) throws IOException {
		// given
		Path out = this.temp.resolve("world");
		List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString()));
		args.addAll(List.of(arguments.split(" ")));

		// when
		RunCommand generated = RunCommand.run(args.toArray(new String[0]));

		// then
		assertThat(generated.exitCode).as(generated.err).isZero();
		assertThat(digests(out)).isEqualTo(recorded().get(arguments));
	}

	static Stream<String> argumentSets() throws IOException {
		return recorded().keySet().stream();
	}

	/** Per argument set, each file's SHA-256 by its path in the folder. */
	private static Map<String, Map<String, String>> recorded() throws IOException {
		Map<String, Map<String, String>> recorded = new TreeMap<>();
		try (InputStream in = GeneratedBytesTests.class.getResourceAsStream(RECORDED)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				recorded.computeIfAbsent(fields[0], k -> new TreeMap<>()).put(fields[1], fields[2]);
			}
		}
		return recorded;
	}

	private static Map<String, String> digests(Path folder) throws IOException {
		Map<String, String> digests = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				digests.put(folder.relativize(file).toString().replace('\\', '/'), Sha256.of(file));
			}
		}
		return digests;
	}

}
