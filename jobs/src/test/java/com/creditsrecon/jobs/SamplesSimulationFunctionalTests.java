package com.creditsrecon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.usage.Classification;

/**
 * {@code input-samples/} simulated end to end: chosen rows of every output, checked by
 * hand against the rules, and every rule family visible.
 */
class SamplesSimulationFunctionalTests {

	@TempDir
	static Path out;

	@BeforeAll
	static void runTheSamples() {
		RunCommand run = RunCommand.run(Path.of("../input-samples"), out);
		assertThat(run.exitCode).as(run.toString()).isZero();
	}

	@Test
	@DisplayName("M0–M5, L0–L3, SM1–SM3, A1: every action is decided, and every reason code occurs")
	void everyActionDecidedAndEveryReasonCodeOccurs() {
		List<Map<String, String>> decisions = rows("decisions.csv");
		assertThat(decisions).hasSize(120);
		Set<String> codes = decisions.stream()
			.map(d -> d.get("reason_code"))
			.filter(c -> !c.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(codes).containsExactlyInAnyOrder("WRONG_EXPERIENCE", "BENEFIT_NOT_PROVISIONED", "ALREADY_REDEEMED",
				"BENEFIT_EXPIRED", "BENEFIT_REVOKED", "BENEFIT_COMPLETE", "NOT_PARTNER_ADMIN",
				"UNKNOWN_BILLING_PROFILE", "NOT_ELIGIBLE_ACCOUNT_TYPE", "NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT",
				"HAS_ACTIVE_CREDITS", "NO_PAYMENT_INSTRUMENT", "NO_CONTRIBUTOR_ACCESS", "ASSIGNMENT_IN_PROGRESS",
				"USER_ALREADY_ASSIGNED", "NO_SEAT_AVAILABLE", "REASSIGNMENT_NOT_ALLOWED", "REASSIGNMENT_LIMIT_REACHED",
				"USER_NOT_FOUND", "FREE_HOSTED_DOMAIN", "GUEST_USER_NOT_ALLOWED", "BULK_LIMIT_REACHED",
				"NOT_ASSIGNED_USER", "ALREADY_ACTIVE", "USER_NOT_ASSIGNED", "UNKNOWN_SUBSCRIPTION",
				"SUBSCRIPTION_MOVE_BLOCKED", "NO_CREDITS_ON_SUBSCRIPTION", "CREDITS_MOVE_OTHER_PROFILE",
				"NOT_SUPPORTED");
		assertThat(decisions.stream().filter(d -> d.get("outcome").equals("ACCEPTED")))
			.allMatch(d -> d.get("message").isEmpty());
	}

	@Test
	@DisplayName("M3, SM1, SM2: the article's messages verbatim, a blocked move, then the credits and the subscription move")
	void blockedAndAcceptedMoves() {
		Map<String, String> blocked = row("decisions.csv", "action_id", "A0069");
		assertThat(blocked.get("message"))
			.isEqualTo("Billing profile already has active credits – Please consume them before adding new credits.");
		assertThat(row("decisions.csv", "action_id", "A0020").get("reason_code"))
			.isEqualTo("SUBSCRIPTION_MOVE_BLOCKED");
		assertThat(row("decisions.csv", "action_id", "A0021").get("outcome")).isEqualTo("ACCEPTED");
		assertThat(row("decisions.csv", "action_id", "A0022").get("outcome")).isEqualTo("ACCEPTED");
	}

	@Test
	@DisplayName("K2, RV1, RV2: a fraudulent purchase revoked with clawback; its 12-period entitlement cut by membership")
	void revocationWithClawback() {
		// MAICPP-SP-DATA bought 2025-10-20, membership to 2026-10-19, redeemed
		// 2025-10-28,
		// FRAUD on 2026-09-15: 11 monthly lots opened of the 12 the membership allows
		Map<String, String> monthly = row("benefits.csv", "benefit_id", "PU0601-AZMONTHLY");
		assertThat(monthly).containsEntry("status", "REVOKED")
			.containsEntry("experience", "MODERNIZED")
			.containsEntry("started_on", "2025-10-28")
			.containsEntry("entitlement", "1800.00")
			.containsEntry("granted", "1650.00")
			.containsEntry("lapsed", "1500.00")
			.containsEntry("revoked", "98.61");
		Map<String, String> revocation = row("revocations.csv", "benefit_id", "PU0601-GHCOPILOT");
		assertThat(revocation).containsEntry("revoked_on", "2026-09-15")
			.containsEntry("granted", "1170.00")
			.containsEntry("remaining_revoked", "1092.00")
			.containsEntry("clawback", "78.00")
			.containsEntry("future_cancelled", "0.00");
		assertThat(row("revocations.csv", "benefit_id", "PU0601-AZMONTHLY")).containsEntry("future_cancelled",
				"150.00");
		Map<String, String> lot = row("lots.csv", "lot_id", "PU0601-AZMONTHLY-11");
		assertThat(lot).containsEntry("start_date", "2026-08-28")
			.containsEntry("end_date", "2026-09-27")
			.containsEntry("charged", "51.39")
			.containsEntry("revoked", "98.61")
			.containsEntry("status", "REVOKED");
		assertThat(rows("events.csv")).anySatisfy(e -> assertThat(e).containsEntry("date", "2026-09-15")
			.containsEntry("lot_id", "PU0601-GHCOPILOT-01")
			.containsEntry("event_type", "CREDIT_REVOKED")
			.containsEntry("amount", "1092.00")
			.containsEntry("closed_balance", "0.00"));
	}

	@Test
	@DisplayName("P2, K4: a legacy benefit never activated is forfeited; lapses and expiries are events")
	void forfeitsLapsesAndExpiries() {
		// provisioned 2025-05-16, 180 days to activate, 12 periods before membership ends
		assertThat(row("benefits.csv", "benefit_id", "PU0101-AZMONTHLY")).containsEntry("status", "EXPIRED")
			.containsEntry("activate_by", "2025-11-12")
			.containsEntry("forfeited", "1200.00")
			.containsEntry("granted", "0.00");
		assertThat(row("lots.csv", "lot_id", "PU0102-AZBULK-01")).containsEntry("expired", "6000.00")
			.containsEntry("status", "EXPIRED");
		Set<String> types = rows("events.csv").stream().map(e -> e.get("event_type")).collect(Collectors.toSet());
		assertThat(types).containsExactlyInAnyOrder("NEW_CREDIT", "SETTLED_CHARGES", "ADJUSTMENT", "CREDIT_LAPSED",
				"CREDIT_EXPIRED", "CREDIT_REVOKED");
		Set<String> statuses = rows("lots.csv").stream().map(l -> l.get("status")).collect(Collectors.toSet());
		assertThat(statuses).containsExactlyInAnyOrder("ACTIVE", "COMPLETE", "LAPSED", "EXPIRED", "REVOKED");
	}

	@Test
	@DisplayName("L3: Tailspin's reassigned seat: each closed lot keeps the subscription it closed under")
	void closedLotsKeepTheirScope() {
		// Chloe's subscription held lot 01 when it lapsed on 2025-03-09; the
		// contractor's,
		// activated on 03-18, held lot 02 on 04-09; the contractor was removed on 05-05,
		// before lot 03 lapsed, and no later assignee activated
		assertThat(row("lots.csv", "lot_id", "PU0701-AZMONTHLY-01")).containsEntry("subscription_id",
				"sub-PU0701-AZMONTHLY-1");
		assertThat(row("lots.csv", "lot_id", "PU0701-AZMONTHLY-02")).containsEntry("subscription_id",
				"sub-PU0701-AZMONTHLY-2");
		assertThat(row("lots.csv", "lot_id", "PU0701-AZMONTHLY-03")).containsEntry("subscription_id", "");
	}

	@Test
	@DisplayName("M7: the redemption panel of the available modernized benefits")
	void eligibilityView() {
		assertThat(rows("eligibility.csv"))
			.extracting(r -> r.get("benefit_id") + " " + r.get("billing_profile_id") + " " + r.get("status") + " "
					+ r.get("reason_code"))
			.containsExactly("PU0402-GHCOPILOT AD7E-JFSU-52H-3GK ELIGIBLE_TO_REDEEM ",
					"PU0402-GHCOPILOT AD8V-AKQJ-RZH-JV9 HAS_ACTIVE_CREDITS HAS_ACTIVE_CREDITS",
					"PU0504-GHCOPILOT LW8A-PVTU-3G5-KMT GET_CONTRIBUTOR_ACCESS NO_CONTRIBUTOR_ACCESS",
					"PU0504-GHCOPILOT LWAP-9JTG-XBM-TJR ELIGIBLE_TO_REDEEM ");
	}

	@Test
	@DisplayName("C1–C11: every classification, every row in effect counted once, ELIGIBLE amounts accounted")
	void consumptionClassificationsAndIdentity() {
		List<Map<String, String>> consumption = rows("consumption.csv");
		Set<String> classes = consumption.stream().map(r -> r.get("classification")).collect(Collectors.toSet());
		assertThat(classes)
			.isEqualTo(EnumSet.allOf(Classification.class).stream().map(Enum::name).collect(Collectors.toSet()));
		// 676 usage rows, 55 of them superseded by the restating export (rule N1)
		assertThat(consumption.stream().mapToLong(r -> Long.parseLong(r.get("rows"))).sum()).isEqualTo(621);
		for (Map<String, String> row : consumption) {
			BigDecimal accounted = amount(row, "covered").add(amount(row, "uncovered"))
				.subtract(amount(row, "restored"))
				.subtract(amount(row, "unapplied"));
			if (row.get("classification").equals("ELIGIBLE")) {
				assertThat(accounted).as(row.toString()).isEqualByComparingTo(amount(row, "amount"));
			}
		}
		assertThat(consumption).anySatisfy(r -> assertThat(r.get("billing_profile_id")).isEmpty());
	}

	@Test
	@DisplayName("RC7: the GLOBAL roll-forward closes at what the lots hold, per currency")
	void rollforwardClosesAtTheLotBalances() {
		Map<String, BigDecimal> held = new LinkedHashMap<>();
		for (Map<String, String> lot : rows("lots.csv")) {
			held.merge(lot.get("currency"), amount(lot, "closed_balance"), BigDecimal::add);
		}
		assertThat(held.get("USD")).isEqualByComparingTo("45070.91");
		for (Map.Entry<String, BigDecimal> currency : held.entrySet()) {
			Map<String, String> last = rows("rollforward.csv").stream()
				.filter(r -> r.get("scope_type").equals("GLOBAL") && r.get("currency").equals(currency.getKey()))
				.reduce((first, second) -> second)
				.orElseThrow();
			assertThat(last.get("month")).isEqualTo("2026-10");
			assertThat(amount(last, "closing")).isEqualByComparingTo(currency.getValue());
		}
		Set<String> levels = rows("rollforward.csv").stream().map(r -> r.get("scope_type")).collect(Collectors.toSet());
		assertThat(levels).containsExactlyInAnyOrder("GLOBAL", "REGION", "COUNTRY", "PARTNER", "BILLING_PROFILE");
	}

	private static BigDecimal amount(Map<String, String> row, String column) {
		return new BigDecimal(row.get(column));
	}

	private static Map<String, String> row(String file, String column, String value) {
		List<Map<String, String>> found = rows(file).stream().filter(r -> r.get(column).equals(value)).toList();
		assertThat(found).as(file + " " + column + "=" + value).hasSize(1);
		return found.get(0);
	}

	private static List<Map<String, String>> rows(String file) {
		return RunCommand.rows(out.resolve(file));
	}

}
