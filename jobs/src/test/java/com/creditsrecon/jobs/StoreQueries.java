package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the embedded store a finished run left under its output folder. */
final class StoreQueries {

	private StoreQueries() {
	}

	/** The total of the usage sums in effect (not superseded). */
	static BigDecimal usageInEffect(Path out) {
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT SUM(amount) FROM cr_usage_daily WHERE superseded = FALSE")) {
			rs.next();
			return rs.getBigDecimal(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
