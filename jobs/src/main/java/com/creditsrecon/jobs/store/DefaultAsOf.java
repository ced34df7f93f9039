package com.creditsrecon.jobs.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule T1: the default as-of day is the latest of purchase dates, status dates, action
 * dates, usage charge dates (rows in effect) and reported as-of dates; never a membership
 * end.
 */
public final class DefaultAsOf {

	private DefaultAsOf() {
	}

	/** The default day, or null when the store holds no dated row. */
	public static LocalDate of(JdbcTemplate jdbc) {
		List<String> queries = List.of("SELECT MAX(purchase_date) FROM cr_purchases",
				"SELECT MAX(status_date) FROM cr_purchases", "SELECT CAST(MAX(action_at) AS DATE) FROM cr_actions",
				"SELECT MAX(charge_date) FROM " + StoreTables.USAGE_LAST_DAY, "SELECT MAX(as_of) FROM cr_reported_lots",
				"SELECT MAX(transaction_date) FROM cr_reported_events", "SELECT MAX(as_of) FROM cr_reported_benefits");
		return queries.stream()
			.map(sql -> jdbc.queryForObject(sql, Date.class))
			.filter(Objects::nonNull)
			.map(Date::toLocalDate)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

}
