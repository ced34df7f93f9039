package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The bundled samples' reported extracts (input-samples/README.md): Azure's lots, credit
 * transactions and Partner Center's benefits as of 2026-10-31, faithful to the simulation
 * but for a handful of faults, each of which must show as exactly its break rows, with
 * its class. Every row below was worked out by hand from the fault planted; its break_id
 * by {@code printf '%s' 'object|key|reported_key|field' | sha256sum | cut -c1-16}, so
 * that a change of the IDs from one version to the next shows here.
 */
class SamplesReconciliationFunctionalTests {

	private static final Path SAMPLES = Path.of("../input-samples");

	@TempDir
	static Path out;

	private static RunCommand run;

	@BeforeAll
	static void runTheSamples() {
		run = RunCommand.run(SAMPLES, out, "--fail-on-breaks");
	}

	@Test
	@DisplayName("RC1–RC6: the samples' faults, and only they, are breaks, each with its class")
	void samplesFaultsAreTheBreaks() {
		assertThat(RunCommand.lines(out.resolve("reconciliation/breaks.csv"))).containsExactly(
				"object,key,reported_key,match_method,field,expected,reported,difference,break_class,currency,partner_id,break_id,partner_name,country",
				// RC5: a benefit Partner Center does not know of, credits consumed
				// lagging,
				// a status ahead, a benefit missing
				"BENEFIT,,PU9901-AZBULK,NONE,UNEXPECTED_IN_REPORT,,0.00,0.00,UNEXPLAINED,,,0cb261bf23589de3,,",
				"BENEFIT,PU0802-GHEMETER,PU0802-GHEMETER,REFERENCE,credits_consumed,206.50,180.00,-26.50,UNEXPLAINED,USD,6101845,4337682aa27916d3,Woodgrove Consulting K.K.,JP",
				"BENEFIT,PU0901-CPSEC,PU0901-CPSEC,REFERENCE,status,ACTIVE,COMPLETE,,UNEXPLAINED,USD,6102067,cc76e2a6dfe05321,Wingtip Partners Pty Ltd,AU",
				"BENEFIT,PU1101-AZMONTHLY,,NONE,MISSING_IN_REPORT,0.00,,0.00,UNEXPLAINED,USD,6102541,e0129e453a48abf9,Coho Winery Tecnologia Ltda,BR",
				// RC3: a promotional credit the simulation knows nothing of
				"LOT,,CT5J-9AUR-DKZ-JDL|PO-77120|2026-10-01,NONE,UNEXPECTED_IN_REPORT,,250.00,250.00,UNEXPLAINED,USD,6100231,eb32edf2cf2f193f,Contoso Cloud GmbH,DE",
				// RC2: a different original amount
				"LOT,PU0103-CPSEC-01,CT2A-2K5Q-AJ6-EMT|PU0103-CPSEC-01|2025-11-04,REFERENCE,original_amount,1200.00,"
						+ "1300.00,100.00,UNEXPLAINED,USD,6100231,144acedb8e57d69d,Contoso Cloud GmbH,DE",
				// RC4: a EUR monthly lot Azure did not lapse
				"LOT,PU0301-AZMONTHLY-01,NWWR-NHZ3-FL8-UFA|PU0301-AZMONTHLY-01|2025-10-14,REFERENCE,closed_balance,"
						+ "0.00,95.00,95.00,LAPSE_NOT_APPLIED,EUR,6100682,ace071c74c9fecf3,Northwind Traders SARL,FR",
				"LOT,PU0301-AZMONTHLY-01,NWWR-NHZ3-FL8-UFA|PU0301-AZMONTHLY-01|2025-10-14,REFERENCE,status,LAPSED,"
						+ "Active,,LAPSE_NOT_APPLIED,EUR,6100682,2dc6ca8cedf27bb5,Northwind Traders SARL,FR",
				// RC4: the last two days' charges (8.57 + 9.85) not applied yet
				"LOT,PU0402-AZBULK-01,AD7E-JFSU-52H-3GK|PU0402-AZBULK-01|2026-09-21,REFERENCE,closed_balance,5714.07,"
						+ "5732.49,18.42,TIMING,USD,6100913,bfaa20ecdfe775e9,Adatum B.V.,NL",
				// RC4: a bulk year Azure did not expire
				"LOT,PU0502-AZBULK-01,LWAP-9JTG-XBM-TJR|PU0502-AZBULK-01|2025-04-16,REFERENCE,closed_balance,0.00,"
						+ "12000.00,12000.00,LAPSE_NOT_APPLIED,USD,6101124,95e21e6ea52de563,\"Litware, Inc.\",US",
				"LOT,PU0502-AZBULK-01,LWAP-9JTG-XBM-TJR|PU0502-AZBULK-01|2025-04-16,REFERENCE,status,EXPIRED,Active,,"
						+ "LAPSE_NOT_APPLIED,USD,6101124,3df47977d795ac60,\"Litware, Inc.\",US",
				// RC2: credit deposited on the partner's other profile
				"LOT,PU0504-AZBULK-01,LW8A-PVTU-3G5-KMT|PU0504-AZBULK-01|2025-11-10,REFERENCE,billing_profile_id,"
						+ "LWAP-9JTG-XBM-TJR,LW8A-PVTU-3G5-KMT,,UNEXPLAINED,USD,6101124,c150730663a3b1a7,\"Litware, Inc.\",US",
				// RC4: the FRAUD revocation not applied by Azure
				"LOT,PU0601-GHCOPILOT-01,PWK3-Y659-KYQ-7ZX|PU0601-GHCOPILOT-01|2025-10-28,REFERENCE,closed_balance,"
						+ "0.00,1092.00,1092.00,REVOCATION_NOT_APPLIED,USD,6101378,d3c076310f922560,Proseware LLC,US",
				"LOT,PU0601-GHCOPILOT-01,PWK3-Y659-KYQ-7ZX|PU0601-GHCOPILOT-01|2025-10-28,REFERENCE,status,REVOKED,"
						+ "Active,,REVOCATION_NOT_APPLIED,USD,6101378,0f3c1f29be939db6,Proseware LLC,US",
				// RC3, RC4: a deposit Azure does not show
				"LOT,PU0802-CPSEC-01,,NONE,MISSING_IN_REPORT,2400.00,,-2400.00,DEPOSIT_MISSING,USD,6101845,dd3193abf6f75e3c,Woodgrove Consulting K.K.,JP",
				// RC4: the day's charge (195.00) not applied yet
				"LOT,PU1201-GHCOPILOT-01,TR2W-ZC2U-ELB-6JC|PU1201-GHCOPILOT-01|2025-11-13,REFERENCE,closed_balance,"
						+ "585.00,780.00,195.00,TIMING,USD,6102786,177d59021a25eb36,Trey Research S.A. de C.V.,MX",
				// RC6: the usage exports' credits against the simulated charges, and a
				// charge 25.00 too high
				"TRANSACTIONS,CT2A-2K5Q-AJ6-EMT|2026-09|USD,CT2A-2K5Q-AJ6-EMT|2026-09|USD,ATTRIBUTES,reported_credit,"
						+ "428.05,100.00,-328.05,UNEXPLAINED,USD,6100231,d4cec9a0ca86ab66,Contoso Cloud GmbH,DE",
				"TRANSACTIONS,LWAP-9JTG-XBM-TJR|2026-09|USD,LWAP-9JTG-XBM-TJR|2026-09|USD,ATTRIBUTES,reported_credit,"
						+ "230.75,84.32,-146.43,UNEXPLAINED,USD,6101124,fa659462b6fec804,\"Litware, Inc.\",US",
				"TRANSACTIONS,WGFT-YVFG-P7B-JUQ|2026-10|USD,WGFT-YVFG-P7B-JUQ|2026-10|USD,ATTRIBUTES,charges,1316.24,"
						+ "1341.24,25.00,UNEXPLAINED,USD,6101845,c65ac4ef4354842f,Woodgrove Consulting K.K.,JP");
	}

