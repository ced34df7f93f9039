package com.creditsrecon.jobs.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.StoreUrl;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The store's schema, versioned: the migrations in {@code db/migration}, in SQL that
 * HSQLDB and PostgreSQL both accept, applied by Flyway when a run opens its store. A
 * store of the release before Flyway (its tables, no history) is taken to be at version 0
 * and migrated from there, its rows kept; a store that a newer version migrated further
 * than this one knows is refused (exit code 2), never changed.
 *
 * <p>
 * Flyway's Java API rather than Spring Boot's auto-configuration: the store is migrated
 * under the run's lock and before Spring starts, so that a PostgreSQL schema that is new
 * exists before Spring Batch's tables are made in it, a refused store never has them
 * made, and a refusal is one line and an exit code, not a context that failed to start.
 * Spring Batch's own tables ({@code batch_*}) stay Spring Batch's, made by Spring Boot
 * ({@code spring.batch.jdbc.initialize-schema}) from the scripts of the Spring Batch in
 * use; the per-run work tables stay made by the steps that fill them, holding only what
 * one run derives.
 */
public final class StoreSchema implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(StoreSchema.class);

	static final String LOCATION = "classpath:db/migration";

	/**
	 * Where a store written before Flyway starts: below V1, which then runs on it (its
	 * statements are {@code IF NOT EXISTS}) and makes whatever that release had not made
	 * yet.
	 */
	static final String BASELINE = "0";

	private final Connection keeper;

	private final List<String> notices;

	private StoreSchema(Connection keeper, List<String> notices) {
		this.keeper = keeper;
		this.notices = notices;
	}

	/**
	 * Migrates the store of a run, its lock held.
	 * @param schema the PostgreSQL schema the run writes in, made if missing; null for
	 * the embedded store
	 * @return the store, held open until closed when it is the embedded one: HSQLDB shuts
	 * a file database down when its last connection closes, and opens it again on the
	 * next, a second or two each on the store of 10,000 partners
	 * @throws StoreRefusedException for a store of a newer version, or one whose tables
	 * lack columns this version writes
	 * @throws NotMigratedException when a migration fails
	 * @throws SQLException when the store cannot be reached
	 */
	public static StoreSchema open(RunOptions options, StoreCredentials credentials, String schema)
			throws SQLException {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(options.jdbcUrl());
		dataSource.setConnectionProperties(credentials.properties());
		Connection keeper = options.db() == null ? dataSource.getConnection() : null;
		try {
			String store = options.db() == null ? options.storeDir().toString() : StoreUrl.masked(options.db());
			return new StoreSchema(keeper, migrate(dataSource, schema, store));
		}
		catch (SQLException | RuntimeException ex) {
			if (keeper != null) {
				keeper.close();
			}
			throw ex;
		}
	}

	/**
	 * Migrates the store of {@code dataSource} to the latest version this program knows.
	 * @param schema the PostgreSQL schema to migrate, made if missing; null for the
	 * connection's own
	 * @param store the store as messages name it
	 * @return what the console says of it: none, unless a schema was made or a store
	 * written by an earlier version migrated
	 */
	public static List<String> migrate(DataSource dataSource, String schema, String store) throws SQLException {
		FluentConfiguration configuration = Flyway.configure(StoreSchema.class.getClassLoader())
			.dataSource(dataSource)
			.locations(LOCATION)
			.baselineOnMigrate(true)
			.baselineVersion(BASELINE)
			.baselineDescription("store before Flyway");
		if (schema != null) {
			configuration.schemas(schema).createSchemas(true);
		}
		Flyway flyway = configuration.load();
		List<String> notices = new ArrayList<>();
		try {
			MigrationInfoService info = flyway.info();
			refuseNewer(info, store);
			MigrationInfo before = info.current();
			boolean existed = schema == null || schemaExists(dataSource, schema);
			boolean earlier = before == null && existed && hasTables(dataSource);
			if (earlier) {
				refuseUnknownLayout(dataSource, store);
			}
			MigrateResult result = flyway.migrate();
			LOG.info("Store schema at version {} ({} migrations applied)", latest(info), result.migrationsExecuted);
			if (!existed) {
				notices.add("--db: the schema " + schema + " did not exist; made it, with the store's tables");
			}
			else if (earlier) {
				notices.add("the store " + store + ", written before its schema had versions, was migrated to"
						+ " schema version " + latest(info));
			}
			else if (before != null && result.migrationsExecuted > 0) {
				notices.add("the store " + store + " was migrated from schema version " + before.getVersion() + " to "
						+ latest(info));
			}
		}
		catch (FlywayException ex) {
			throw new NotMigratedException("cannot migrate the store " + store + ": " + words(ex), ex);
		}
		checkColumns(dataSource, store);
		return notices;
	}

	/** What the console says of the store before the run starts. */
	public List<String> notices() {
		return this.notices;
	}

	/**
	 * A store at a version this program does not know was migrated by a newer one: its
	 * tables may hold what this version cannot read or would spoil.
	 */
	private static void refuseNewer(MigrationInfoService info, String store) {
		Optional<MigrationInfo> future = Arrays.stream(info.applied())
			.filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
			.max(Comparator.comparing(MigrationInfo::getVersion));
		if (future.isPresent()) {
			throw new StoreRefusedException("the store " + store + " is at schema version " + future.get().getVersion()
					+ " (" + future.get().getDescription() + "), newer than this credits-recon " + Arguments.version()
					+ " knows (up to " + latest(info) + "); run a version that knows it, or name another store");
		}
	}

	/** The last migration this program has. */
	private static MigrationVersion latest(MigrationInfoService info) {
		return Arrays.stream(info.all())
			.filter(m -> m.getState().isResolved() && m.getVersion() != null)
			.map(MigrationInfo::getVersion)
			.max(Comparator.naturalOrder())
			.orElse(MigrationVersion.EMPTY);
	}

	/**
	 * A store without history is taken to be at the baseline, where V1 starts: its tables
	 * must have the columns V1 declares, as the release before Flyway made them. Only a
	 * store of a development build before that release has others; it is refused before
	 * V1 runs on it, rather than left with V1 half applied (HSQLDB commits each statement
	 * of a script).
	 */
	private static void refuseUnknownLayout(DataSource dataSource, String store) throws SQLException {
		Map<String, Set<String>> expected = baselineLayout();
		try (Connection connection = dataSource.getConnection()) {
			for (Map.Entry<String, Set<String>> table : expected.entrySet()) {
				Set<String> found = columns(connection, table.getKey());
				if (found == null) {
					continue; // V1 makes it
				}
				List<String> missing = table.getValue().stream().filter(c -> !found.contains(c)).sorted().toList();
				if (!missing.isEmpty()) {
					throw new StoreRefusedException("the store " + store + " has " + table.getKey()
							+ " without the column " + String.join(", ", missing)
							+ ", as no release of credits-recon made it (a store of a development build);"
							+ " delete it or name another to start afresh");
				}
			}
		}
	}

	/**
	 * The tables and columns of version 1: V1 run on an empty database in memory, which
	 * keeps them true to V1 whatever later migrations change.
	 */
	private static Map<String, Set<String>> baselineLayout() throws SQLException {
		DriverManagerDataSource memory = new DriverManagerDataSource(
				"jdbc:hsqldb:mem:baseline-" + UUID.randomUUID() + ";shutdown=true", "SA", "");
		try (Connection keeper = memory.getConnection()) {
			Flyway.configure(StoreSchema.class.getClassLoader())
				.dataSource(memory)
				.locations(LOCATION)
				.target("1")
				.load()
				.migrate();
			Map<String, Set<String>> layout = new TreeMap<>();
			try (ResultSet tables = keeper.getMetaData()
				.getTables(null, "PUBLIC", "CR\\_%", new String[] { "TABLE" })) {
				while (tables.next()) {
					String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					layout.put(table, columns(keeper, table));
				}
			}
			return layout;
		}
		catch (FlywayException ex) {
			throw new IllegalStateException("V1 does not run on HSQLDB: " + words(ex), ex);
		}
	}

	/**
	 * The migrations and the columns the import writes are declared apart: a column that
	 * no migration made (a migration missing from the build, a table changed by hand) is
	 * found here, before a row is read, rather than as an SQL error halfway through the
	 * import.
	 */
	private static void checkColumns(DataSource dataSource, String store) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			for (ExtractSpec spec : Extracts.ALL) {
				Set<String> found = columns(connection, StoreTables.table(spec));
				List<String> missing = StoreTables.columns(spec)
					.stream()
					.filter(c -> found == null || !found.contains(c))
					.toList();
				if (!missing.isEmpty()) {
					throw new NotMigratedException("the store " + store + " has no column " + String.join(", ", missing)
							+ " in " + StoreTables.table(spec) + " after its migrations: the table was changed by"
							+ " hand, or this build lacks a migration (db/migration)", null);
				}
			}
		}
	}

	/** A table's columns, in lower case; null when the schema has no such table. */
	private static Set<String> columns(Connection connection, String table) {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			Set<String> columns = new HashSet<>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
			}
			return columns;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private static boolean schemaExists(DataSource dataSource, String schema) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection
					.prepareStatement("SELECT COUNT(*) FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
			query.setString(1, schema);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getInt(1) > 0;
			}
		}
	}

	/**
	 * Whether the store has any of the tables of this program (as a run of any version
	 * made them).
	 */
	private static boolean hasTables(DataSource dataSource) throws SQLException {
		List<String> tables = new ArrayList<>(List.of(StoreTables.INPUT_FILE, StoreTables.USAGE_LAST_DAY));
		Extracts.ALL.forEach(spec -> tables.add(StoreTables.table(spec)));
		try (Connection connection = dataSource.getConnection()) {
			for (String table : tables) {
				if (columns(connection, table) != null) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * Flyway's first line (which migration), and its cause's (why), without the SQL state
	 * and the statement that follow.
	 */
	private static String words(FlywayException ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String what = firstLine(ex.getMessage());
		return root == ex || root.getMessage() == null ? what : what + ": " + firstLine(root.getMessage());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String stripped = message.strip();
		int end = stripped.indexOf('\n');
		return (end < 0 ? stripped : stripped.substring(0, end)).strip();
	}

	/** Lets the embedded store shut down, once the run's own connections are closed. */
	@Override
	public void close() {
		if (this.keeper == null) {
			return;
		}
		try {
			this.keeper.close();
		}
		catch (SQLException ex) {
			// as Spring's pool does when its last connection fails to close
			LOG.warn("Cannot close the store's connection", ex);
		}
	}

	/** A migration of the store that failed: the environment, or a bug (exit code 1). */
	public static final class NotMigratedException extends RuntimeException {

		NotMigratedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
