package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The {@code run} command and how far {@code --as-of} may go (outputs.md): at most ten
 * years after the default as-of of rule T1, checked once the inputs are imported.
 */
class AsOfBoundFunctionalTests extends RunFolderTests {

	/** The minimal folder's default as-of: its latest date, PU2's status date. */
	private static final String DEFAULT_AS_OF = "2026-05-01";

	@Test
	@DisplayName("T1, N3: an --as-of more than ten years after the default as-of is refused, exit 2, only run.json, rejects/ and the store written")
	void t1AsOfMoreThanTenYearsAfterDefaultIsRefused() {
		// given: one rejected row, within a raised max-reject-ratio, so that rejects/
		// has something to keep
		InputFolder.minimal(input()).file("policy.properties", "max-reject-ratio=0.9\n").file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
		// when
		RunCommand run = RunCommand.run(input(), out(), "--as-of", "2036-05-02");
		// then
		String message = "--as-of 2036-05-02 is refused: it is more than ten years after " + DEFAULT_AS_OF
				+ ", the default as-of of the inputs (their latest date)";
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).containsExactly("credits-recon: " + message);
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("exit_code").asInt()).isEqualTo(2);
		assertThat(json.get("error").asString()).isEqualTo(message);
		assertThat(json.get("as_of").asString()).isEqualTo("2036-05-02");
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("rejects/users.csv", "run.json");
		assertThat(out().resolve("run.log")).isRegularFile();
		assertThat(out().resolve("_SUCCESS")).doesNotExist();
	}

	@Test
	@DisplayName("T1: an --as-of exactly ten years after the default as-of is simulated")
	void t1AsOfTenYearsAfterDefaultIsSimulated() {
		// given
		InputFolder.minimal(input());
		// when
		RunCommand run = RunCommand.run(input(), out(), "--as-of", "2036-05-01");
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(RunCommand.runJson(out()).get("as_of").asString()).isEqualTo("2036-05-01");
		assertThat(out().resolve("lots.csv")).isRegularFile();
	}

	@Test
	@DisplayName("T1: inputs without a single date have no default as-of: any --as-of is taken as asked, and nothing happens in time")
	void t1InputsWithoutDateTakeAnyAsOf() {
		// given: no purchase, so no date at all
		InputFolder.minimal(input())
			.file("purchases.csv",
					"purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status,status_date\n");
		// when
		RunCommand far = RunCommand.run(input(), out(), "--as-of", "9999-12-31");
		// then
		assertThat(far.exitCode).as(far.toString()).isZero();
		assertThat(RunCommand.runJson(out()).get("as_of").asString()).isEqualTo("9999-12-31");
		assertThat(RunCommand.lines(out().resolve("lots.csv"))).hasSize(1);
		assertThat(RunCommand.lines(out().resolve("rollforward.csv"))).hasSize(1);

		// when: and without --as-of, no as-of day and nothing simulated, as before
		RunCommand none = RunCommand.run(input(), this.temp.resolve("out2"));
		// then
		assertThat(none.exitCode).as(none.toString()).isZero();
		assertThat(RunCommand.runJson(this.temp.resolve("out2")).get("as_of").isNull()).isTrue();
	}

}
