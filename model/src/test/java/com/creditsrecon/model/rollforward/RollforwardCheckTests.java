package com.creditsrecon.model.rollforward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.engine.ConservationException;
import com.creditsrecon.model.result.RollforwardRow;

class RollforwardCheckTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	@Test
	@DisplayName("RC7: a consistent roll-forward of every level passes")
	void rc7ConsistentRollforwardPasses() {
		// given
		List<RollforwardRow> rows = consistent();
		// when
		RollforwardCheck check = new RollforwardCheck(AS_OF);
		rows.forEach(check::accept);
		// then
		assertEquals(rows.size(), check.finish());
	}

	@Test
	@DisplayName("RC7: a row whose identity fails names its scope")
	void rc7BrokenIdentityNamesTheScope() {
		// given
		List<RollforwardRow> rows = consistent();
		int broken = indexOf(rows, "PARTNER", "P1", "2026-02");
		RollforwardRow row = rows.get(broken);
		rows.set(broken,
				new RollforwardRow(row.scopeType(), row.scopeId(), row.currency(), row.month(), row.opening(),
						row.newCredit(), row.charges().add(new BigDecimal("0.01")), row.adjustments(), row.lapsed(),
						row.expired(), row.revoked(), row.closing()));
		// when, then
		assertMessage(() -> checkAll(rows), "PARTNER 'P1' USD 2026-02", "not the closing");
	}

	@Test
	@DisplayName("RC7: each month's closing is the next month's opening")
	void rc7ClosingIsNextOpening() {
		// given
		List<RollforwardRow> rows = consistent();
		int broken = indexOf(rows, "COUNTRY", "DE", "2026-03");
		RollforwardRow row = rows.get(broken);
		rows.set(broken, rf(row.scopeType(), row.scopeId(), "2026-03", "1.00", "0.00", "0.00", "1.00"));
		// when, then
		assertMessage(() -> checkAll(rows), "COUNTRY 'DE' USD 2026-03", "is not the closing");
	}

	@Test
	@DisplayName("RC7: quiet months are rows, and every scope runs to the as-of month")
	void rc7NoMonthIsMissing() {
		// given
		List<RollforwardRow> gap = consistent();
		gap.remove(indexOf(gap, "BILLING_PROFILE", "BP1", "2026-02"));
		List<RollforwardRow> shortSeries = consistent();
		shortSeries.remove(indexOf(shortSeries, "BILLING_PROFILE", "BP1", "2026-03"));
		// when, then
		assertMessage(() -> checkAll(gap), "BILLING_PROFILE 'BP1' USD 2026-03", "follows 2026-01");
		assertMessage(() -> checkAll(shortSeries), "BILLING_PROFILE 'BP1' USD 2026-02", "not the as-of month 2026-03");
	}

	@Test
	@DisplayName("RC7: the REGION, COUNTRY and PARTNER levels each add up to GLOBAL")
	void rc7LevelsAddUpToGlobal() {
		// given: P2 missing from the REGION rows
		List<RollforwardRow> rows = new ArrayList<>(consistent());
		rows.removeIf(r -> r.scopeType().equals("REGION"));
		rows.addAll(indexOf(rows, "PARTNER", "P1", "2026-01"),
				List.of(rf("REGION", "EMEA", "2026-01", "0.00", "100.00", "10.00", "90.00"),
						rf("REGION", "EMEA", "2026-02", "90.00", "0.00", "20.00", "70.00"),
						rf("REGION", "EMEA", "2026-03", "70.00", "0.00", "0.00", "70.00")));
		// when, then
		assertMessage(() -> checkAll(rows), "REGION rows of USD 2026-02 add up to new_credit 0.00, GLOBAL has 50.00");
	}

	@Test
	@DisplayName("RC7: a scope's first month opens at zero")
	void rc7FirstMonthOpensAtZero() {
		// given
		List<RollforwardRow> rows = List.of(rf("BILLING_PROFILE", "BP9", "2026-03", "5.00", "0.00", "0.00", "5.00"));
		// when, then
		assertMessage(() -> checkAll(rows), "BILLING_PROFILE 'BP9' USD 2026-03: opening 5.00 in the first month");
	}

	private static void assertMessage(org.junit.jupiter.api.function.Executable check, String... parts) {
		ConservationException thrown = assertThrows(ConservationException.class, check);
		for (String part : parts) {
			assertTrue(thrown.getMessage().contains(part), () -> thrown.getMessage() + " should contain " + part);
		}
	}

	private static void checkAll(List<RollforwardRow> rows) {
		RollforwardCheck check = new RollforwardCheck(AS_OF);
		rows.forEach(check::accept);
		check.finish();
	}

	private static int indexOf(List<RollforwardRow> rows, String type, String id, String month) {
		for (int i = 0; i < rows.size(); i++) {
			RollforwardRow row = rows.get(i);
			if (row.scopeType().equals(type) && row.scopeId().equals(id)
					&& row.month().equals(YearMonth.parse(month))) {
				return i;
			}
		}
		throw new IllegalArgumentException(type + " " + id + " " + month);
	}

	/**
	 * Two partners (P1 in DE, EMEA; P2 in MX, no region) and one profile of P1, January
	 * to March 2026, in written order.
	 */
	static List<RollforwardRow> consistent() {
		List<RollforwardRow> partners = List.of(rf("PARTNER", "P1", "2026-01", "0.00", "100.00", "10.00", "90.00"),
				rf("PARTNER", "P1", "2026-02", "90.00", "0.00", "20.00", "70.00"),
				rf("PARTNER", "P1", "2026-03", "70.00", "0.00", "0.00", "70.00"),
				rf("PARTNER", "P2", "2026-02", "0.00", "50.00", "5.00", "45.00"),
				rf("PARTNER", "P2", "2026-03", "45.00", "0.00", "45.00", "0.00"));
		RollforwardLevels levels = new RollforwardLevels();
		partners.forEach(
				p -> levels.add(p, p.scopeId().equals("P1") ? "DE" : "MX", p.scopeId().equals("P1") ? "EMEA" : ""));
		List<RollforwardRow> rows = new ArrayList<>();
		rows.add(rf("BILLING_PROFILE", "BP1", "2026-01", "0.00", "100.00", "10.00", "90.00"));
		rows.add(rf("BILLING_PROFILE", "BP1", "2026-02", "90.00", "0.00", "20.00", "70.00"));
		rows.add(rf("BILLING_PROFILE", "BP1", "2026-03", "70.00", "0.00", "0.00", "70.00"));
		rows.addAll(levels.rows().stream().filter(r -> r.scopeType().equals("COUNTRY")).toList());
		rows.addAll(levels.rows().stream().filter(r -> r.scopeType().equals("GLOBAL")).toList());
		rows.addAll(partners);
		rows.addAll(levels.rows().stream().filter(r -> r.scopeType().equals("REGION")).toList());
		return rows;
	}

	static RollforwardRow rf(String type, String id, String month, String opening, String newCredit, String charges,
			String closing) {
		BigDecimal zero = new BigDecimal("0.00");
		return new RollforwardRow(type, id, "USD", YearMonth.parse(month), new BigDecimal(opening),
				new BigDecimal(newCredit), new BigDecimal(charges), zero, zero, zero, zero, new BigDecimal(closing));
	}

}
