package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.cli.FileFaults;
import com.creditsrecon.jobs.reconcile.ReconciliationEngine;

/**
 * The {@code run} command end to end on small input folders: exit codes, rejects,
 * run.json.
 */
class RunJobFunctionalTests extends RunFolderTests {

	@Test
	@DisplayName("a store whose extract table lost columns outside the migrations fails the run (exit 1) in one line naming them; the table is left as it is")
	void storeChangedOutsideTheMigrations() {
		// given: the reported events' table as no migration makes it
		InputFolder.minimal(input());
		RunCommand first = RunCommand.run(input(), out());
		StoreQueries.execute(out(), "DROP TABLE cr_reported_events");
		StoreQueries.execute(out(),
				"CREATE TABLE cr_reported_events (billing_profile_id VARCHAR(200), source_line BIGINT NOT NULL)");
		// when
		RunCommand second = RunCommand.run(input(), out());
		// then
		assertThat(first.exitCode).as(first.toString()).isZero();
		assertThat(second.exitCode).as(second.toString()).isEqualTo(1);
		assertThat(second.err.lines()).singleElement()
			.asString()
			.contains("has no column lot_id, transaction_date, ")
			.contains(" in cr_reported_events after its migrations: the table was changed by hand, or this build"
					+ " lacks a migration (db/migration)");
		assertThat(StoreQueries.rows(out(),
				"SELECT COUNT(*) FROM information_schema.columns" + " WHERE table_name = 'CR_REPORTED_EVENTS'"))
			.containsExactly("2");
	}

