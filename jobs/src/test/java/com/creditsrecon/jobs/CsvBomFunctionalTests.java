package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --csv-bom}: the same run, every CSV output (the result files, forecast.csv,
 * the reconciliation and the rejects) with a UTF-8 byte-order mark in front, and not one
 * byte else changed; without it, no file has one.
 */
class CsvBomFunctionalTests {

	private static final Path BAD_ROWS = Path.of("../input-samples/with-bad-rows");

	@TempDir
	Path temp;

	@Test
	@DisplayName("--csv-bom: every CSV output, rejects included, starts with EF BB BF and is otherwise identical")
	void everyCsvOutputHasAByteOrderMarkAndNothingElseChanges() throws IOException {
		// given
		Path plain = this.temp.resolve("plain");
		Path bom = this.temp.resolve("bom");

		// when
		RunCommand without = RunCommand.run(BAD_ROWS, plain);
		RunCommand with = RunCommand.run(BAD_ROWS, bom, "--csv-bom");

		// then
		assertThat(without.exitCode).as(without.toString()).isZero();
		assertThat(with.exitCode).as(with.toString()).isZero();
		List<String> files = csvFiles(plain);
		assertThat(csvFiles(bom)).isEqualTo(files);
		assertThat(files).contains("forecast.csv", "lots.csv", "reconciliation/breaks.csv", "rejects/partners.csv",
				"rejects/usage.csv");
		for (String file : files) {
			byte[] plainBytes = Files.readAllBytes(plain.resolve(file));
			byte[] bomBytes = Files.readAllBytes(bom.resolve(file));
			assertThat(plainBytes[0]).as(file).isNotEqualTo((byte) 0xEF);
			assertThat(bomBytes).as(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			assertThat(Arrays.copyOfRange(bomBytes, 3, bomBytes.length)).as(file).isEqualTo(plainBytes);
		}
	}

	/** The CSV files of an output folder, its working folders left out. */
	private static List<String> csvFiles(Path out) throws IOException {
		try (Stream<Path> tree = Files.walk(out)) {
			return tree.map(p -> out.relativize(p).toString().replace('\\', '/'))
				.filter(p -> p.endsWith(".csv") && !p.startsWith("."))
				.sorted()
				.toList();
		}
	}

}
