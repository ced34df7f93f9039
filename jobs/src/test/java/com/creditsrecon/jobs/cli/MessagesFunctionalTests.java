package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.ChildRun;
import com.creditsrecon.jobs.InputFolder;
import com.creditsrecon.jobs.RunCommand;
import com.creditsrecon.jobs.RunFolderTests;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.run.RunLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule V5: a problem with a file is one line on standard error naming the file (and line,
 * where there is one) and saying what is wrong in a user's words, never an exception's
 * bare message or a stack trace; and the exit code says whose problem it is (2 the input,
 * 1 the environment).
 */
class MessagesFunctionalTests extends RunFolderTests {

	private static final byte[] LATIN1_POLICY = "# policy\ntolerance=0.01\n# soci\u00e9t\u00e9 g\u00e9n\u00e9rale\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Test
	@DisplayName("V3, V5: a policy.properties that is not UTF-8 is refused naming the file and the line, exit 2")
	void policyFileNotUtf8NamesFileAndLine() {
		// given
		InputFolder.minimal(input()).bytes("policy.properties", LATIN1_POLICY);
		// when
		RunCommand run = run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.strip()).isEqualTo("credits-recon: policy.properties: not valid UTF-8 (line 3)");
		assertThat(RunCommand.runJson(out()).get("error").asString())
			.isEqualTo("policy.properties: not valid UTF-8 (line 3)");
	}

	@Test
	@DisplayName("V3, V5: a --policy file that is not UTF-8 is refused naming the file and the line, exit 2")
	void policyOptionNotUtf8NamesFileAndLine() throws IOException {
		// given
		InputFolder.minimal(input());
		Path policy = Files.write(this.temp.resolve("what-if.properties"), LATIN1_POLICY);
		// when
		RunCommand run = run(input(), out(), "--policy", policy.toString());
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.strip()).isEqualTo("credits-recon: " + policy + ": not valid UTF-8 (line 3)");
	}

	@Test
	@DisplayName("V5: an --out that is a file says so, exit 1")
	void outThatIsAFileSaysSo() throws IOException {
		// given
		InputFolder.minimal(input());
		Path out = Files.writeString(this.temp.resolve("out.txt"), "not a folder");
		// when
		RunCommand run = run(input(), out);
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err.strip()).isEqualTo(
				"credits-recon: cannot create " + out.resolve(".store") + ": " + out + " is a file, not a folder");
	}

	@Test
	@DisplayName("V5: an --out that cannot be created (its parent is immutable) says why, exit 1")
	void outThatCannotBeCreatedSaysWhy() throws Exception {
		// given
		InputFolder.minimal(input());
		Path parent = Files.createDirectories(this.temp.resolve("locked"));
		Path out = parent.resolve("out");
		RunCommand run;
		try (AutoCloseable locked = FileFaults.immutable(parent)) {
			// when
			run = run(input(), out);
		}
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err.strip()).isEqualTo(
				"credits-recon: cannot create " + out.resolve(".store") + ": operation not permitted (" + out + ")");
	}

	@Test
	@DisplayName("V5: an --out in a folder without write permission says permission denied, exit 1")
	void outWithoutPermissionSaysPermissionDenied() {
		// given
		InputFolder.minimal(input());
		Path parent = this.temp.resolve("read-only");
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FileFaults.chmod(parent, "r-xr-xr-x");
		Path out = parent.resolve("out");
		ChildRun.Outcome run;
		try {
			// when
			run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input", input().toString(),
					"--out", out.toString());
		}
		finally {
			FileFaults.chmod(parent, "rwxr-xr-x");
		}
		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.err().strip())
			.isEqualTo("credits-recon: cannot create " + out.resolve(".store") + ": permission denied (" + out + ")");
	}

	@Test
	@DisplayName("V1, V5: a rejects folder that cannot be written fails the run (exit 1) saying which file and why; run.json is written")
	void rejectsThatCannotBeWrittenSayWhy() throws Exception {
		// given: a rejected user, and a rejects folder nothing can be written in
		withRejectedUser();
		Path rejects = Files.createDirectories(out().resolve(".staging/rejects"));
		RunCommand run;
		try (AutoCloseable locked = FileFaults.immutable(rejects)) {
			// when
			run = run(input(), out());
		}
		// then
		String message = "cannot write the rejects of users.csv to " + rejects.resolve("users.csv")
				+ ": operation not permitted";
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err.strip())
			.isEqualTo("credits-recon: " + message + " (details in " + out().resolve("run.log") + ")");
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("exit_code").asInt()).isEqualTo(1);
		assertThat(json.get("error").asString()).startsWith(message);
	}

	@Test
	@DisplayName("V1, V5: a usage file's rejects that cannot be written fail the run (exit 1) saying which file and why")
	void usageRejectsThatCannotBeWrittenSayWhy() throws Exception {
		// given
		InputFolder.minimal(input())
			.file("policy.properties", "max-reject-ratio=1\n")
			.file("usage/2026-10-05-export.csv",
					InputFolder.FOCUS_HEADER + "\n1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,VM\n"
							+ "oops,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c2,VM\n");
		Path rejects = Files.createDirectories(out().resolve(".staging/rejects"));
		RunCommand run;
		try (AutoCloseable locked = FileFaults.immutable(rejects)) {
			// when
			run = run(input(), out());
		}
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err.strip())
			// each file's rejects are kept in the store, then joined into
			// rejects/usage.csv
			.startsWith("credits-recon: cannot write the rejects file " + rejects.resolve("usage.csv") + ": ")
			.contains(": operation not permitted (details in ")
			.doesNotContain("Partition");
		assertThat(RunCommand.runJson(out()).get("exit_code").asInt()).isEqualTo(1);
	}

	@Test
	@DisplayName("V1, V5: a rejects folder without write permission says permission denied, not just a path")
	void rejectsWithoutPermissionSayPermissionDenied() {
		// given
		withRejectedUser();
		Path rejects = out().resolve(".staging/rejects");
		try {
			Files.createDirectories(rejects);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FileFaults.chmod(rejects, "r-xr-xr-x");
		ChildRun.Outcome run;
		try {
			// when
			run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input", input().toString(),
					"--out", out().toString());
		}
		finally {
			FileFaults.chmod(rejects, "rwxr-xr-x");
		}
		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.err().strip()).isEqualTo("credits-recon: cannot write the rejects of users.csv to "
				+ rejects.resolve("users.csv") + ": permission denied (details in " + out().resolve("run.log") + ")");
		assertThat(RunCommand.runJson(out()).get("exit_code").asInt()).isEqualTo(1);
	}

	@Test
	@DisplayName("V5: a second run on the same --out while one is under way says so in one line naming it, exit 1, and leaves its outputs alone")
	void secondRunOnTheSameOutSaysAnotherRunIsUnderWay() throws Exception {
		// given: the run lock is held, as by a run under way
		InputFolder.minimal(input());
		RunOptions options = new RunOptions(input(), out(), null, null, null, null);
		Files.createDirectories(options.storeDir());
		RunCommand run;
		try (RunLock lock = RunLock.take(options, "run --out " + out())) {
			// when
			run = run(input(), out());
		}
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
		assertThat(run.err.lines()).singleElement()
			.asString()
			.matches("credits-recon: another run is using " + Pattern.quote(out().toString()) + " \\(pid "
					+ ProcessHandle.current().pid() + " on .* since .*: run --out " + Pattern.quote(out().toString())
					+ "\\); wait for it to finish, or give this run another --out");
		assertThat(run.out).isEmpty();
		assertThat(RunCommand.visibleOutputs(out())).isEmpty();
	}

	@Test
	@DisplayName("V5: a rerun into a folder whose store cannot be written says so in one line (exit 1), no stack trace")
	void storeWithoutPermissionSaysSoInOneLine() {
		// given: a run's folder, its store then read-only
		InputFolder.minimal(input());
		RunCommand first = run(input(), out());
		assertThat(first.exitCode).as(first.toString()).isZero();
		Path store = out().resolve(".store");
		FileFaults.chmod(store, "r-xr-xr-x");
		ChildRun.Outcome run;
		try {
			// when
			run = FileFaults.runRespectingPermissions(this.temp.resolve("logs"), "run", "--input", input().toString(),
					"--out", out().toString());
		}
		finally {
			FileFaults.chmod(store, "rwxr-xr-x");
		}
		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.startsWith("credits-recon: cannot open the store " + store + ": ")
			.contains("permission denied");
		assertThat(run.out()).isEmpty();
	}

	private void withRejectedUser() {
		InputFolder.minimal(input()).file("policy.properties", "max-reject-ratio=1\n").file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
	}

	private static RunCommand run(Path input, Path out, String... more) {
		String[] args = new String[5 + more.length];
		args[0] = "run";
		args[1] = "--input";
		args[2] = input.toString();
		args[3] = "--out";
		args[4] = out.toString();
		System.arraycopy(more, 0, args, 5, more.length);
		return RunCommand.run(args);
	}

}
