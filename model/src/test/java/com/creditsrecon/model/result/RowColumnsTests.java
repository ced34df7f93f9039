package com.creditsrecon.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowColumnsTests {

	@Test
	void columnsAreTheRecordsComponentsInOrderInSnakeCase() {
		// given
		RowColumns<LotRow> lots = RowColumns.of(LotRow.class);

		// when
		List<String> names = lots.columns().stream().map(RowColumns.Column::name).toList();

		// then: the columns of lots.csv (outputs.md)
		assertEquals(
				List.of("lot_id", "benefit_id", "purchase_id", "partner_id", "benefit_type", "experience", "scope_type",
						"billing_profile_id", "subscription_id", "currency", "original_amount", "start_date",
						"end_date", "charged", "adjusted", "lapsed", "expired", "revoked", "closed_balance", "status"),
				names);
		assertEquals(BigDecimal.class, lots.column("original_amount").type());
		assertEquals(10, lots.column("original_amount").index());
	}

	@Test
	void aRowIsReadColumnByColumnAndMadeAgainFromItsValues() {
		// given: a row with a primitive, a month and amounts
		ConsumptionRow row = new ConsumptionRow("BP1", YearMonth.of(2026, 3), "COVERED", "USD", 7,
				new BigDecimal("1.50"), new BigDecimal("1.00"), new BigDecimal("0.50"), BigDecimal.ZERO,
				BigDecimal.ZERO);
		RowColumns<ConsumptionRow> columns = RowColumns.of(ConsumptionRow.class);

		// when
		Object[] values = columns.columns().stream().map(c -> c.get(row)).toArray();

		// then
		assertEquals(7L, values[4]);
		assertEquals(YearMonth.of(2026, 3), values[1]);
		assertEquals(row, columns.row(values));
	}

	@Test
	void anEnumComponentKeepsItsType() {
		// given
		EventRow event = new EventRow(LocalDate.of(2026, 1, 1), "L1", "B1", EventType.values()[0], "USD",
				BigDecimal.TEN, BigDecimal.TEN, "P1", "BP1");

		// when
		RowColumns.Column<EventRow> type = RowColumns.of(EventRow.class).column("event_type");

		// then
		assertEquals(EventType.class, type.type());
		assertEquals(EventType.values()[0], type.get(event));
	}

	@Test
	void anUnknownColumnIsNamedInTheError() {
		// given
		RowColumns<LotRow> lots = RowColumns.of(LotRow.class);

		// when
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> lots.column("amount"));

		// then
		assertEquals("amount is not a column of LotRow", error.getMessage());
	}

	@Test
	void camelCaseBecomesSnakeCase() {
		assertEquals("closed_balance", RowColumns.snakeCase("closedBalance"));
		assertEquals("at", RowColumns.snakeCase("at"));
		assertEquals("remaining_revoked", RowColumns.snakeCase("remainingRevoked"));
	}

}