	@Test
	@DisplayName("RC1: lots without a reference, one a day late, and lots named by their benefit pair with no break")
	void attributeAndBenefitReferencesPair() {
		// PU0301-AZBULK-01, PU0103-AZMONTHLY-05/06 and PU0401-AZMONTHLY-01 have a blank
		// lot_reference (06 starting a day late); PU0102-AZBULK-01 and
		// PU0201-GHEMETER-01 are named by their benefit; AD8V's October charge is split
		// into settled and pending rows
		assertThat(RunCommand.rows(out.resolve("reconciliation/breaks.csv"))).noneMatch(b -> b.get("key")
			.matches("PU0301-AZBULK-01|PU0103-AZMONTHLY-0[56]|PU0401-AZMONTHLY-01"
					+ "|PU0102-AZBULK-01|PU0201-GHEMETER-01|AD8V-.*"));
	}

	@Test
	@DisplayName("summary.csv and N3: per object, class and currency; material breaks exit 3 with --fail-on-breaks")
	void summaryAndExitCode() {
		// the EUR and USD lapses apart, the benefit of no currency with no amount
		assertThat(RunCommand.lines(out.resolve("reconciliation/summary.csv"))).containsExactly(
				"object,break_class,currency,count,abs_difference", "BENEFIT,UNEXPLAINED,,1,",
				"BENEFIT,UNEXPLAINED,USD,3,26.50", "LOT,DEPOSIT_MISSING,USD,1,2400.00",
				"LOT,LAPSE_NOT_APPLIED,EUR,2,95.00", "LOT,LAPSE_NOT_APPLIED,USD,2,12000.00",
				"LOT,REVOCATION_NOT_APPLIED,USD,2,1092.00", "LOT,TIMING,USD,2,213.42", "LOT,UNEXPLAINED,USD,3,350.00",
				"TRANSACTIONS,UNEXPLAINED,USD,3,499.48");
		assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
		JsonNode breaks = RunCommand.runJson(out).get("breaks");
		assertThat(breaks.get("count").asLong()).isEqualTo(19);
		assertThat(breaks.get("material").asBoolean()).isTrue();
		assertThat(breaks.has("abs_difference")).isFalse();
		assertThat(run.out).contains("breaks: 19 (no currency 1; EUR 2, abs difference 95.00; USD 16, abs difference"
				+ " 16581.40), above materiality: " + out.resolve("reconciliation/breaks.csv"));
	}

}
