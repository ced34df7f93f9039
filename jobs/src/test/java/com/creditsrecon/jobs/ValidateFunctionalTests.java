package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate}: the import and its checks alone, writing rejects/, run.json and the
 * log into {@code --out}, never into the input folder; exit 0 or 2.
 */
class ValidateFunctionalTests extends RunFolderTests {

	@Test
	@DisplayName("V1: validate on input-samples: exit 0, the import's counts in run.json, no simulation or reconciliation file, the input untouched")
	void samplesValidate() {
		Path samples = Path.of("../input-samples");
		Map<String, Long> before = sizes(samples);
		RunCommand run = RunCommand.run("validate", "--input", samples.toString(), "--out", out().toString());
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("command").asString()).isEqualTo("validate");
		assertThat(json.get("exit_code").asInt()).isZero();
		assertThat(json.get("inputs")).hasSize(16);
		assertThat(json.get("totals")).isEmpty();
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("_SUCCESS", "run.json");
		assertThat(out().resolve("run.log")).isRegularFile();
		assertThat(sizes(samples)).isEqualTo(before);
	}

	@Test
	@DisplayName("V4, N3: validate of an input whose rejects are above the ratio: exit 2, rejects/ and run.json in --out, nothing in the input folder")
	void refusedInputValidatesWithExit2() {
		InputFolder.minimal(input()).file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
		Map<String, Long> before = sizes(input());
		RunCommand run = RunCommand.run("validate", "--input", input().toString(), "--out", out().toString());
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err).contains("users.csv");
		assertThat(RunCommand.runJson(out()).get("exit_code").asInt()).isEqualTo(2);
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("rejects/users.csv", "run.json");
		assertThat(sizes(input())).isEqualTo(before);
	}

	/** Every file under {@code folder} with its size. */
	private static Map<String, Long> sizes(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			Map<String, Long> sizes = new TreeMap<>();
			for (Path file : files.toList()) {
				sizes.put(folder.relativize(file).toString(), Files.isRegularFile(file) ? Files.size(file) : -1);
			}
			return sizes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
