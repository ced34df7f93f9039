package com.creditsrecon.jobs.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.ChildRun;
import com.creditsrecon.jobs.InputFolder;
import com.creditsrecon.jobs.RunCommand;
import com.creditsrecon.jobs.RunFolderTests;
import com.creditsrecon.jobs.cli.FileFaults;
import com.creditsrecon.model.extract.Extracts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule V3 as amended: input that is ambiguous or cannot be read is refused whole, exit
 * code 2, one line naming the file or folder, only run.json and the run's log written;
 * never guessed at, left out without a word, or failed as the environment.
 */
class InputRefusalFunctionalTests extends RunFolderTests {

	static Stream<String> extracts() {
		return Extracts.ALL.stream().map(spec -> spec.fileName());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("extracts")
	@DisplayName("V3: an extract there both plain and gzipped is refused, exit 2, only run.json written")
	void v3ExtractPlainAndGzippedIsRefused(String fileName) {
		// given: a valid file (a header will do) and its gzipped copy
		InputFolder input = InputFolder.minimal(input());
		if (!Files.exists(input.resolve(fileName))) {
			input.file(fileName, String.join(",", header(fileName)) + "\n");
		}
		input.gzipCopy(fileName);
		// when
		RunCommand run = run();
		// then
		assertRefused(run, fileName + " and " + fileName + ".gz: the same file twice, plain and gzipped;"
				+ " keep one of the two");
	}

	@Test
	@DisplayName("V3: a usage export there both plain and gzipped is refused, exit 2")
	void v3UsageExportPlainAndGzippedIsRefused() {
		// given
		InputFolder.minimal(input())
			.file("usage/2026-10-05-export.csv", usage("c1"))
			.gzipCopy("usage/2026-10-05-export.csv");
		// when
		RunCommand run = run();
		// then
		assertRefused(run, "usage/2026-10-05-export.csv and usage/2026-10-05-export.csv.gz: the same file twice,"
				+ " plain and gzipped; keep one of the two");
	}

	@Test
	@DisplayName("V3: a partition of an export folder there both plain and gzipped is refused, exit 2")
	void v3UsagePartitionPlainAndGzippedIsRefused() {
		// given
		InputFolder.minimal(input())
			.file("usage/2026-10-31-export/part_1.csv", usage("c1"))
			.file("usage/2026-10-31-export/part_2.csv", usage("c2"))
			.gzipCopy("usage/2026-10-31-export/part_2.csv");
		// when
		RunCommand run = run();
		// then
		assertRefused(run, "usage/2026-10-31-export/part_2.csv and usage/2026-10-31-export/part_2.csv.gz:"
				+ " the same file twice, plain and gzipped; keep one of the two");
	}

	@Test
	@DisplayName("V3: an export folder that cannot be read (a loop of symbolic links) is refused, exit 2, run.json written")
	void v3UnreadableExportFolderIsRefused() {
		// given
		InputFolder.minimal(input()).file("usage/2026-10-05-export.csv", usage("c1"));
		FileFaults.symlinkLoop(input().resolve("usage/2026-10-31-export"));
		// when
		RunCommand run = run();
		// then
		assertRefused(run, "usage/2026-10-31-export: cannot be read (a loop of symbolic links)");
	}

	@Test
	@DisplayName("V3: a usage folder that cannot be listed (a loop of symbolic links) is refused, exit 2")
	void v3UnreadableUsageFolderIsRefused() {
		// given
		InputFolder.minimal(input());
		FileFaults.symlinkLoop(input().resolve("usage"));
		// when
		RunCommand run = run();
		// then
		assertRefused(run, "usage: cannot be listed (a loop of symbolic links)");
	}

	@Test
	@DisplayName("V3: a required extract that is there but cannot be read is refused as such, not as missing")
	void v3UnreadableRequiredExtractIsRefused() {
		// given
		InputFolder.minimal(input()).delete("partners.csv");
		FileFaults.symlinkLoop(input().resolve("partners.csv"));
		// when
		RunCommand run = run();
		// then
		assertRefused(run, "partners.csv: cannot be read (a loop of symbolic links)");
	}

	@Test
	@DisplayName("V3: an optional extract that is there but cannot be read is refused, not taken for none")
	void v3UnreadableOptionalExtractIsRefused() throws Exception {
		// given: users.csv links to a file that is not there
		InputFolder.minimal(input());
		Files.createSymbolicLink(input().resolve("users.csv"), Path.of("users-2026-10.csv"));
		// when
		RunCommand run = run();
		// then
		assertRefused(run,
				"users.csv: cannot be read (it is a symbolic link to users-2026-10.csv, which does not exist)");
	}

	@Test
	@DisplayName("V3: an export folder without read permission is refused, exit 2, naming it, run.json written")
	void v3ExportFolderWithoutPermissionIsRefused() {
		// given
		InputFolder.minimal(input())
			.file("usage/2026-10-05-export.csv", usage("c1"))
			.file("usage/2026-10-31-export/part_1.csv", usage("c2"));
		FileFaults.chmod(input().resolve("usage/2026-10-31-export"), "---------");
		try {
			// when
			ChildRun.Outcome run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input",
					input().toString(), "--out", out().toString());
			// then
			assertRefused(run.exitCode(), run.err(), run.toString(),
					"usage/2026-10-31-export: cannot be listed (permission denied)");
		}
		finally {
			FileFaults.chmod(input().resolve("usage/2026-10-31-export"), "rwxr-xr-x");
		}
	}

