package com.creditsrecon.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.world.Partner;

/**
 * forecast.csv on a hand-made world at as-of 2026-10-31: the window is 2026-10-02 …
 * 2026-10-31. Every figure below is worked out by hand in its comment.
 */
class BurnForecastTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

	private static final Map<String, Partner> PARTNERS = Map.of("P1",
			new Partner("P1", "Contoso", "DE", "EMEA", List.of()));

	@Test
	@DisplayName("forecast.csv: burn rate over as-of − 29 … as-of, projected unused at the currency's minor unit")
	void forecastOfAHandMadeWorld() {
		// given
		BurnForecast forecast = new BurnForecast(AS_OF);
		List.of(
				// no charge in the window: the one of as-of − 30 is outside, NEW_CREDIT
				// never counts → burn 0, projected = the balance 1000.00
				event("2026-10-01", "PU1-AZBULK-01", EventType.SETTLED_CHARGES, "300.00"),
				event("2026-10-05", "PU1-AZBULK-01", EventType.NEW_CREDIT, "1000.00"),
				// as-of − 29 and as-of both count: (60 + 90) / 30 = 5.00 a day; 5.00 × 30
				// days = 150.00 > 100.00 → 0
				event("2026-10-02", "PU2-AZMONTHLY-01", EventType.SETTLED_CHARGES, "60.00"),
				event("2026-10-31", "PU2-AZMONTHLY-01", EventType.SETTLED_CHARGES, "90.00"),
				// JPY: 10000 / 30 = 333.33… → 333; 333 × 92 = 30636; 50000 − 30636 =
				// 19364
				event("2026-10-15", "PU3-AZBULK-01", EventType.SETTLED_CHARGES, "10000"),
				// adjustments above charges: 40.00 − 55.00 < 0 → burn 0, projected 200.00
				event("2026-10-20", "PU4-AZBULK-01", EventType.SETTLED_CHARGES, "40.00"),
				event("2026-10-21", "PU4-AZBULK-01", EventType.ADJUSTMENT, "55.00"),
				// (100.00 − 0.25) / 30 = 3.325 → 3.32 (HALF_EVEN); 3.32 × 92 = 305.44;
				// 500.00 − 305.44 = 194.56 (the unrounded rate would give 194.10)
				event("2026-10-10", "PU5-AZBULK-01", EventType.SETTLED_CHARGES, "100.00"),
				event("2026-10-12", "PU5-AZBULK-01", EventType.ADJUSTMENT, "0.25"),
				event("2026-10-12", "PU6-AZBULK-01", EventType.SETTLED_CHARGES, "5.00"))
			.forEach(forecast::event);

		// when
		List.of(lot("PU1-AZBULK-01", "P1", "USD", "1000.00", "2026-12-31", "ACTIVE"),
				lot("PU2-AZMONTHLY-01", "P1", "USD", "100.00", "2026-11-30", "ACTIVE"),
				lot("PU3-AZBULK-01", "P2", "JPY", "50000", "2027-01-31", "ACTIVE"),
				lot("PU4-AZBULK-01", "P1", "EUR", "200.00", "2026-11-15", "ACTIVE"),
				lot("PU5-AZBULK-01", "P1", "USD", "500.00", "2027-01-31", "ACTIVE"),
				// excluded: not ACTIVE, or nothing left
				lot("PU6-AZBULK-01", "P1", "USD", "0.00", "2026-12-31", "ACTIVE"),
				lot("PU7-AZMONTHLY-01", "P1", "USD", "0.00", "2026-10-31", "COMPLETE"),
				lot("PU8-AZMONTHLY-01", "P1", "USD", "10.00", "2026-12-31", "REVOKED"))
			.forEach(lot -> forecast.lot(lot, PARTNERS::get));
		List<ForecastRow> rows = forecast.rows();

		// then: by end date, then lot ID
		assertEquals(List.of(
				row("PU4-AZBULK-01", "P1", "Contoso", "DE", "EMEA", "EUR", "200.00", "2026-11-15", 15, "0.00",
						"200.00"),
				row("PU2-AZMONTHLY-01", "P1", "Contoso", "DE", "EMEA", "USD", "100.00", "2026-11-30", 30, "5.00",
						"0.00"),
				row("PU1-AZBULK-01", "P1", "Contoso", "DE", "EMEA", "USD", "1000.00", "2026-12-31", 61, "0.00",
						"1000.00"),
				row("PU3-AZBULK-01", "P2", "", "", "", "JPY", "50000", "2027-01-31", 92, "333", "19364"),
				row("PU5-AZBULK-01", "P1", "Contoso", "DE", "EMEA", "USD", "500.00", "2027-01-31", 92, "3.32",
						"194.56")),
				rows);
		// amounts carry the currency's scale (record equality compares it too)
		assertEquals(List.of(2, 2, 2, 0, 2), rows.stream().map(r -> r.projectedUnused().scale()).toList());
		assertEquals(List.of(2, 2, 2, 0, 2), rows.stream().map(r -> r.burnRate().scale()).toList());
	}

	@Test
	void noLotsNoRows() {
		// given
		BurnForecast forecast = new BurnForecast(AS_OF);
		forecast.event(event("2026-10-12", "PU1-AZBULK-01", EventType.SETTLED_CHARGES, "5.00"));

		// when
		List<ForecastRow> rows = forecast.rows();

		// then
		assertTrue(rows.isEmpty());
	}

	private static EventRow event(String date, String lotId, EventType type, String amount) {
		return new EventRow(LocalDate.parse(date), lotId, lotId.substring(0, lotId.length() - 3), type, "USD",
				new BigDecimal(amount), BigDecimal.ZERO, "P1", "BP1");
	}

	private static LotRow lot(String lotId, String partnerId, String currency, String balance, String endDate,
			String status) {
		BigDecimal zero = BigDecimal.ZERO;
		return new LotRow(lotId, lotId.substring(0, lotId.length() - 3), "PU", partnerId, "AZURE_BULK", "MODERNIZED",
				"BILLING_PROFILE", "BP1", "", currency, new BigDecimal(balance), LocalDate.of(2026, 1, 1),
				LocalDate.parse(endDate), zero, zero, zero, zero, zero, new BigDecimal(balance), status);
	}

	private static ForecastRow row(String lotId, String partnerId, String name, String country, String region,
			String currency, String balance, String endDate, long days, String burn, String unused) {
		return new ForecastRow(lotId, lotId.substring(0, lotId.length() - 3), partnerId, name, country, region,
				currency, new BigDecimal(balance), LocalDate.parse(endDate), days, new BigDecimal(burn),
				new BigDecimal(unused));
	}

}
