package com.creditsrecon.jobs.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * One run at a time on a PostgreSQL store: a session-level advisory lock on the store's
 * schema, held by a connection of its own for as long as the run lasts. The server lets
 * go of it when that connection ends, however the run ends: a lock left by a killed run
 * never blocks the restart. Taken before anything is written, so also before the schema
 * is made when it does not exist yet ({@link StoreSchema}): two runs of a new team never
 * both make it.
 */
final class SchemaLock implements AutoCloseable {

	/** The advisory locks' first key: the lock space of credits-recon ("CREC"). */
	private static final int LOCK_SPACE = 0x43524543;

	private final Connection connection;

	private final String schema;

	private SchemaLock(Connection connection, String schema) {
		this.connection = connection;
		this.schema = schema;
	}

	/**
	 * Connects to {@code url} and takes the lock of its schema, naming itself
	 * {@code holder} for a run that finds it taken.
	 * @param credentials the user and password of the connection
	 * @throws StoreRefusedException when the URL names no schema and none of the server's
	 * default search path exists
	 * @throws RunLockedException naming the run that holds the lock
	 * @throws SQLException when the store cannot be reached
	 */
	static SchemaLock take(String url, Properties credentials, String holder) throws SQLException {
		Connection connection = DriverManager.getConnection(url, credentials);
		try {
			String schema = schema(connection);
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
			return new SchemaLock(connection, schema);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * The schema the run writes in, whether it exists or not: the first of the search
	 * path (the URL's {@code currentSchema}, case-folded as PostgreSQL folds an unquoted
	 * name), else, when that is the server's default {@code "$user"}, PostgreSQL's
	 * {@code current_schema()} (usually {@code public}).
	 */
	private static String schema(Connection connection) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select current_schema(), current_database(), current_setting('search_path')");
				ResultSet row = query.executeQuery()) {
			row.next();
			String first = firstOfPath(row.getString(3));
			if (first != null && !first.equals("$user")) {
				return first;
			}
			if (row.getString(1) == null) {
				throw new StoreRefusedException("--db: no schema of the search path " + row.getString(3)
						+ " exists in the database " + row.getString(2) + "; name one with currentSchema=S");
			}
			return row.getString(1);
		}
	}

	/**
	 * The first name of a search path as PostgreSQL reads it: a quoted name as written,
	 * an unquoted one in lower case; null for an empty path.
	 */
	static String firstOfPath(String searchPath) {
		String path = searchPath.strip();
		if (path.startsWith("\"")) {
			StringBuilder name = new StringBuilder();
			for (int i = 1; i < path.length(); i++) {
				char c = path.charAt(i);
				if (c == '"' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
					name.append('"');
					i++;
				}
				else if (c == '"') {
					break;
				}
				else {
					name.append(c);
				}
			}
			return name.toString();
		}
		int comma = path.indexOf(',');
		String first = (comma < 0 ? path : path.substring(0, comma)).strip();
		return first.isEmpty() ? null : first.toLowerCase(Locale.ROOT);
	}

	/** The schema the lock is of, which the run writes in. */
	String schema() {
		return this.schema;
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
