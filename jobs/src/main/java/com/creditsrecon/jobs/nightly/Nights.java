package com.creditsrecon.jobs.nightly;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nights a store has recorded, one row per as-of day in {@code cr_night}: nights go
 * forward, so an as-of before the newest is refused, and the night before tonight is the
 * one tonight's breaks are followed from.
 */
public final class Nights {

	public static final String TABLE = "cr_night";

	private Nights() {
	}

	/** The newest night recorded, if any. */
	public static Optional<LocalDate> newest(JdbcTemplate jdbc) {
		return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(as_of) FROM " + TABLE, LocalDate.class));
	}

	/** The newest night recorded before {@code asOf}, if any. */
	public static Optional<LocalDate> before(JdbcTemplate jdbc, LocalDate asOf) {
		return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(as_of) FROM " + TABLE + " WHERE as_of < ?",
				LocalDate.class, java.sql.Date.valueOf(asOf)));
	}

	/** Records tonight, once (a rerun of the same night records nothing new). */
	public static void record(JdbcTemplate jdbc, LocalDate asOf) {
		jdbc.update("DELETE FROM " + TABLE + " WHERE as_of = ?", java.sql.Date.valueOf(asOf));
		jdbc.update("INSERT INTO " + TABLE + " (as_of) VALUES (?)", java.sql.Date.valueOf(asOf));
	}

}
