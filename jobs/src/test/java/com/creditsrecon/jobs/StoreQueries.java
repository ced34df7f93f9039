package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.world.UsageSum;

/** Reads the embedded store a finished run left under its output folder. */
public final class StoreQueries {

	private StoreQueries() {
	}

	/** The total of the usage sums in effect (not superseded). */
	static BigDecimal usageInEffect(Path out) {
		return usageSums(out).stream().map(s -> s.sum().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Every daily sum in effect that a run stored, with its partner (null for none). */
	public static List<PartnerSum> usageSums(Path out) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		List<PartnerSum> sums = new ArrayList<>();
		UsageSums.open(options.storeDir()).forEach((partner, sum) -> sums.add(new PartnerSum(partner, sum)));
		return sums;
	}

	/** A daily sum in effect and its partner, null for none. */
	public record PartnerSum(String partnerId, UsageSum sum) {
	}

	/** How many executions the latest job instance has: 2 after a restart. */
	static int executionsOfLastInstance(Path out) {
		return Integer.parseInt(rows(out, "SELECT COUNT(*) FROM batch_job_execution WHERE job_instance_id ="
				+ " (SELECT MAX(job_instance_id) FROM batch_job_instance)")
			.get(0));
	}

	/** Runs one statement on the embedded store of a run's output folder. */
	static void execute(Path out, String statement) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "SA", "");
				Statement s = connection.createStatement()) {
			s.execute(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every row of a query, each row's columns joined with {@code |}. */
	public static List<String> rows(Path out, String sql) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try {
			return rows(options.jdbcUrl(), "SA", sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every row of a query on the store at {@code url}, each row's columns joined with
	 * {@code |}.
	 */
	static List<String> rows(String url, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<String> rows = new ArrayList<>();
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
	}

}
