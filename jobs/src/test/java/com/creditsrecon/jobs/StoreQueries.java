package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the embedded store a finished run left under its output folder. */
public final class StoreQueries {

	private StoreQueries() {
	}

	/** How many executions the latest job instance has: 2 after a restart. */
	static int executionsOfLastInstance(Path out) {
		return queryInt(out, "SELECT COUNT(*) FROM batch_job_execution WHERE job_instance_id ="
				+ " (SELECT MAX(job_instance_id) FROM batch_job_instance)");
	}

	/** Every row of a query, each row's columns joined with {@code |}. */
	public static java.util.List<String> rows(Path out, String sql) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			java.util.List<String> rows = new java.util.ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= columns; c++) {
					row.append(c > 1 ? "|" : "").append(rs.getString(c));
				}
				rows.add(row.toString());
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int queryInt(Path out, String sql) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The total of the usage sums in effect (not superseded). */
	static BigDecimal usageInEffect(Path out) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT SUM(u.amount) FROM " + com.creditsrecon.jobs.store.StoreTables.USAGE_IN_EFFECT)) {
			rs.next();
			return rs.getBigDecimal(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
