package com.creditsrecon.jobs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.FileFaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One log per run, beside its outputs: the version, the command, the policy in force, the
 * exit code and the stack trace of a failure, which the console never shows (rule V5).
 */
class RunLogFunctionalTests extends RunFolderTests {

	@Test
	@DisplayName("run.log holds the version, the command, the policy in force and the exit code")
	void logOfACompletedRun() {
		InputFolder.minimal(input());
		RunCommand run = RunCommand.run(input(), out(), "--as-of", "2026-05-01");
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(out().resolve("run.log")).content()
			.contains("credits-recon " + Arguments.version() + ": run --input " + input() + " --out " + out()
					+ " --as-of 2026-05-01")
			.contains("Policy in force: {")
			.contains("max-reject-ratio=")
			.contains("Ended with exit code 0");
	}

	@Test
	@DisplayName("V5: a failure's stack trace is in run.log, not on the console; the next run keeps it as run.previous.log")
	void stackTraceOfAFailureInTheLogOnly() throws Exception {
		InputFolder.minimal(input()).file("policy.properties", "max-reject-ratio=1\n").file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
		Path rejects = Files.createDirectories(out().resolve(".staging/rejects"));
		RunCommand failed;
		try (AutoCloseable locked = FileFaults.immutable(rejects)) {
			failed = RunCommand.run(input(), out());
		}
		assertThat(failed.exitCode).as(failed.toString()).isEqualTo(1);
		assertThat(failed.out + failed.err).doesNotContain("\tat ").doesNotContain("Exception");
		String log = Files.readString(out().resolve("run.log"));
		assertThat(log).contains("\tat ").contains("Ended with exit code 1");
		RunCommand again = RunCommand.run(input(), out());
		assertThat(again.exitCode).as(again.toString()).isZero();
		assertThat(out().resolve("run.previous.log")).hasContent(log);
	}

}
