package com.creditsrecon.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reported extracts derived from a hand-made truth: faithful without faults, and with
 * faults exactly what the answer key says.
 */
class ReportedExtractsTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

	private static final String LOTS_HEADER = "lot_id,benefit_id,partner_id,benefit_type,scope_type,billing_profile_id,"
			+ "currency,original_amount,start_date,end_date,lapsed,expired,revoked,closed_balance,status\n";

	/**
	 * Two partners. Most lots have a twin (same profile, currency and amount, a day
	 * apart), so that they never lose their reference; PU700000003-AZMONTHLY-02 is alone
	 * on its profile; PU700000007-AZBULK-01 is a legacy lot without a profile.
	 */
	private static final String LOTS = LOTS_HEADER
			+ "PU700000001-AZBULK-01,PU700000001-AZBULK,7000000,AZURE_BULK,BILLING_PROFILE,BP-A1,USD,6000.00,2026-03-01,2027-02-28,0.00,0.00,0.00,5000.00,ACTIVE\n"
			+ "PU700000002-AZBULK-01,PU700000002-AZBULK,7000000,AZURE_BULK,BILLING_PROFILE,BP-A1,USD,6000.00,2026-03-02,2027-03-01,0.00,0.00,0.00,5500.00,ACTIVE\n"
			+ "PU700000003-AZMONTHLY-01,PU700000003-AZMONTHLY,7000000,AZURE_MONTHLY,BILLING_PROFILE,BP-A1,USD,100.00,2026-09-01,2026-09-30,40.00,0.00,0.00,0.00,LAPSED\n"
			+ "PU700000003-AZMONTHLY-02,PU700000003-AZMONTHLY,7000000,AZURE_MONTHLY,BILLING_PROFILE,BP-A1,USD,100.00,2026-10-01,2026-10-31,0.00,0.00,0.00,30.00,ACTIVE\n"
			+ "PU700000004-AZMONTHLY-01,PU700000004-AZMONTHLY,7000000,AZURE_MONTHLY,BILLING_PROFILE,BP-A1,USD,100.00,2026-09-02,2026-10-01,25.00,0.00,0.00,0.00,LAPSED\n"
			+ "PU700000005-CPSEC-01,PU700000005-CPSEC,7000000,COPILOT_SECURITY,BILLING_PROFILE,BP-A2,USD,1200.00,2026-05-01,2027-04-30,0.00,0.00,1200.00,0.00,REVOKED\n"
			+ "PU700000006-CPSEC-01,PU700000006-CPSEC,7000000,COPILOT_SECURITY,BILLING_PROFILE,BP-A2,USD,1200.00,2026-05-02,2027-05-01,0.00,0.00,0.00,1100.00,ACTIVE\n"
			+ "PU700000007-AZBULK-01,PU700000007-AZBULK,7000000,AZURE_BULK,SUBSCRIPTION,,USD,500.00,2026-07-15,2027-07-14,0.00,0.00,0.00,500.00,ACTIVE\n"
			+ "PU700000101-AZBULK-01,PU700000101-AZBULK,7000001,AZURE_BULK,BILLING_PROFILE,BP-B1,EUR,5000.00,2026-06-01,2027-05-31,0.00,0.00,0.00,4000.00,ACTIVE\n"
			+ "PU700000102-AZBULK-01,PU700000102-AZBULK,7000001,AZURE_BULK,BILLING_PROFILE,BP-B1,EUR,5000.00,2026-06-02,2027-06-01,0.00,0.00,0.00,4900.00,ACTIVE\n";

	private static final String EVENTS = """
			date,lot_id,benefit_id,event_type,amount,closed_balance
			2026-03-01,PU700000001-AZBULK-01,PU700000001-AZBULK,NEW_CREDIT,6000.00,6000.00
			2026-03-02,PU700000002-AZBULK-01,PU700000002-AZBULK,NEW_CREDIT,6000.00,6000.00
			2026-04-10,PU700000001-AZBULK-01,PU700000001-AZBULK,SETTLED_CHARGES,1000.00,5000.00
			2026-04-10,PU700000002-AZBULK-01,PU700000002-AZBULK,SETTLED_CHARGES,500.00,5500.00
			2026-05-01,PU700000005-CPSEC-01,PU700000005-CPSEC,NEW_CREDIT,1200.00,1200.00
			2026-05-02,PU700000006-CPSEC-01,PU700000006-CPSEC,NEW_CREDIT,1200.00,1200.00
			2026-05-20,PU700000006-CPSEC-01,PU700000006-CPSEC,SETTLED_CHARGES,100.00,1100.00
			2026-06-01,PU700000101-AZBULK-01,PU700000101-AZBULK,NEW_CREDIT,5000.00,5000.00
			2026-06-02,PU700000102-AZBULK-01,PU700000102-AZBULK,NEW_CREDIT,5000.00,5000.00
			2026-07-01,PU700000005-CPSEC-01,PU700000005-CPSEC,CREDIT_REVOKED,1200.00,0.00
			2026-07-15,PU700000007-AZBULK-01,PU700000007-AZBULK,NEW_CREDIT,500.00,500.00
			2026-08-01,PU700000101-AZBULK-01,PU700000101-AZBULK,SETTLED_CHARGES,900.00,4100.00
			2026-09-01,PU700000003-AZMONTHLY-01,PU700000003-AZMONTHLY,NEW_CREDIT,100.00,100.00
			2026-09-02,PU700000004-AZMONTHLY-01,PU700000004-AZMONTHLY,NEW_CREDIT,100.00,100.00
			2026-09-15,PU700000003-AZMONTHLY-01,PU700000003-AZMONTHLY,SETTLED_CHARGES,60.00,40.00
			2026-09-16,PU700000004-AZMONTHLY-01,PU700000004-AZMONTHLY,SETTLED_CHARGES,75.00,25.00
			2026-09-30,PU700000003-AZMONTHLY-01,PU700000003-AZMONTHLY,CREDIT_LAPSED,40.00,0.00
			2026-10-01,PU700000003-AZMONTHLY-02,PU700000003-AZMONTHLY,NEW_CREDIT,100.00,100.00
			2026-10-01,PU700000004-AZMONTHLY-01,PU700000004-AZMONTHLY,CREDIT_LAPSED,25.00,0.00
			2026-10-05,PU700000101-AZBULK-01,PU700000101-AZBULK,ADJUSTMENT,10.00,4110.00
			2026-10-20,PU700000003-AZMONTHLY-02,PU700000003-AZMONTHLY,SETTLED_CHARGES,70.00,30.00
			2026-10-30,PU700000101-AZBULK-01,PU700000101-AZBULK,SETTLED_CHARGES,50.00,4060.00
			2026-10-31,PU700000101-AZBULK-01,PU700000101-AZBULK,SETTLED_CHARGES,60.00,4000.00
			2026-10-31,PU700000102-AZBULK-01,PU700000102-AZBULK,SETTLED_CHARGES,100.00,4900.00
			""";

	private static final String BENEFITS = """
			benefit_id,partner_id,status,started_on,billing_profile_id,currency,charged,adjusted,expires_on
			PU700000001-AZBULK,7000000,ACTIVE,2026-03-01,BP-A1,USD,1000.00,0.00,2027-02-28
			PU700000002-AZBULK,7000000,ACTIVE,2026-03-02,BP-A1,USD,500.00,0.00,2027-03-01
			PU700000003-AZMONTHLY,7000000,ACTIVE,2026-09-01,BP-A1,USD,130.00,0.00,2027-08-31
			PU700000004-AZMONTHLY,7000000,EXPIRED,2026-09-02,BP-A1,USD,75.00,0.00,2026-10-01
			PU700000005-CPSEC,7000000,REVOKED,2026-05-01,BP-A2,USD,0.00,0.00,2027-04-30
			PU700000006-CPSEC,7000000,ACTIVE,2026-05-02,BP-A2,USD,100.00,0.00,2027-05-01
			PU700000007-AZBULK,7000000,ACTIVE,2026-07-15,,USD,0.00,0.00,2027-07-14
			PU700000008-GHCOPILOT,7000000,AVAILABLE,,,USD,0.00,0.00,
			PU700000101-AZBULK,7000001,ACTIVE,2026-06-01,BP-B1,EUR,1010.00,10.00,2027-05-31
			PU700000102-AZBULK,7000001,ACTIVE,2026-06-02,BP-B1,EUR,100.00,0.00,2027-06-01
			""";

	private static final Set<String> ON_PROFILE = Set.of("PU700000001-AZBULK-01", "PU700000002-AZBULK-01",
			"PU700000003-AZMONTHLY-01", "PU700000003-AZMONTHLY-02", "PU700000004-AZMONTHLY-01", "PU700000005-CPSEC-01",
			"PU700000006-CPSEC-01", "PU700000101-AZBULK-01", "PU700000102-AZBULK-01");

	@TempDir
	Path temp;

	@Test
	@DisplayName("without faults the reported extracts show the truth in Azure's words, and the answer key is empty")
	void faithfulWithoutFaults() throws IOException {
		// given
		Path dir = world("world", LOTS);
		// when
		ReportedExtracts.Summary summary = ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 0, 18);
		// then
		Map<String, Map<String, String>> truthLots = byKey(rows(dir.resolve("truth/lots.csv")), "lot_id");
		List<Map<String, String>> lots = rows(dir.resolve("reported-lots.csv"));
		assertThat(lots).hasSize(ON_PROFILE.size());
		Set<String> seen = new HashSet<>();
		for (Map<String, String> row : lots) {
			Map<String, String> lot = lotOf(row, truthLots);
			seen.add(lot.get("lot_id"));
			assertThat(row.get("billing_profile_id")).isEqualTo(lot.get("billing_profile_id"));
			assertThat(row.get("currency")).isEqualTo(lot.get("currency"));
			assertThat(row.get("original_amount")).isEqualTo(lot.get("original_amount"));
			assertThat(row.get("closed_balance")).isEqualTo(lot.get("closed_balance"));
			assertThat(row.get("start_date")).isEqualTo(lot.get("start_date"));
			assertThat(row.get("expiration_date")).isEqualTo(lot.get("end_date"));
			assertThat(row.get("status")).isEqualTo(
					Map.of("ACTIVE", "Active", "LAPSED", "Expired", "REVOKED", "Canceled", "COMPLETE", "Complete")
						.get(lot.get("status")));
			assertThat(row.get("as_of")).isEqualTo("2026-10-31");
		}
		assertThat(seen).isEqualTo(ON_PROFILE);
		assertThat(lots).as("an isolated lot without reference, a single-lot benefit by its ID")
			.anyMatch(row -> row.get("lot_reference").isEmpty())
			.anyMatch(row -> row.get("lot_reference").equals(lotOf(row, truthLots).get("benefit_id")));

		List<Map<String, String>> benefits = rows(dir.resolve("reported-benefits.csv"));
		assertThat(benefits).hasSize(10);
		assertThat(benefits.get(0)).containsEntry("benefit_id", "PU700000001-AZBULK")
			.containsEntry("status", "ACTIVE")
			.containsEntry("redeemed_on", "2026-03-01")
			.containsEntry("billing_profile_id", "BP-A1")
			.containsEntry("expiry_date", "2027-02-28")
			.containsEntry("credits_consumed", "1000.00")
			.containsEntry("as_of", "2026-10-31");
		assertThat(benefits.get(7)).containsEntry("benefit_id", "PU700000008-GHCOPILOT")
			.containsEntry("redeemed_on", "")
			.containsEntry("expiry_date", "");
		assertThat(benefits.get(8)).containsEntry("credits_consumed", "1000.00");

		List<Map<String, String>> events = rows(dir.resolve("reported-events.csv"));
		assertThat(events).as("every event but the legacy lot's").hasSize(23);
		assertThat(events).noneMatch(row -> row.get("lot_id").equals("PU700000007-AZBULK-01"));
		assertThat(events.get(9)).containsEntry("billing_profile_id", "BP-A2")
			.containsEntry("lot_id", "PU700000005-CPSEC-01")
			.containsEntry("transaction_date", "2026-07-01")
			.containsEntry("event_type", "CanceledCredit")
			.containsEntry("currency", "USD")
			.containsEntry("canceled_credit", "1200.00")
			.containsEntry("new_credit", "")
			.containsEntry("closed_balance", "0.00");
		Map<String, String> words = new HashMap<>();
		for (Map<String, String> row : events) {
			String column = List.of("new_credit", "charges", "credit_expired", "canceled_credit", "adjustments")
				.stream()
				.filter(c -> !row.get(c).isEmpty())
				.collect(Collectors.joining(","));
			words.put(row.get("event_type"), column);
		}
		assertThat(words).isEqualTo(Map.of("NewCredit", "new_credit", "SettledCharges", "charges", "CreditExpired",
				"credit_expired", "CanceledCredit", "canceled_credit", "PendingAdjustments", "adjustments"));

		assertThat(Files.readAllLines(dir.resolve("injected-breaks.csv")))
			.containsExactly("fault,kind,object,key,reported_key,field,break_class");
		assertThat(summary.faults()).isZero();
		assertThat(summary.files()).extracting(GenerateSummary.FileRows::rows).containsExactly(9L, 10L, 23L, 0L);
	}

	@Test
	@DisplayName("seven faults: one of each kind, each on its own lot, benefit or month, with the rows of its class")
	void sevenFaultsOneOfEachKind() throws IOException {
		// given
		Path dir = world("world", LOTS);
		// when
		ReportedExtracts.Summary summary = ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 7, 5);
		// then
		List<Map<String, String>> key = rows(dir.resolve("injected-breaks.csv"));
		Map<String, List<Map<String, String>>> byFault = key.stream()
			.collect(Collectors.groupingBy(row -> row.get("fault")));
		assertThat(byFault.keySet()).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
		assertThat(summary.moved()).isEmpty();
		assertThat(summary.breakRows()).isEqualTo(key.size());
		Map<String, Map<String, String>> truthLots = byKey(rows(dir.resolve("truth/lots.csv")), "lot_id");
		Map<String, Map<String, String>> reportedLots = new HashMap<>();
		for (Map<String, String> row : rows(dir.resolve("reported-lots.csv"))) {
			reportedLots
				.put(row.get("billing_profile_id") + "|" + row.get("lot_reference") + "|" + row.get("start_date"), row);
		}

		// a revoked lot shown Active with its revoked amount
		assertThat(fields(byFault.get("1"))).containsExactly("closed_balance", "status");
		assertThat(byFault.get("1")).allMatch(row -> row.get("kind").equals("REVOCATION_NOT_APPLIED")
				&& row.get("break_class").equals("REVOCATION_NOT_APPLIED")
				&& row.get("key").equals("PU700000005-CPSEC-01"));
		assertThat(reportedLots.get(byFault.get("1").get(0).get("reported_key")))
			.containsEntry("closed_balance", "1200.00")
			.containsEntry("status", "Active");

		// a lapsed lot shown Active with what lapsed
		assertThat(fields(byFault.get("2"))).containsExactly("closed_balance", "status");
		Map<String, String> lapsed = truthLots.get(byFault.get("2").get(0).get("key"));
		assertThat(lapsed.get("status")).isEqualTo("LAPSED");
		assertThat(reportedLots.get(byFault.get("2").get(0).get("reported_key")))
			.containsEntry("closed_balance", lapsed.get("lapsed"))
			.containsEntry("status", "Active");

		// a lot left out
		Map<String, String> missing = byFault.get("3").get(0);
		assertThat(byFault.get("3")).hasSize(1);
		assertThat(missing).containsEntry("kind", "DEPOSIT_MISSING")
			.containsEntry("field", "MISSING_IN_REPORT")
			.containsEntry("reported_key", "")
			.containsEntry("break_class", "DEPOSIT_MISSING");
		assertThat(rows(dir.resolve("reported-lots.csv"))).hasSize(ON_PROFILE.size() - 1)
			.noneMatch(row -> row.get("lot_reference").equals(missing.get("key")));

		// an active lot without its charges of as-of and the day before
		Map<String, String> timing = byFault.get("4").get(0);
		assertThat(byFault.get("4")).hasSize(1);
		assertThat(timing).containsEntry("field", "closed_balance").containsEntry("break_class", "TIMING");
		BigDecimal recent = timing.get("key").equals("PU700000101-AZBULK-01") ? new BigDecimal("110.00")
				: new BigDecimal("100.00");
		assertThat(new BigDecimal(reportedLots.get(timing.get("reported_key")).get("closed_balance")))
			.isEqualByComparingTo(new BigDecimal(truthLots.get(timing.get("key")).get("closed_balance")).add(recent));

		// the first unexplained lot fault changes the original amount
		Map<String, String> unexplained = byFault.get("5").get(0);
		assertThat(unexplained).containsEntry("kind", "LOT_UNEXPLAINED")
			.containsEntry("field", "original_amount")
			.containsEntry("break_class", "UNEXPLAINED");
		assertThat(reportedLots.get(unexplained.get("reported_key")).get("original_amount"))
			.isNotEqualTo(truthLots.get(unexplained.get("key")).get("original_amount"));
		assertThat(truthLots.get(unexplained.get("key")).get("status")).isEqualTo("ACTIVE");

		// the first benefit fault changes the status
		Map<String, String> benefit = byFault.get("6").get(0);
		assertThat(benefit).containsEntry("object", "BENEFIT")
			.containsEntry("field", "status")
			.containsEntry("reported_key", benefit.get("key"));

		// a month of transactions with another amount
		Map<String, String> transactions = byFault.get("7").get(0);
		assertThat(transactions).containsEntry("object", "TRANSACTIONS")
			.containsEntry("reported_key", transactions.get("key"))
			.containsEntry("break_class", "UNEXPLAINED");
		assertThat(transactions.get("key")).matches("BP-[AB][12]\\|2026-\\d\\d\\|(USD|EUR)");
		assertThat(total(rows(dir.resolve("reported-events.csv")), transactions))
			.isNotEqualByComparingTo(total(faithfulEvents(), transactions));
	}

	@Test
	@DisplayName("a kind with no place in the world gives its fault to the next kind, and the summary says so")
	void kindWithoutPlaceGivesWay() throws IOException {
		// given: no revoked lot
		Path dir = world("world", LOTS.replace("0.00,0.00,1200.00,0.00,REVOKED", "0.00,0.00,0.00,1200.00,ACTIVE"));
		// when
		ReportedExtracts.Summary summary = ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 1, 5);
		// then
		assertThat(rows(dir.resolve("injected-breaks.csv")))
			.allMatch(row -> row.get("kind").equals("LAPSE_NOT_APPLIED"));
		assertThat(summary.moved()).containsExactly(Map.entry("REVOCATION_NOT_APPLIED -> LAPSE_NOT_APPLIED", 1));
		assertThat(summary.lines()).anyMatch(line -> line.contains("REVOCATION_NOT_APPLIED"));
	}

	@Test
	@DisplayName("more faults than places in the world: a clear failure")
	void tooManyFaults() throws IOException {
		// given
		Path dir = world("world", LOTS);
		// when, then
		assertThatThrownBy(() -> ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 200, 5))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("--inject-breaks 200: this world has room for");
	}

	@Test
	@DisplayName("a partner's lots not together in lots.csv: a clear failure, not a wrong answer key")
	void lotsOfAPartnerMustBeTogether() throws IOException {
		// given: sorted by lot ID, but a lot of partner 7000000 after partner 7000001's
		Path dir = world("world", LOTS + "PU700000201-AZBULK-01,PU700000201-AZBULK,7000000,AZURE_BULK,"
				+ "BILLING_PROFILE,BP-A1,USD,6000.00,2026-03-01,2027-02-28,0.00,0.00,0.00,6000.00,ACTIVE\n");
		// when, then
		assertThatThrownBy(() -> ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 0, 5))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("lots.csv: the rows of partner 7000000");
	}

	@Test
	@DisplayName("the same truth and seed give the same bytes")
	void sameSeedSameBytes() throws IOException {
		// given
		Path first = world("a", LOTS);
		Path second = world("b", LOTS);
		// when
		ReportedExtracts.write(first, first.resolve("truth"), AS_OF, 7, 9);
		ReportedExtracts.write(second, second.resolve("truth"), AS_OF, 7, 9);
		// then
		for (String file : List.of("reported-lots.csv", "reported-events.csv", "reported-benefits.csv",
				"injected-breaks.csv")) {
			assertThat(Files.readString(second.resolve(file))).as(file)
				.isEqualTo(Files.readString(first.resolve(file)));
		}
	}

	private Path world(String name, String lots) throws IOException {
		Path dir = this.temp.resolve(name);
		Path truth = dir.resolve("truth");
		Files.createDirectories(truth);
		Files.writeString(dir.resolve("partners.csv"), "partner_id,partner_name,country\n7000000,A,US\n7000001,B,DE\n");
		Files.writeString(dir.resolve("billing-profiles.csv"),
				"billing_profile_id,partner_id\nBP-A1,7000000\nBP-A2,7000000\nBP-A3,7000000\nBP-B1,7000001\n");
		Files.writeString(truth.resolve("lots.csv"), lots);
		Files.writeString(truth.resolve("events.csv"), EVENTS);
		Files.writeString(truth.resolve("benefits.csv"), BENEFITS);
		return dir;
	}

	/**
	 * The truth lot a reported row stands for, by its reference or, without one, its
	 * amount and start.
	 */
	private static Map<String, String> lotOf(Map<String, String> row, Map<String, Map<String, String>> truthLots) {
		String reference = row.get("lot_reference");
		Predicate<Map<String, String>> matches = reference.isEmpty()
				? lot -> lot.get("billing_profile_id").equals(row.get("billing_profile_id"))
						&& lot.get("start_date").equals(row.get("start_date"))
				: lot -> lot.get("lot_id").equals(reference) || lot.get("benefit_id").equals(reference);
		return truthLots.values().stream().filter(matches).findFirst().orElseThrow();
	}

	private static List<String> fields(List<Map<String, String>> rows) {
		return rows.stream().map(row -> row.get("field")).toList();
	}

	private List<Map<String, String>> faithfulEvents() throws IOException {
		Path dir = world("faithful", LOTS);
		ReportedExtracts.write(dir, dir.resolve("truth"), AS_OF, 0, 5);
		return rows(dir.resolve("reported-events.csv"));
	}

	/** Rule RC6: a key's total of one column. */
	private static BigDecimal total(List<Map<String, String>> events, Map<String, String> answer) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map<String, String> row : events) {
			String key = row.get("billing_profile_id") + "|" + row.get("transaction_date").substring(0, 7) + "|"
					+ row.get("currency");
			String amount = row.get(answer.get("field"));
			if (key.equals(answer.get("key")) && !amount.isEmpty()) {
				total = total.add(new BigDecimal(amount));
			}
		}
		return total;
	}

	private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String column) {
		Map<String, Map<String, String>> byKey = new HashMap<>();
		rows.forEach(row -> byKey.put(row.get(column), row));
		return byKey;
	}

	private static List<Map<String, String>> rows(Path file) {
		return CsvFiles.rows(file);
	}

}
