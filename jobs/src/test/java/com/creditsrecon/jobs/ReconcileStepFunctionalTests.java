package com.creditsrecon.jobs;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import com.creditsrecon.jobs.reconcile.ReconciliationEngine;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.ReconciliationInput;
import com.creditsrecon.model.reconcile.ReconciliationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconcile steps of the {@code run} command: input-samples with reported extracts
 * made from its own outputs, faithful but for a few deliberate differences, each of which
 * shows as exactly the break rows rules RC1 to RC6 give it; header-only files when there
 * is nothing to compare; the exit code of {@code --fail-on-breaks} (rule N3); and the
 * same bytes whatever the partitions, the blocks, or a restart.
 */
class ReconcileStepFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	private static final String AS_OF = HandMadeReports.AS_OF;

	private static final String BREAKS_HEADER = "object,key,reported_key,match_method,field,expected,reported,"
			+ "difference,break_class,currency,partner_id,break_id,partner_name,country";

	private static final String SUMMARY_HEADER = "object,break_class,currency,count,abs_difference";

	/** The two months whose REPORTED_CREDIT usage differs from the simulated charges. */
	private static final List<String> REPORTED_CREDIT_BREAKS = List.of(
			"TRANSACTIONS,CT2A-2K5Q-AJ6-EMT|2026-09|USD,CT2A-2K5Q-AJ6-EMT|2026-09|USD,ATTRIBUTES,reported_credit,"
					+ "428.05,100.00,-328.05,UNEXPLAINED,USD,6100231,d4cec9a0ca86ab66,Contoso Cloud GmbH,DE",
			"TRANSACTIONS,LWAP-9JTG-XBM-TJR|2026-09|USD,LWAP-9JTG-XBM-TJR|2026-09|USD,ATTRIBUTES,reported_credit,"
					+ "230.75,84.32,-146.43,UNEXPLAINED,USD,6101124,fa659462b6fec804,\"Litware, Inc.\",US");

	@TempDir
	static Path temp;

	/** input-samples without their reported extracts. */
	private static Path unreported;

	/** The run of {@link #unreported}. */
	private static Path baseline;

	/** input-samples with the hand-made reported extracts, and its run. */
	private static Path handMade;

	private static Path handMadeOut;

	private static RunCommand handMadeRun;

	@BeforeAll
	static void runTheSamples() {
		unreported = temp.resolve("samples-unreported");
		HandMadeReports.copyWithoutReports(SAMPLES, unreported);
		baseline = temp.resolve("baseline");
		RunCommand run = RunCommand.run(unreported, baseline, "--as-of", AS_OF);
		assertThat(run.exitCode).as(run.toString()).isZero();
		handMade = HandMadeReports.handMade(SAMPLES, baseline, temp.resolve("hand-made"));
		handMadeOut = temp.resolve("hand-made-out");
		handMadeRun = RunCommand.run(handMade, handMadeOut, "--as-of", AS_OF);
		assertThat(handMadeRun.exitCode).as(handMadeRun.toString()).isZero();
	}

	@Test
	@DisplayName("RC1–RC6: faithful reported rows give no break; each difference gives its rows, classes and summary")
	void handMadeDifferencesGiveExactlyTheirBreaks() {
		List<String> expected = new ArrayList<>(List.of(BREAKS_HEADER,
				// RC5: Partner Center's benefits
				"BENEFIT,,PU9999-AZBULK,NONE,UNEXPECTED_IN_REPORT,,12.50,12.50,UNEXPLAINED,,,99254936b7d5ed14,,",
				"BENEFIT,PU0402-AZBULK,PU0402-AZBULK,REFERENCE,credits_consumed,285.93,0.00,-285.93,UNEXPLAINED,USD,6100913,4a5cf41647c6462e,Adatum B.V.,NL",
				"BENEFIT,PU0402-AZBULK,PU0402-AZBULK,REFERENCE,status,ACTIVE,EXPIRED,,UNEXPLAINED,USD,6100913,c46c109c01b3a94f,Adatum B.V.,NL",
				"BENEFIT,PU0802-CPSEC,,NONE,MISSING_IN_REPORT,2400.00,,-2400.00,UNEXPLAINED,USD,6101845,a1a3bc6f481942f2,Woodgrove Consulting K.K.,JP",
				// RC3: unexpected at a partner, at the partner of the second reference,
				// at
				// none
				"LOT,,CWMR-S4YV-73S-6L9|PO-4711|2026-06-01,NONE,UNEXPECTED_IN_REPORT,,1234.00,1234.00,UNEXPLAINED,USD,6102541,0851b370ca54e961,Coho Winery Tecnologia Ltda,BR",
				"LOT,,TTXR-VAKQ-V2Z-LQ9|PU1001-AZBULK-01|2025-11-20,NONE,UNEXPECTED_IN_REPORT,,4408.67,4408.67,"
						+ "UNEXPLAINED,USD,6101590,8b08e0ee7d638636,Tailspin Toys Canada Inc.,CA",
				"LOT,,ZZZZ-0000-UNK-NOWN|PO-1|2026-10-01,NONE,UNEXPECTED_IN_REPORT,,10.00,10.00,UNEXPLAINED,EUR,,0ab95965b99f3e3b,,",
				// RC2, RC4: each differing field of a pair, the pair's class
				"LOT,PU0201-AZBULK-01,FBHW-FJQE-D8N-N6M|PU0201-AZBULK-01|2025-09-23,REFERENCE,closed_balance,0.00,"
						+ "50.00,50.00,LAPSE_NOT_APPLIED,USD,6100457,fde570bc42a3b740,Fabrikam Solutions Ltd,GB",
				"LOT,PU0201-AZBULK-01,FBHW-FJQE-D8N-N6M|PU0201-AZBULK-01|2025-09-23,REFERENCE,status,EXPIRED,Active,,"
						+ "LAPSE_NOT_APPLIED,USD,6100457,3dfcca04b41a5976,Fabrikam Solutions Ltd,GB",
				"LOT,PU0402-AZBULK-01,AD7E-JFSU-52H-3GK|PU0402-AZBULK-01|2026-09-21,REFERENCE,closed_balance,5714.07,"
						+ "5732.49,18.42,TIMING,USD,6100913,bfaa20ecdfe775e9,Adatum B.V.,NL",
				"LOT,PU0504-AZBULK-01,LWAP-9JTG-XBM-TJR||2025-11-11,ATTRIBUTES,expiration_date,2026-11-09,2026-11-10,,"
						+ "UNEXPLAINED,USD,6101124,c7087509d0b89b96,\"Litware, Inc.\",US",
				"LOT,PU0601-GHCOPILOT-01,PWK3-Y659-KYQ-7ZX|PU0601-GHCOPILOT-01|2025-10-28,REFERENCE,closed_balance,"
						+ "0.00,20.00,20.00,REVOCATION_NOT_APPLIED,USD,6101378,d3c076310f922560,Proseware LLC,US",
				"LOT,PU0601-GHCOPILOT-01,PWK3-Y659-KYQ-7ZX|PU0601-GHCOPILOT-01|2025-10-28,REFERENCE,status,REVOKED,"
						+ "Active,,REVOCATION_NOT_APPLIED,USD,6101378,0f3c1f29be939db6,Proseware LLC,US",
				"LOT,PU0802-CPSEC-01,,NONE,MISSING_IN_REPORT,2400.00,,-2400.00,DEPOSIT_MISSING,USD,6101845,dd3193abf6f75e3c,Woodgrove Consulting K.K.,JP",
				"LOT,PU0802-GHEMETER-01,RCE8-K743-C4T-XP7|PU0802-GHEMETER-01|2025-11-07,REFERENCE,billing_profile_id,"
						+ "WGFT-YVFG-P7B-JUQ,RCE8-K743-C4T-XP7,,UNEXPLAINED,USD,6101845,9260887554f89631,Woodgrove Consulting K.K.,JP",
				"LOT,PU1401-GHEMETER-01,RCE8-K743-C4T-XP7|PU1401-GHEMETER-01|2025-12-08,REFERENCE,closed_balance,"
						+ "1992.93,1982.93,-10.00,UNEXPLAINED,USD,6103258,7b012e14aa897bc4,Relecloud Pte Ltd,SG",
				// RC6: a month of no known profile, a missing charge
				"TRANSACTIONS,,ZZZZ-0000-UNK-NOWN|2026-10|EUR,NONE,new_credit,0.00,10.00,10.00,UNEXPLAINED,EUR,,215d9e5874fc6708,,",
				"TRANSACTIONS,AD7E-JFSU-52H-3GK|2026-10|USD,AD7E-JFSU-52H-3GK|2026-10|USD,ATTRIBUTES,charges,334.60,"
						+ "324.75,-9.85,UNEXPLAINED,USD,6100913,c322d0218b2ac636,Adatum B.V.,NL"));
		expected.addAll(REPORTED_CREDIT_BREAKS);
		assertThat(RunCommand.lines(handMadeOut.resolve("reconciliation/breaks.csv")))
			.containsExactlyElementsOf(expected);
		assertThat(RunCommand.lines(handMadeOut.resolve("reconciliation/summary.csv"))).containsExactly(SUMMARY_HEADER,
				"BENEFIT,UNEXPLAINED,,1,", "BENEFIT,UNEXPLAINED,USD,3,2685.93", "LOT,DEPOSIT_MISSING,USD,1,2400.00",
				"LOT,LAPSE_NOT_APPLIED,USD,2,50.00", "LOT,REVOCATION_NOT_APPLIED,USD,2,20.00", "LOT,TIMING,USD,1,18.42",
				"LOT,UNEXPLAINED,EUR,1,10.00", "LOT,UNEXPLAINED,USD,5,5652.67", "TRANSACTIONS,UNEXPLAINED,EUR,1,10.00",
				"TRANSACTIONS,UNEXPLAINED,USD,3,484.33");
	}

	@Test
	@DisplayName("RC1: of reported lots that name one lot, the first in tie order takes the lot, even on another partner's profile")
	void theFirstInTieOrderOfASharedReferenceTakesTheLot() throws IOException {
		// given: the hand-made extracts, and one more lot naming Alpine's lot, on
		// Adatum's
		// profile: first in tie order (its profile sorts first), before Alpine's own row
		Path input = temp.resolve("shared-reference");
		try (Stream<Path> files = Files.walk(handMade)) {
			for (Path file : files.toList()) {
				Path copy = input.resolve(handMade.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		Files.writeString(input.resolve("reported-lots.csv"), "AD7E-JFSU-52H-3GK,PU1001-AZBULK-01,,USD,6000.00,"
				+ "4408.67,2025-11-20,2026-11-19,Active," + AS_OF + "\n", StandardOpenOption.APPEND);
		// when
		Path out = temp.resolve("shared-reference-out");
		RunCommand run = RunCommand.run(input, out, "--as-of", AS_OF);
		// then: Adatum's row pairs with Alpine's lot (only its profile differs), Alpine's
		// own row is unexpected
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<String> lots = RunCommand.lines(out.resolve("reconciliation/breaks.csv"))
			.stream()
			.filter(line -> line.contains("PU1001-AZBULK-01"))
			// the spec's columns up to partner_id (none of them holds a comma)
			.map(line -> String.join(",", Arrays.asList(line.split(",", -1)).subList(0, 11)))
			.toList();
		assertThat(lots).containsExactly(
				"LOT,,ASA3-B3CE-4YQ-UHR|PU1001-AZBULK-01|2025-11-20,NONE,UNEXPECTED_IN_REPORT,,4408.67,4408.67,"
						+ "UNEXPLAINED,USD,6102309",
				"LOT,,TTXR-VAKQ-V2Z-LQ9|PU1001-AZBULK-01|2025-11-20,NONE,UNEXPECTED_IN_REPORT,,4408.67,4408.67,"
						+ "UNEXPLAINED,USD,6101590",
				"LOT,PU1001-AZBULK-01,AD7E-JFSU-52H-3GK|PU1001-AZBULK-01|2025-11-20,REFERENCE,billing_profile_id,"
						+ "ASA3-B3CE-4YQ-UHR,AD7E-JFSU-52H-3GK,,UNEXPLAINED,USD,6102309");
	}

	@Test
	@DisplayName("run.json: the breaks' count, per currency their count and absolute differences, materiality, the files")
	void runJsonHasTheBreaks() {
		JsonNode json = RunCommand.runJson(handMadeOut);
		assertThat(json.get("exit_code").asInt()).isZero();
		JsonNode breaks = json.get("breaks");
		assertThat(breaks.get("count").asLong()).isEqualTo(20);
		assertThat(breaks.has("abs_difference")).isFalse();
		assertThat(breaks.get("by_currency").toString())
			.isEqualTo("[{\"currency\":null,\"count\":1,\"abs_difference\":null},"
					+ "{\"currency\":\"EUR\",\"count\":2,\"abs_difference\":\"20.00\"},"
					+ "{\"currency\":\"USD\",\"count\":17,\"abs_difference\":\"11311.35\"}]");
		assertThat(breaks.get("material").asBoolean()).isTrue();
		List<String> outputs = new ArrayList<>();
		json.get("outputs").forEach(o -> {
			outputs.add(o.get("file").asString());
			assertThat(o.get("sha256").asString()).hasSize(64);
		});
		assertThat(outputs).contains("reconciliation/breaks.csv", "reconciliation/summary.csv");
		assertThat(json.get("durations_ms").has("reconcile")).isTrue();
		assertThat(json.get("durations_ms").has("reconcileStep")).isTrue();
		assertThat(handMadeRun.out).contains("breaks: 20 (no currency 1; EUR 2, abs difference 20.00; USD 17,"
				+ " abs difference 11311.35), above materiality: " + handMadeOut.resolve("reconciliation/breaks.csv"));
	}

	@Test
	@DisplayName("N3: breaks never change the exit code without --fail-on-breaks; with it, material breaks exit 3")
	void failOnBreaksExitsThreeWhenMaterial() throws IOException {
		// given: the samples' breaks: two months of REPORTED_CREDIT usage, 474.48 USD
		Path lenient = temp.resolve("lenient");
		HandMadeReports.copyWithoutReports(SAMPLES, lenient);
		Files.writeString(lenient.resolve("policy.properties"), "materiality=500.00\n");
		// when
		RunCommand strict = RunCommand.run(unreported, temp.resolve("strict-out"), "--as-of", AS_OF,
				"--fail-on-breaks");
		RunCommand underMateriality = RunCommand.run(lenient, temp.resolve("lenient-out"), "--fail-on-breaks",
				"--as-of", AS_OF);
		// then
		assertThat(strict.exitCode).as(strict.toString()).isEqualTo(3);
		assertThat(strict.err).contains("breaks above materiality");
		assertThat(RunCommand.runJson(temp.resolve("strict-out")).get("exit_code").asInt()).isEqualTo(3);
		assertThat(underMateriality.exitCode).as(underMateriality.toString()).isZero();
		JsonNode breaks = RunCommand.runJson(temp.resolve("lenient-out")).get("breaks");
		assertThat(breaks.get("count").asLong()).isEqualTo(2);
		assertThat(breaks.get("by_currency").get(0).get("abs_difference").asString()).isEqualTo("474.48");
		assertThat(breaks.get("material").asBoolean()).isFalse();
		JsonNode withoutFlag = RunCommand.runJson(baseline);
		assertThat(withoutFlag.get("exit_code").asInt()).isZero();
		assertThat(withoutFlag.get("breaks").get("material").asBoolean()).isTrue();
		assertThat(RunCommand.lines(baseline.resolve("reconciliation/breaks.csv")))
			.containsExactlyElementsOf(concat(List.of(BREAKS_HEADER), REPORTED_CREDIT_BREAKS));
		assertThat(RunCommand.lines(baseline.resolve("reconciliation/summary.csv"))).containsExactly(SUMMARY_HEADER,
				"TRANSACTIONS,UNEXPLAINED,USD,2,474.48");
	}

	@Test
	@DisplayName("RC: no reported extract and no REPORTED_CREDIT usage: header-only files, no break, exit 0")
	void nothingToCompareWritesHeaderOnlyFiles() {
		// given
		Path input = InputFolder.minimal(temp.resolve("minimal")).path();
		Path out = temp.resolve("minimal-out");
		// when
		RunCommand run = RunCommand.run(input, out, "--fail-on-breaks");
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(RunCommand.lines(out.resolve("reconciliation/breaks.csv"))).containsExactly(BREAKS_HEADER);
		assertThat(RunCommand.lines(out.resolve("reconciliation/summary.csv"))).containsExactly(SUMMARY_HEADER);
		JsonNode breaks = RunCommand.runJson(out).get("breaks");
		assertThat(breaks.get("count").asLong()).isZero();
		assertThat(breaks.get("by_currency").size()).isZero();
		assertThat(breaks.get("material").asBoolean()).isFalse();
		assertThat(StoreQueries.rows(out, "SELECT COUNT(*) FROM cr_result_break")).containsExactly("0");
		assertThat(run.out).contains("breaks: 0: ");
	}

	@Test
	@DisplayName("RC: a reported extract whose rows all come after as-of is present: every simulated lot is missing")
	void extractWithOnlyLaterRowsIsPresent() {
		// given
		Path input = temp.resolve("later");
		HandMadeReports.copyWithoutReports(SAMPLES, input);
		List<Map<String, String>> later = new ArrayList<>(HandMadeReports.lots(baseline, "2026-11-01").values());
		HandMadeReports.write(input.resolve("reported-lots.csv"), HandMadeReports.LOT_COLUMNS, later);
		Path out = temp.resolve("later-out");
		// when
		RunCommand run = RunCommand.run(input, out, "--as-of", AS_OF);
		// then
		assertThat(run.exitCode).as(run.toString()).isZero();
		List<Map<String, String>> breaks = RunCommand.rows(out.resolve("reconciliation/breaks.csv"));
		List<Map<String, String>> lotBreaks = breaks.stream().filter(b -> b.get("object").equals("LOT")).toList();
		assertThat(lotBreaks).hasSize(later.size())
			.allMatch(b -> b.get("field").equals(BreakRow.MISSING_IN_REPORT))
			.allMatch(b -> b.get("break_class").equals("DEPOSIT_MISSING"));
		BigDecimal missing = lotBreaks.stream()
			.map(b -> new BigDecimal(b.get("expected")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal simulated = later.stream()
			.map(l -> new BigDecimal(l.get("closed_balance")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(missing).isEqualByComparingTo(simulated);
		assertThat(breaks).hasSize(later.size() + REPORTED_CREDIT_BREAKS.size());
	}

	@Test
	@DisplayName("N2, T4: a reconciliation that failed restarts after its last block; blocks and partitions never show")
	void restartedReconciliationRewritesTheSameBytes() throws IOException {
		// given: the reconciliation of Wingtip (6102067) fails once, blocks of one
		// partner
		Path out = temp.resolve("restarted-out");
		AtomicBoolean failed = new AtomicBoolean();
		ReconciliationEngine failingOnce = new ReconciliationEngine() {
			@Override
			public List<BreakRow> reconcile(ReconciliationInput input, ReconciliationSettings settings) {
				boolean wingtip = input.lots().stream().anyMatch(l -> l.partnerId().equals("6102067"));
				if (wingtip && failed.compareAndSet(false, true)) {
					throw new IllegalStateException("the reconciliation stopped at Wingtip");
				}
				return ReconciliationEngine.standard().reconcile(input, settings);
			}
		};
		RunCommand failedRun = run(failingOnce, handMade, out, 3, 1);
		// a block written before the step recorded it: the restart deletes it
		StoreQueries.execute(out,
				"INSERT INTO cr_result_break (sim_partner_id, seq, break_object, break_key, reported_key, field_name)"
						+ " VALUES ('6102309', 0, 'LOT', 'JUNK', '', 'status')");
		// when
		RunCommand restarted = run(ReconciliationEngine.standard(), handMade, out, 1, 2);
		// then
		assertThat(failedRun.exitCode).as(failedRun.toString()).isEqualTo(1);
		assertThat(failedRun.err).contains("the reconciliation stopped at Wingtip");
		assertThat(restarted.exitCode).as(restarted.toString()).isZero();
		assertThat(StoreQueries.executionsOfLastInstance(out)).isEqualTo(2);
		for (String file : List.of("reconciliation/breaks.csv", "reconciliation/summary.csv")) {
			assertThat(Files.readAllBytes(out.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(handMadeOut.resolve(file)));
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * Runs {@code run --input INPUT --out OUT --as-of AS_OF} as the command line does,
	 * with a reconciliation engine, partitions, and partners per simulation block (the
	 * reconciliation's blocks) and profiles per block of rows of no known partner.
	 */
	private static RunCommand run(ReconciliationEngine engine, Path input, Path out, int partitions,
			int blockPartners) {
		return RunCommand.runWith(input, out,
				Map.of("credits-recon.simulate.partitions", partitions, "credits-recon.simulate.block-partners",
						blockPartners, "credits-recon.reconcile.block-profiles", blockPartners),
				ReconciliationEngine.class, engine, "--as-of", AS_OF);
	}

}
