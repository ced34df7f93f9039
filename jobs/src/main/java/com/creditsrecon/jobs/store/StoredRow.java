package com.creditsrecon.jobs.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of one stored result row, numbered from 1 in its table's order, wherever
 * the row is kept: a row of a database table or a row of a sorted run
 * ({@link ResultRuns}). A result table reads its rows through this, so that its columns
 * are declared once for both. The getters are {@link ResultSet}'s.
 */
public interface StoredRow {

	String getString(int column) throws SQLException;

	BigDecimal getBigDecimal(int column) throws SQLException;

	int getInt(int column) throws SQLException;

	long getLong(int column) throws SQLException;

	boolean getBoolean(int column) throws SQLException;

	<T> T getObject(int column, Class<T> type) throws SQLException;

	/** The current row of a result set. */
	static StoredRow of(ResultSet rs) {
		return new StoredRow() {

			@Override
			public String getString(int column) throws SQLException {
				return rs.getString(column);
			}

			@Override
			public BigDecimal getBigDecimal(int column) throws SQLException {
				return rs.getBigDecimal(column);
			}

			@Override
			public int getInt(int column) throws SQLException {
				return rs.getInt(column);
			}

			@Override
			public long getLong(int column) throws SQLException {
				return rs.getLong(column);
			}

			@Override
			public boolean getBoolean(int column) throws SQLException {
				return rs.getBoolean(column);
			}

			@Override
			public <T> T getObject(int column, Class<T> type) throws SQLException {
				return rs.getObject(column, type);
			}

		};
	}

	/**
	 * Values as a table's insert takes them (dates as {@code LocalDate}, timestamps as
	 * {@code LocalDateTime}), column 1 at {@code values[offset]}.
	 */
	static StoredRow of(Object[] values, int offset) {
		return new StoredRow() {

			@Override
			public String getString(int column) {
				return (String) values[offset + column - 1];
			}

			@Override
			public BigDecimal getBigDecimal(int column) {
				return (BigDecimal) values[offset + column - 1];
			}

			@Override
			public int getInt(int column) {
				Object value = values[offset + column - 1];
				return value == null ? 0 : ((Number) value).intValue();
			}

			@Override
			public long getLong(int column) {
				Object value = values[offset + column - 1];
				return value == null ? 0 : ((Number) value).longValue();
			}

			@Override
			public boolean getBoolean(int column) {
				Object value = values[offset + column - 1];
				return value != null && (Boolean) value;
			}

			@Override
			public <T> T getObject(int column, Class<T> type) {
				return type.cast(values[offset + column - 1]);
			}

		};
	}

}