	@Test
	@DisplayName("V3: a usage folder without read permission is refused, exit 2")
	void v3UsageFolderWithoutPermissionIsRefused() {
		// given
		InputFolder.minimal(input()).file("usage/2026-10-05-export.csv", usage("c1"));
		FileFaults.chmod(input().resolve("usage"), "---------");
		try {
			// when
			ChildRun.Outcome run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input",
					input().toString(), "--out", out().toString());
			// then
			assertRefused(run.exitCode(), run.err(), run.toString(), "usage: cannot be listed (permission denied)");
		}
		finally {
			FileFaults.chmod(input().resolve("usage"), "rwxr-xr-x");
		}
	}

	@Test
	@DisplayName("V3: an extract without read permission is refused before anything is imported, saying why")
	void v3ExtractWithoutPermissionIsRefused() {
		// given
		InputFolder.minimal(input()).file("actions.csv", "action_id,at,action\n");
		FileFaults.chmod(input().resolve("actions.csv"), "---------");
		// when
		ChildRun.Outcome run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input",
				input().toString(), "--out", out().toString());
		// then
		assertRefused(run.exitCode(), run.err(), run.toString(), "actions.csv: cannot be read (permission denied)");
	}

	@Test
	@DisplayName("--rollout: the input folder's rollout.csv is not read, so it being there plain and gzipped is no ambiguity")
	void rolloutOptionMakesTheFoldersRolloutIrrelevant() throws Exception {
		// given
		InputFolder.minimal(input())
			.file("rollout.csv", "scope,modernized_from\nUS,2026-01-01\n")
			.gzipCopy("rollout.csv");
		Path rollout = Files.writeString(this.temp.resolve("what-if.csv"), "scope,modernized_from\nDE,2026-04-01\n");
		// when
		RunCommand run = RunCommand.run("run", "--input", input().toString(), "--out", out().toString(), "--rollout",
				rollout.toString());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
	}

	private RunCommand run() {
		return RunCommand.run("run", "--input", input().toString(), "--out", out().toString());
	}

	private void assertRefused(RunCommand run, String message) {
		assertRefused(run.exitCode, run.err, run.toString(), message);
	}

	private void assertRefused(int exitCode, String err, String description, String message) {
		assertThat(exitCode).as(description).isEqualTo(2);
		assertThat(err.strip()).as(description).isEqualTo("credits-recon: " + message);
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("run.json");
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("exit_code").asInt()).isEqualTo(2);
		assertThat(json.get("error").asString()).isEqualTo(message);
	}

	private static List<String> header(String fileName) {
		return Extracts.ALL.stream()
			.filter(spec -> spec.fileName().equals(fileName))
			.findFirst()
			.orElseThrow()
			.columns()
			.stream()
			.map(column -> column.name())
			.toList();
	}

	private static String usage(String chargeId) {
		return InputFolder.FOCUS_HEADER + "\n1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1," + chargeId
				+ ",VM\n";
	}

}
