package com.creditsrecon.jobs.nightly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.model.history.BreakStatus;
import com.creditsrecon.model.history.HistoryEntry;
import com.creditsrecon.model.reconcile.BreakObject;

/**
 * The break history's rows in the store ({@code cr_break_history}), a night at a time.
 * The statements run in the caller's transaction.
 */
final class StoredHistory {

	static final String TABLE = "cr_break_history";

	/** The columns of an entry, in the order of {@link HistoryEntry}'s components. */
	private static final String COLUMNS = "break_id, break_object, break_key, reported_key, field_name, currency, "
			+ "partner_id, first_seen, last_seen, status, difference, previous_difference";

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	StoredHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The entries of a night, in no particular order. */
	List<HistoryEntry> night(LocalDate asOf) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE as_of = ?", (rs, i) -> entry(rs), asOf);
	}

	/** Deletes the night's entries, then inserts these. */
	void replace(LocalDate asOf, List<HistoryEntry> entries) {
		this.jdbc.update("DELETE FROM " + TABLE + " WHERE as_of = ?", asOf);
		String insert = "INSERT INTO " + TABLE + " (as_of, " + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		List<Object[]> rows = new ArrayList<>(Math.min(entries.size(), BATCH));
		for (HistoryEntry e : entries) {
			rows.add(new Object[] { asOf, e.breakId(), e.object().name(), e.key(), e.reportedKey(), e.field(),
					e.currency(), e.partnerId(), e.firstSeen(), e.lastSeen(), e.status().name(), e.difference(),
					e.previousDifference() });
			if (rows.size() == BATCH) {
				this.jdbc.batchUpdate(insert, rows);
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(insert, rows);
		}
	}

	/** The entry puts the amounts back at the scale breaks.csv writes them. */
	private static HistoryEntry entry(ResultSet rs) throws SQLException {
		return new HistoryEntry(rs.getString(1), BreakObject.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
				rs.getObject(9, LocalDate.class), BreakStatus.valueOf(rs.getString(10)), rs.getBigDecimal(11),
				rs.getBigDecimal(12));
	}

}
