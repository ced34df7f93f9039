package com.creditsrecon.jobs.nightly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nights whose break history the store holds ({@code cr_night}). Nights go forward: a
 * night before the newest one recorded is refused, the newest one may run again.
 */
public final class Nights {

	static final String TABLE = "cr_night";

	private final JdbcTemplate jdbc;

	public Nights(JdbcTemplate jdbc) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc is required");
	}

	/** The newest night recorded; empty before the first. */
	public static Optional<LocalDate> newest(JdbcTemplate jdbc) {
		return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(as_of) FROM " + TABLE, LocalDate.class));
	}

	/** The newest night recorded before {@code asOf}: the night it is compared with. */
	public Optional<LocalDate> before(LocalDate asOf) {
		return Optional.ofNullable(this.jdbc.queryForObject("SELECT MAX(as_of) FROM " + TABLE + " WHERE as_of < ?",
				LocalDate.class, asOf));
	}

	/**
	 * Records the night, or the time it ran again; in the caller's transaction, the one
	 * that writes its history.
	 */
	public void record(LocalDate asOf) {
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		if (this.jdbc.update("UPDATE " + TABLE + " SET recorded_at = ? WHERE as_of = ?", now, asOf) == 0) {
			this.jdbc.update("INSERT INTO " + TABLE + " (as_of, recorded_at) VALUES (?, ?)", asOf, now);
		}
	}

}
