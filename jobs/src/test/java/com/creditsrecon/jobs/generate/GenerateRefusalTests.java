package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.generator.ReportedExtracts;

/**
 * Issue 10, nothing left behind: a {@code generate} that is refused or fails leaves no
 * file under or beside {@code --out}, so that the corrected command can run at once.
 */
class GenerateRefusalTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("more faults than a world of N partners over M months can hold: refused at once, exit 2, one line, nothing written")
	void tooManyFaultsForTheArgumentsAreRefusedAtOnce() throws IOException {
		// given
		Path out = this.temp.resolve("world");
		// when
		GeneratedWorlds.Outcome run = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--inject-breaks", "500");
		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.err().lines()).singleElement()
			.isEqualTo("credits-recon: generate: --inject-breaks 500 is more than a world of 1 partner over 12 months"
					+ " has room for (at most 204: a fault needs a lot, a benefit or a month of transactions of its own);"
					+ " ask for fewer, or for more partners");
		assertThat(run.out()).isEmpty();
		assertThat(entries(this.temp)).isEmpty();
	}

	@Test
	@DisplayName("fewer places for faults turn up than asked: exit 2, one line, nothing left; the corrected command then succeeds")
	void tooFewPlacesLeaveNothingBehind() throws IOException {
		// given: within the bound for 1 partner over 1 month (36), more than its world
		// has
		Path out = this.temp.resolve("world");
		// when
		GeneratedWorlds.Outcome refused = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--months", "1", "--inject-breaks", "36");
		// then
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err().lines()).singleElement()
			.satisfies(line -> assertThat(line)
				.matches("credits-recon: generate: --inject-breaks 36: this world has room for \\d+ faults only"
						+ " \\(a fault needs a lot, a benefit or a month of transactions of its own\\);"
						+ " ask for fewer, or for more partners"));
		assertThat(entries(this.temp)).isEmpty();

		// when
		GeneratedWorlds.Outcome corrected = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--months", "1", "--inject-breaks", "2");
		// then
		assertThat(corrected.exitCode()).as(corrected.toString()).isZero();
		assertThat(corrected.err()).isEmpty();
		assertThat(corrected.out()).contains("in " + out + ";");
		assertThat(entries(this.temp)).containsExactly("world");
		assertThat(GeneratedWorlds.rows(out.resolve(ReportedExtracts.ANSWER_KEY))).isNotEmpty();
	}

	@Test
	@DisplayName("an --out made beforehand, empty, stays empty when refused, and is filled (kept, not replaced) on success")
	void existingEmptyOutIsKept() throws IOException {
		// given
		Path out = Files.createDirectory(this.temp.resolve("world"));
		Object identity = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		// when
		GeneratedWorlds.Outcome refused = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--months", "1", "--inject-breaks", "36");
		// then
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(entries(this.temp)).containsExactly("world");
		assertThat(entries(out)).isEmpty();

		// when
		GeneratedWorlds.Outcome corrected = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--months", "1");
		// then
		assertThat(corrected.exitCode()).as(corrected.toString()).isZero();
		assertThat(entries(this.temp)).containsExactly("world");
		assertThat(entries(out)).contains("partners.csv", "usage", "reported-lots.csv", "injected-breaks.csv");
		assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
			.isEqualTo(identity);
	}

	@Test
	@DisplayName("a failure of the file system: exit 1, one line naming the file and the problem in words, nothing left")
	void fileSystemFailureIsExitOneInWords() throws IOException {
		// given: --out under a symbolic link that points at itself (root may write
		// anywhere, but no one can make a folder there)
		Path loop = Files.createSymbolicLink(this.temp.resolve("loop"), this.temp.resolve("loop"));
		Path out = loop.resolve("world");
		// when
		GeneratedWorlds.Outcome run = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "1",
				"--months", "1");
		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.err().lines()).singleElement()
			.isEqualTo("credits-recon: generate: cannot make a folder beside --out " + out + " to build it in: " + loop
					+ " already exists");
		assertThat(entries(this.temp)).containsExactly("loop");
	}

	/** The names in a folder, sorted. */
	private static List<String> entries(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
