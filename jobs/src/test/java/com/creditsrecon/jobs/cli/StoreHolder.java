package com.creditsrecon.jobs.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A process that holds an embedded store open, as a run under way does, until its
 * standard input closes ({@link FileFaults#holdStore}).
 */
public final class StoreHolder {

	static final String HOLDING = "holding";

	private StoreHolder() {
	}

	public static void main(String[] args) throws SQLException, IOException {
		try (Connection connection = DriverManager.getConnection(args[0], "SA", "")) {
			System.out.println(HOLDING);
			System.out.flush();
			while (System.in.read() != -1) {
				// wait for the test to let go
			}
		}
	}

}
