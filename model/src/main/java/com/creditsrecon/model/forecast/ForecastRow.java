package com.creditsrecon.model.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of forecast.csv: an open lot with a balance at the end of {@code as-of}, its burn
 * rate over the last 30 days and the balance that rate leaves unused at its end. Amounts
 * are in {@code currency} at its minor unit.
 *
 * @param daysToExpiry {@code end_date − as-of}, in days
 * @param burnRate net charges per day over the 30 days up to {@code as-of}, never below 0
 * @param projectedUnused what is left at {@code end_date} at that rate, never below 0
 */
public record ForecastRow(String lotId, String benefitId, String partnerId, String partnerName, String country,
		String region, String currency, BigDecimal closedBalance, LocalDate endDate, long daysToExpiry,
		BigDecimal burnRate, BigDecimal projectedUnused) {

	public ForecastRow {
		Objects.requireNonNull(lotId, "lotId is required");
		Objects.requireNonNull(currency, "currency is required");
		Objects.requireNonNull(closedBalance, "closedBalance is required");
		Objects.requireNonNull(endDate, "endDate is required");
		Objects.requireNonNull(burnRate, "burnRate is required");
		Objects.requireNonNull(projectedUnused, "projectedUnused is required");
	}

}