	@Test
	@DisplayName("V1: a clean folder loads every row, writes no rejects, exit 0")
	void v1CleanFolderLoadsEverything() {
		// given
		InputFolder.minimal(input());
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("exit_code").asInt()).isZero();
		assertThat(json.get("inputs")).hasSize(4);
		for (JsonNode file : json.get("inputs")) {
			assertThat(file.get("rejected").asLong()).isZero();
			assertThat(file.get("read").asLong()).isEqualTo(file.get("loaded").asLong()).isPositive();
			assertThat(file.get("sha256").asString()).hasSize(64);
		}
		assertThat(out().resolve("rejects")).doesNotExist();
		assertThat(json.get("as_of").asString()).isEqualTo("2026-05-01"); // rule T1:
																			// latest
																			// status date
		assertThat(run.out).contains("partners.csv").contains("run.json");
	}

	@Test
	@DisplayName("V1, V2: every bad row is in rejects/ with file, line, reason, message and raw record")
	void v1v2BadRowsAreRejectedWithLineAndReason() {
		// given
		InputFolder.minimal(input()).file("partners.csv", """
				partner_id,partner_name,country,region,tenant_domains
				P1,Contoso,US,AMER,contoso.com
				P2,Fabrikam,DE,EMEA,fabrikam.de
				P2,Again,DE,EMEA,again.de
				P3,"Multi
				line name",XX,EMEA,
				P4,Short,US
				""").file("policy.properties", "max-reject-ratio=1\n");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<String> rejects = RunCommand.lines(out().resolve("rejects/partners.csv"));
		assertThat(rejects).containsExactly("file,line,reason_code,message,raw",
				"partners.csv,4,DUPLICATE_KEY,partner_id 'P2' repeats an earlier row,\"P2,Again,DE,EMEA,again.de\"",
				"partners.csv,5,BAD_VALUE,country 'XX' is not an ISO 3166-1 alpha-2 country code,\"P3,\"\"Multi",
				"line name\"\",XX,EMEA,\"",
				"partners.csv,7,WRONG_FIELD_COUNT,\"expected 5 fields, found 3\",\"P4,Short,US\"");
		JsonNode partners = RunCommand.runJson(out()).get("inputs").get(0);
		assertThat(partners.get("read").asLong()).isEqualTo(5);
		assertThat(partners.get("loaded").asLong()).isEqualTo(2);
		assertThat(partners.get("rejected").asLong()).isEqualTo(3);
	}

	@Test
	@DisplayName("V1a: an unbalanced quote in partners.csv rejects its own line; the 10 lines after it load")
	void v1aUnbalancedQuoteRejectsOnlyItsLine() throws IOException {
		// given the samples, line 5 of partners.csv naming "Adatum B.V., (one quote)
		HandMadeReports.copyWithoutReports(Path.of("../input-samples"), input());
		replaceLine(input().resolve("partners.csv"), 5, "6100913,\"Adatum B.V.,NL,EMEA,adatum.nl");
		Files.writeString(input().resolve("policy.properties"), "max-reject-ratio=1.0\n");

		// when
		RunCommand run = RunCommand.run(input(), out());

		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(RunCommand.lines(out().resolve("rejects/partners.csv"))).containsExactly(
				"file,line,reason_code,message,raw",
				"partners.csv,5,WRONG_FIELD_COUNT,an unbalanced quote: a quoted field runs past the end of the line and never"
						+ " closes properly," + "\"6100913,\"\"Adatum B.V.,NL,EMEA,adatum.nl\"");
		JsonNode partners = RunCommand.runJson(out()).get("inputs").get(0);
		assertThat(partners.get("read").asLong()).isEqualTo(14);
		assertThat(partners.get("loaded").asLong()).isEqualTo(13);
		assertThat(partners.get("rejected").asLong()).isEqualTo(1);
	}

	@Test
	@DisplayName("V1a: a quote left open at the end of a FOCUS row rejects that row only; the rest of the export loads")
	void v1aUnbalancedQuoteInAUsageFileRejectsOnlyItsLine() throws IOException {
		// given line 21 of a 57-row export ending with one quote too many
		HandMadeReports.copyWithoutReports(Path.of("../input-samples"), input());
		Path export = input().resolve("usage/2026-10-05-export.csv");
		replaceLine(export, 21, Files.readAllLines(export).get(20) + "\"");
		Files.writeString(input().resolve("policy.properties"), "max-reject-ratio=1.0\n");

		// when
		RunCommand run = RunCommand.run(input(), out());

		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<Map<String, String>> rejects = RunCommand.rows(out().resolve("rejects/usage.csv"));
		assertThat(rejects).hasSize(1);
		assertThat(rejects.get(0)).containsEntry("line", "21").containsEntry("reason_code", "WRONG_FIELD_COUNT");
		for (JsonNode file : RunCommand.runJson(out()).get("inputs")) {
			if (file.get("file").asString().equals("usage/2026-10-05-export.csv")) {
				assertThat(file.get("read").asLong()).isEqualTo(57);
				assertThat(file.get("rejected").asLong()).isEqualTo(1);
			}
		}
	}

	@Test
	@DisplayName("V2 VALUE_TOO_LONG: values up to 1,000 characters load and run; longer ones are rejects, never a crash")
	void v2LongValuesLoadOrAreRejected() throws IOException {
		// given the samples with a 5 MB partner name, a 5,000-character lot reference,
		// a usage row's SubAccountId of 1,000 characters (an ARM path), and a
		// 70,000-character service name in another row
		HandMadeReports.copyWithoutReports(Path.of("../input-samples"), input());
		Files.copy(Path.of("../input-samples/reported-lots.csv"), input().resolve("reported-lots.csv"));
		replaceLine(input().resolve("partners.csv"), 15, "6103258," + "R".repeat(5 * 1024 * 1024) + ",SG,APAC,r.sg");
		replaceLine(input().resolve("reported-lots.csv"), 2, "AD7E-JFSU-52H-3GK," + "L".repeat(5_000)
				+ ",Partner benefit,USD,150.00,0.00,2025-11-05,2025-12-04," + "Expired,2026-10-31");
		Path export = input().resolve("usage/2026-10-05-export.csv");
		List<String> rows = RunCommand.rows(export).stream().map(row -> row.get("SubAccountId")).toList();
		String subscription = rows.get(0);
		Files.writeString(export,
				Files.readString(export)
					.replaceFirst(java.util.regex.Pattern.quote("\"" + subscription + "\""),
							"\"/subscriptions/" + "s".repeat(985) + "\"")
					.replaceFirst("\"Virtual Machines\"", "\"" + "V".repeat(70_000) + "\""));
		Files.writeString(input().resolve("policy.properties"), "max-reject-ratio=1.0\n");

		// when
		RunCommand run = RunCommand.run(input(), out());

		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(RunCommand.rows(out().resolve("rejects/partners.csv"))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("line", "15")
				.containsEntry("reason_code", "VALUE_TOO_LONG")
				.containsEntry("message", "partner_name is 5,242,880 characters long; at most 1,000 are read"));
		assertThat(RunCommand.rows(out().resolve("rejects/reported-lots.csv"))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("reason_code", "VALUE_TOO_LONG"));
		assertThat(RunCommand.rows(out().resolve("rejects/usage.csv"))).singleElement()
			.satisfies(row -> assertThat(row.get("message")).startsWith("ServiceName is 70,000 characters long"));
		assertThat(StoreQueries.usageSums(out())).anyMatch(s -> s.sum().subscriptionId().equals("s".repeat(985)));
	}

	private static void replaceLine(Path file, int line, String text) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		lines.set(line - 1, text);
		Files.write(file, lines);
	}

	@Test
	@DisplayName("V3: a missing required file refuses the input, exit 2, only run.json written")
	void v3MissingRequiredFileIsRefused() {
		// given
		InputFolder.minimal(input()).delete("offers.csv");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err).contains("offers.csv: required file is missing");
		assertThat(RunCommand.visibleOutputs(out())).containsExactly("run.json");
		assertThat(RunCommand.runJson(out()).get("exit_code").asInt()).isEqualTo(2);
	}

	@Test
	@DisplayName("V3: a missing required column refuses the input, exit 2, naming file and column")
	void v3MissingRequiredColumnIsRefused() {
		// given
		InputFolder.minimal(input()).file("billing-profiles.csv", """
				billing_profile_id,partner_id,profile_type,currency,has_payment_instrument
				BP1,P1,MCA_STANDARD,USD,true
				""");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err.strip())
			.isEqualTo("credits-recon: billing-profiles.csv: missing required column billing_account_id");
		assertThat(RunCommand.runJson(out()).get("error").asString()).contains("billing_account_id");
	}

	@Test
	@DisplayName("V3: a file that is not valid UTF-8 is refused, exit 2, naming file and line")
	void v3InvalidUtf8IsRefused() {
		// given
		byte[] latin1 = "partner_id,partner_name,country\nP1,Soci\u00e9t\u00e9,FR\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		InputFolder.minimal(input()).bytes("partners.csv", latin1);
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err).contains("partners.csv: not valid UTF-8 (line 2)");
	}

	@Test
	@DisplayName("V4: a reject ratio above max-reject-ratio writes the rejects and stops, exit 2")
	void v4RejectRatioAboveMaximumStops() {
		// given
		InputFolder.minimal(input()).file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err).contains("users.csv: 1 of 2 rows rejected (50.00%), above max-reject-ratio 0.01");
		assertThat(RunCommand.lines(out().resolve("rejects/users.csv"))).hasSize(2);
	}

	@Test
	@DisplayName("V5: nonsense input gets one line on the console, never a stack trace")
	void v5NoStackTraceReachesTheUser() {
		// given
		InputFolder.minimal(input()).bytes("purchases.csv", new byte[] { 0, (byte) 0xff, 1, 2, '\n', (byte) 0xc3 });
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err.strip().lines()).hasSize(1);
		assertThat(run.err + run.out).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	@DisplayName("extracts.md: a .csv.gz file and a BOM are read like a plain .csv")
	void gzipAndBomAreAccepted() throws IOException {
		// given
		ByteArrayOutputStream gz = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(gz)) {
			zip.write(("\uFEFFupn,partner_id,user_type,partner_admin\na@contoso.com,P1,MEMBER,true\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		InputFolder.minimal(input()).bytes("users.csv.gz", gz.toByteArray());
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode users = RunCommand.runJson(out()).get("inputs").get(4);
		assertThat(users.get("file").asString()).isEqualTo("users.csv.gz");
		assertThat(users.get("loaded").asLong()).isEqualTo(1);
	}

	@Test
	@DisplayName("N1: a later export restating a billing period supersedes the earlier rows of that profile only")
	void n1RestatedExportSupersedesEarlierRows() {
		// given
		InputFolder.minimal(input())
			.file("usage/2026-09-30-export.csv", InputFolder.FOCUS_HEADER + "\n"
					+ "10.00,USD,2026-09-01,Usage,2026-09-10,Microsoft,/subscriptions/S1,BP1,c1,Virtual Machines\n"
					+ "5.00,USD,2026-09-01,Usage,2026-09-11,Microsoft,/subscriptions/S1,BP1,c2,Virtual Machines\n"
					+ "7.00,USD,2026-09-01,Usage,2026-09-11,Microsoft,/subscriptions/S2,BP2,c3,Storage\n")
			.file("usage/2026-10-05-export/part_1.csv", InputFolder.FOCUS_HEADER + "\n"
					+ "11.00,USD,2026-09-01,Usage,2026-09-10,Microsoft,/subscriptions/S1,BP1,c1,Virtual Machines\n"
					+ "1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,/subscriptions/S1,BP1,c9,Virtual Machines\n")
			.file("usage/2026-10-05-export/part_2.csv", InputFolder.FOCUS_HEADER + "\n"
					+ "2.00,USD,2026-10-01,Usage,2026-10-03,Microsoft,/subscriptions/S2,BP2,c10,Storage\n");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode inputs = RunCommand.runJson(out()).get("inputs");
		JsonNode september = file(inputs, "usage/2026-09-30-export.csv");
		assertThat(september.get("loaded").asLong()).isEqualTo(3);
		assertThat(september.get("superseded").asLong()).isEqualTo(2); // BP1's September
																		// rows
		assertThat(file(inputs, "usage/2026-10-05-export/part_1.csv").get("superseded").asLong()).isZero();
		assertThat(StoreQueries.usageInEffect(out())).isEqualByComparingTo("21.00"); // 11
																						// +
																						// 7
																						// +
																						// 1
																						// +
																						// 2
	}

	@Test
	@DisplayName("V2 DUPLICATE_KEY: a charge ID repeated in a later partition of the same export is rejected there")
	void v2ChargeIdRepeatedAcrossPartitionsIsRejectedInTheLaterOne() {
		// given
		InputFolder.minimal(input())
			.file("policy.properties", "max-reject-ratio=1\n")
			.file("usage/2026-10-05-export/part_1.csv",
					InputFolder.FOCUS_HEADER + "\n" + "1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,VM\n"
							+ "1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,VM\n")
			.file("usage/2026-10-05-export/part_2.csv",
					InputFolder.FOCUS_HEADER + "\n" + "2.00,USD,2026-10-01,Usage,2026-10-03,Microsoft,S1,BP1,c2,VM\n"
							+ "3.00,USD,2026-10-01,Usage,2026-10-03,Microsoft,S1,BP1,c1,VM\n")
			.file("usage/2026-10-06-export.csv",
					InputFolder.FOCUS_HEADER + "\n" + "4.00,USD,2026-10-01,Usage,2026-10-04,Microsoft,S1,BP9,c1,VM\n");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(RunCommand.lines(out().resolve("rejects/usage.csv")))
			.extracting(l -> l.split(",")[0] + "," + l.split(",")[1] + "," + l.split(",")[2])
			.containsExactly("file,line,reason_code", "usage/2026-10-05-export/part_1.csv,3,DUPLICATE_KEY",
					"usage/2026-10-05-export/part_2.csv,3,DUPLICATE_KEY");
		JsonNode inputs = RunCommand.runJson(out()).get("inputs");
		assertThat(file(inputs, "usage/2026-10-05-export/part_2.csv").get("loaded").asLong()).isEqualTo(1);
		assertThat(file(inputs, "usage/2026-10-05-export/part_2.csv").get("rejected").asLong()).isEqualTo(1);
		assertThat(file(inputs, "usage/2026-10-06-export.csv").get("loaded").asLong()).isEqualTo(1);
	}

	@Test
	@DisplayName("usage: the partitions of one export sum into one row per key, in any order of files")
	void partitionsOfOneExportSumIntoOneRowPerKey() {
		// given: the same subscription, day and service in both partitions
		InputFolder.minimal(input())
			.file("usage/2026-10-05-export/part_1.csv", InputFolder.FOCUS_HEADER + "\n"
					+ "1.10,USD,2026-10-01,Usage,2026-10-02,Microsoft,/subscriptions/S1,BP1,c1,Virtual Machines\n"
					+ "0.000001,USD,2026-10-01,Usage,2026-10-02 13:00:00,Microsoft,s1,BP1,c2,virtual machines\n")
			.file("usage/2026-10-05-export/part_2.csv",
					InputFolder.FOCUS_HEADER + "\n"
							+ "2.20,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,bp1,c3,Virtual Machines\n"
							+ "-0.50,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c4,Virtual Machines\n");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then: exact, unrounded sums (rule T6), charges and refunds apart (rule C10)
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(StoreQueries.usageSums(out()))
			.extracting(s -> s.partnerId() + "|" + s.sum().subscriptionId() + "|" + s.sum().negative() + "|"
					+ s.sum().rows() + "|" + s.sum().amount().toPlainString())
			.containsExactlyInAnyOrder("P1|s1|false|3|3.300001", "P1|s1|true|1|-0.5");
	}

	@Test
	@DisplayName("V3: a usage file that is not valid UTF-8 is refused, exit 2, naming file and line")
	void v3InvalidUtf8UsageFileIsRefused() {
		// given: one usage file, so it is parsed ahead on a thread of its own
		byte[] latin1 = (InputFolder.FOCUS_HEADER + "\n1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,VM\n"
				+ "1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c2,Soci\u00e9t\u00e9\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		InputFolder.minimal(input()).bytes("usage/2026-10-05-export.csv", latin1);
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err).contains("usage/2026-10-05-export.csv: not valid UTF-8 (line 3)");
	}

	@Test
	@DisplayName("outputs.md: running the same command twice rewrites the same outputs")
	void sameCommandTwiceGivesTheSameOutputs() throws IOException {
		// given
		InputFolder.minimal(input()).file("users.csv", """
				upn,partner_id,user_type,partner_admin
				a@contoso.com,P1,MEMBER,true
				b@contoso.com,P9,MEMBER,false
				""").file("policy.properties", "max-reject-ratio=1\n");
		RunCommand first = RunCommand.run(input(), out());
		byte[] firstRejects = Files.readAllBytes(out().resolve("rejects/users.csv"));
		JsonNode firstInputs = RunCommand.runJson(out()).get("inputs");
		// when
		RunCommand second = RunCommand.run(input(), out());
		// then
		assertThat(first.exitCode).isZero();
		assertThat(second.exitCode).as(second.toString()).isZero();
		assertThat(Files.readAllBytes(out().resolve("rejects/users.csv"))).isEqualTo(firstRejects);
		assertThat(RunCommand.runJson(out()).get("inputs")).isEqualTo(firstInputs);
	}

	@Test
	@DisplayName("N2: a failed run is restarted by the same command and ends as an uninterrupted run")
	void failedRunIsRestartedBySameCommand() throws Exception {
		// given: the usage step cannot write its rejects (their folder is immutable), so
		// the run fails there
		InputFolder.minimal(input())
			.file("policy.properties", "max-reject-ratio=1\n")
			.file("usage/2026-10-05-export.csv",
					InputFolder.FOCUS_HEADER + "\n" + "1.00,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,VM\n"
							+ "oops,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c2,VM\n");
		Path rejects = Files.createDirectories(out().resolve(".staging/rejects"));
		RunCommand failed;
		try (AutoCloseable locked = FileFaults.immutable(rejects)) {
			failed = RunCommand.run(input(), out());
		}
		// when
		RunCommand restarted = RunCommand.run(input(), out());
		// then
		assertThat(failed.exitCode).as(failed.toString()).isEqualTo(1);
		assertThat(failed.err).contains("operation not permitted").contains("details in").doesNotContain("\tat ");
		assertThat(restarted.exitCode).as(restarted.toString()).isZero();
		assertThat(RunCommand.lines(out().resolve("rejects/usage.csv"))).hasSize(2);
		assertThat(StoreQueries.usageInEffect(out())).isEqualByComparingTo("1.00");
		// a restart, not a new run
		assertThat(StoreQueries.executionsOfLastInstance(out())).isEqualTo(2);
		Path uninterrupted = this.temp.resolve("uninterrupted");
		assertThat(RunCommand.run(input(), uninterrupted).exitCode).isZero();
		assertThat(RunCommand.runJson(out()).get("inputs")).isEqualTo(RunCommand.runJson(uninterrupted).get("inputs"));
		assertThat(Files.readAllBytes(out().resolve("rejects/usage.csv")))
			.isEqualTo(Files.readAllBytes(uninterrupted.resolve("rejects/usage.csv")));
	}

	@Test
	@DisplayName("N2: a run restarted after its simulation reports the simulation's totals, as-of and breaks as an uninterrupted run")
	void runRestartedAfterItsSimulationReportsAsAnUninterruptedRun() {
		// given: the samples, whose reconciliation fails once everything is simulated
		Path samples = Path.of("../input-samples");
		ReconciliationEngine failing = (input, settings) -> {
			throw new IllegalStateException("the reconciliation stopped");
		};
		RunCommand failed = RunCommand.runWith(samples, out(), Map.of(), ReconciliationEngine.class, failing);
		// when
		RunCommand restarted = RunCommand.run(samples, out());
		// then: the restart skipped the simulation, and still reports it
		assertThat(failed.exitCode).as(failed.toString()).isEqualTo(1);
		assertThat(failed.err).contains("the reconciliation stopped");
		assertThat(restarted.exitCode).as(restarted.toString()).isZero();
		assertThat(StoreQueries.executionsOfLastInstance(out())).isEqualTo(2);
		assertThat(RunCommand.runJson(out()).get("durations_ms").has("simulateStep")).isFalse();
		Path uninterrupted = this.temp.resolve("uninterrupted");
		RunCommand whole = RunCommand.run(samples, uninterrupted);
		assertThat(whole.exitCode).isZero();
		for (String field : List.of("as_of", "policy", "totals", "breaks", "outputs")) {
			assertThat(RunCommand.runJson(out()).get(field)).as(field)
				.isEqualTo(RunCommand.runJson(uninterrupted).get(field));
		}
		assertThat(RunCommand.runJson(out()).get("totals")).isNotEmpty();
		assertThat(restarted.out).isEqualTo(whole.out.replace(uninterrupted.toString(), out().toString()));
	}

	@Test
	@DisplayName("T4: the stored usage sums do not depend on the order of rows, nor on how an export is partitioned")
	void t4UsageSumsDoNotDependOnRowOrderOrPartitions() {
		// given: the same rows, once in one file, once shuffled over three partitions
		List<String> rows = List.of("1.10,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c1,Virtual Machines",
				"2.20,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c2,Virtual Machines",
				"0.333,USD,2026-10-01,Usage,2026-10-03,Microsoft,S2,BP2,c3,Storage",
				"-0.50,USD,2026-10-01,Usage,2026-10-02,Microsoft,S1,BP1,c4,Virtual Machines",
				"9.99,USD,2026-10-01,Usage,2026-10-04,AWS,S9,BP2,c5,EC2",
				"0.001,USD,2026-10-01,Credit,2026-10-04,Microsoft,S2,BP2,c6,");
		Path oneFile = this.temp.resolve("one");
		InputFolder.minimal(oneFile)
			.file("usage/2026-10-05-export.csv", InputFolder.FOCUS_HEADER + "\n" + String.join("\n", rows) + "\n");
		Path partitioned = this.temp.resolve("three");
		InputFolder.minimal(partitioned)
			.file("usage/2026-10-05-export/a.csv",
					InputFolder.FOCUS_HEADER + "\n" + rows.get(5) + "\n" + rows.get(2) + "\n")
			.file("usage/2026-10-05-export/b.csv",
					InputFolder.FOCUS_HEADER + "\n" + rows.get(3) + "\n" + rows.get(0) + "\n")
			.file("usage/2026-10-05-export/c.csv",
					InputFolder.FOCUS_HEADER + "\n" + rows.get(4) + "\n" + rows.get(1) + "\n");
		// when
		RunCommand first = RunCommand.run(oneFile, this.temp.resolve("out-one"));
		RunCommand second = RunCommand.run(partitioned, this.temp.resolve("out-three"));
		// then
		assertThat(first.exitCode).as(first.toString()).isZero();
		assertThat(second.exitCode).as(second.toString()).isZero();
		assertThat(StoreQueries.usageSums(this.temp.resolve("out-three"))).hasSize(5)
			.containsExactlyInAnyOrderElementsOf(StoreQueries.usageSums(this.temp.resolve("out-one")));
	}

	@Test
	@DisplayName("--rollout replaces the input folder's rollout.csv; --policy overrides policy.properties")
	void rolloutAndPolicyOptions() throws IOException {
		// given
		InputFolder.minimal(input()).file("rollout.csv", "scope,modernized_from\nUS,2026-01-01\n");
		Path rollout = Files.writeString(this.temp.resolve("what-if.csv"),
				"scope,modernized_from\nEMEA,2026-03-01\nDE,2026-04-01\n");
		Path policy = Files.writeString(this.temp.resolve("policy.properties"), "monthly-period=CALENDAR\n");
		// when
		RunCommand run = RunCommand.run(input(), out(), "--rollout", rollout.toString(), "--policy", policy.toString());
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode json = RunCommand.runJson(out());
		assertThat(json.get("policy").get("monthly-period").asString()).isEqualTo("CALENDAR");
		assertThat(file(json.get("inputs"), rollout.toString()).get("loaded").asLong()).isEqualTo(2);
	}

	@Test
	@DisplayName("N3: a bad policy value refuses the input, exit 2")
	void badPolicyIsRefused() {
		// given
		InputFolder.minimal(input()).file("policy.properties", "monthly-period=WEEKLY\n");
		// when
		RunCommand run = RunCommand.run(input(), out());
		// then
		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.err)
			.contains("policy.properties: monthly-period must be one of [ANNIVERSARY, CALENDAR], not 'WEEKLY'");
	}

	@Test
	@DisplayName("the command line: --help lists run; an unknown command or option is exit 2")
	void commandLine() {
		assertThat(RunCommand.run("--help").out).contains("run").contains("--input");
		assertThat(RunCommand.run("frobnicate").exitCode).isEqualTo(2);
		RunCommand badOption = RunCommand.run("run", "--input", ".", "--out", "x", "--colour", "red");
		assertThat(badOption.exitCode).isEqualTo(2);
		assertThat(badOption.err).contains("unknown option '--colour'");
	}

	private static JsonNode file(JsonNode inputs, String path) {
		for (JsonNode input : inputs) {
			if (input.get("file").asString().equals(path)) {
				return input;
			}
		}
		throw new AssertionError("no input " + path + " in " + inputs);
	}

}
