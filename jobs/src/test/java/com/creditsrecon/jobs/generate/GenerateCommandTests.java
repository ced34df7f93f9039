package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate} command line. */
class GenerateCommandTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("generate writes the folder, its reported extracts and a summary, exit 0, without a store")
	void generateWritesFolderAndSummary() {
		// given
		Path out = this.temp.resolve("world");
		// when
		GeneratedWorlds.Outcome run = GeneratedWorlds.cli("generate", "--out", out.toString(), "--partners", "4",
				"--months", "3", "--seed", "9", "--usage-rows", "321");
		// then
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("partners.csv").contains("actions.csv").contains("usage/2026-10-31-export/");
		assertThat(run.out()).containsPattern("generate: \\d+ files, \\d+ rows \\(321 usage rows\\) in ");
		assertThat(run.out()).contains("reported-lots.csv")
			.contains("reported-events.csv")
			.contains("reported-benefits.csv")
			.contains("injected-breaks.csv")
			.contains("no injected break");
		assertThat(out.resolve("partners.csv")).isRegularFile();
		assertThat(out.resolve("reported-lots.csv")).isRegularFile();
		assertThat(out.resolve(".store")).doesNotExist();
		assertThat(out.resolve("out")).doesNotExist();
		assertThat(GeneratedWorlds.rows(out.resolve("partners.csv"))).hasSize(4);
	}

	@Test
	@DisplayName("--help lists generate; generate --help describes it")
	void help() {
		// when
		GeneratedWorlds.Outcome all = GeneratedWorlds.cli("--help");
		GeneratedWorlds.Outcome one = GeneratedWorlds.cli("generate", "--help");
		// then
		assertThat(all.exitCode()).isZero();
		assertThat(all.out()).contains("generate").contains("--partners N").contains("run ");
		assertThat(one.exitCode()).isZero();
		assertThat(one.out()).startsWith("usage: credits-recon generate --out DIR --partners N")
			.contains("--usage-rows R")
			.contains("--inject-breaks K");
		assertThat(all.out()).contains("--inject-breaks K");
	}

	@Test
	@DisplayName("usage errors: exit 2 and one line on standard error")
	void usageErrors() throws IOException {
		Path full = this.temp.resolve("full");
		Files.createDirectories(full);
		Files.writeString(full.resolve("keep.txt"), "x");
		String out = this.temp.resolve("new").toString();
		String[][] lines = { { "generate", "--partners", "3" }, { "generate", "--out", out },
				{ "generate", "--out", out, "--partners", "0" }, { "generate", "--out", out, "--partners", "many" },
				{ "generate", "--out", out, "--partners", "2", "--months", "0" },
				{ "generate", "--out", out, "--partners", "2", "--usage-rows", "-1" },
				{ "generate", "--out", out, "--partners", "2", "--colour", "red" },
				{ "generate", "--out", out, "--partners", "2", "--inject-breaks", "-1" },
				{ "generate", "--out", out, "--partners", "2", "--inject-breaks", "some" },
				{ "generate", "--out", out, "--partners" },
				{ "generate", "--out", full.toString(), "--partners", "2" } };
		for (String[] line : lines) {
			// when
			GeneratedWorlds.Outcome run = GeneratedWorlds.cli(line);
			// then
			assertThat(run.exitCode()).as(String.join(" ", line)).isEqualTo(2);
			assertThat(run.err().lines()).as(String.join(" ", line))
				.singleElement()
				.satisfies(message -> assertThat(message).startsWith("credits-recon: generate: "));
			assertThat(run.out()).isEmpty();
		}
		assertThat(this.temp.resolve("new")).doesNotExist();
	}

}
