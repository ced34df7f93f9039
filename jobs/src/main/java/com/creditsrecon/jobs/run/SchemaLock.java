package com.creditsrecon.jobs.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One run at a time on a PostgreSQL store: a session-level advisory lock on the store's
 * schema, held by a connection of its own for as long as the run lasts. The server lets
 * go of it when that connection ends, however the run ends: a lock left by a killed run
 * never blocks the restart. Taken before anything is written, it is also where a schema
 * that does not exist is found (exit code 2, not a failed run).
 */
final class SchemaLock implements AutoCloseable {

	/** The advisory locks' first key: the lock space of credits-recon ("CREC"). */
	private static final int LOCK_SPACE = 0x43524543;

	private final Connection connection;

	private SchemaLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Connects to {@code url} and takes the lock of its schema, naming itself
	 * {@code holder} for a run that finds it taken.
	 * @param credentials the user and password of the connection
	 * @throws StoreRefusedException when the schema does not exist
	 * @throws RunLockedException naming the run that holds the lock
	 * @throws SQLException when the store cannot be reached
	 */
	static SchemaLock take(String url, Properties credentials, String holder) throws SQLException {
		Connection connection = DriverManager.getConnection(url, credentials);
		try {
			String schema = currentSchema(connection);
			int key = schema.hashCode() & Integer.MAX_VALUE;
			try (PreparedStatement name = connection
				.prepareStatement("select set_config('application_name', ?, false)")) {
				// what a run that finds the lock taken shows of this one
				name.setString(1, holder.length() > 63 ? holder.substring(0, 63) : holder);
				name.execute();
			}
			try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
				lock.setInt(1, LOCK_SPACE);
				lock.setInt(2, key);
				try (ResultSet taken = lock.executeQuery()) {
					taken.next();
					if (!taken.getBoolean(1)) {
						throw new RunLockedException("another run is using the schema " + schema + " of the store ("
								+ holder(connection, key) + "); wait for it to finish");
					}
				}
			}
			return new SchemaLock(connection);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * The schema the run writes in: PostgreSQL's {@code current_schema()}, which is null
	 * when no schema of the search path (the URL's {@code currentSchema}) exists.
	 */
	private static String currentSchema(Connection connection) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select current_schema(), current_database(), current_setting('search_path')");
				ResultSet row = query.executeQuery()) {
			row.next();
			String schema = row.getString(1);
			if (schema == null) {
				// the search path is the URL's currentSchema, else the server's default
				String named = row.getString(3).replace("\"", "");
				throw new StoreRefusedException(
						"--db: the schema " + named + " (currentSchema) does not exist in the" + " database "
								+ row.getString(2) + "; create it (CREATE SCHEMA " + named + ") or name another");
			}
			return schema;
		}
	}

	/** Who holds the lock, as the server knows it. */
	private static String holder(Connection connection, int key) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("""
				select a.application_name, a.client_addr, a.pid, a.backend_start
				from pg_locks l join pg_stat_activity a on a.pid = l.pid
				where l.locktype = 'advisory' and l.granted and l.classid = ?::oid and l.objid = ?::oid
				  and l.database = (select oid from pg_database where datname = current_database())""")) {
			query.setLong(1, LOCK_SPACE);
			query.setLong(2, key);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					return "a run that has just ended";
				}
				String client = row.getString(2) == null ? "local" : row.getString(2);
				return row.getString(1) + ", server process " + row.getInt(3) + " from " + client + " since "
						+ row.getTimestamp(4).toInstant();
			}
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
