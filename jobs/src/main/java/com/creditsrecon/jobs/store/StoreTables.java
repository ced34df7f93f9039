package com.creditsrecon.jobs.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.creditsrecon.model.extract.Column;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The store's tables, in plain SQL that HSQLDB and PostgreSQL both accept: one table per
 * CSV extract (its columns as the spec names them, the row's line, and for actions the
 * partner that owns them), the latest day of usage, and the ledger of input files (the
 * daily usage sums are in {@link UsageSums}). Every table that later steps read per
 * partner has an index that starts with {@code partner_id}.
 */
public final class StoreTables {

	/**
	 * Spec column names that are SQL reserved words somewhere, and what the store calls
	 * them.
	 */
	private static final Map<String, String> RENAMED = Map.of("value", "action_value", "at", "action_at", "role",
			"role_name", "source", "lot_source", "scope", "rollout_scope");

	/**
	 * Every text column: a value the program reads is at most 1,000 code points (rule
	 * V2), a normalised one (lower case) at most a few times as many UTF-16 units.
	 */
	private static final String TEXT = "VARCHAR(4000)";

	public static final String INPUT_FILE = "cr_input_file";

	/**
	 * The latest day the usage in effect charges (rule T1 reads it); the sums themselves
	 * are in {@link UsageSums}.
	 */
	public static final String USAGE_LAST_DAY = "cr_usage_last_day";

	private StoreTables() {
	}

	/** The table of an extract: {@code cr_} and its name with {@code _} for {@code -}. */
	public static String table(ExtractSpec spec) {
		return "cr_" + spec.name().replace('-', '_');
	}

	/** The store's name for a spec column. */
	public static String column(String specColumn) {
		return RENAMED.getOrDefault(specColumn, specColumn);
	}

	/**
	 * The columns the import adds to an extract's table after the row's line, resolved
	 * from the reference extracts: an action's owning partner (rule T7); a reported
	 * event's unit of reconciliation (the partner owning its profile, blank for none),
	 * its profile's lower-case key and its profile as billing-profiles.csv spells it.
	 */
	public static List<String> resolvedColumns(ExtractSpec spec) {
		if (spec == Extracts.ACTIONS || spec == Extracts.SUBSCRIPTIONS || spec == Extracts.PROFILE_ROLES) {
			return List.of("partner_id");
		}
		if (spec == Extracts.REPORTED_EVENTS) {
			return List.of("partner_id", "profile_key", "profile_id");
		}
		return List.of();
	}

	/**
	 * {@code INSERT} of one parsed row: the spec's columns, then the line, then the
	 * {@link #resolvedColumns}.
	 */
	public static String insert(ExtractSpec spec) {
		List<String> columns = new ArrayList<>(spec.columns().stream().map(c -> column(c.name())).toList());
		columns.add("source_line");
		columns.addAll(resolvedColumns(spec));
		return "INSERT INTO " + table(spec) + " (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * The extract's table made anew, as this version of the program declares it (a store
	 * written by an earlier version may hold it with other columns), with its
	 * {@link #indexes}: kept up to date row by row, they cost HSQLDB less than building
	 * them once the rows are in (7.5 s against 2.4 s on the extracts of 10,000 partners).
	 */
	public static List<String> recreate(ExtractSpec spec) {
		List<String> ddl = new ArrayList<>(List.of("DROP TABLE IF EXISTS " + table(spec), create(spec)));
		ddl.addAll(indexes(spec));
		return ddl;
	}

	/**
	 * The indexes of an extract's table: by partner (and profile key, for the reported
	 * events) where later steps read it partner by partner.
	 */
	static List<String> indexes(ExtractSpec spec) {
		if (resolvedColumns(spec).contains("profile_key")) {
			return List.of(index(table(spec), "partner_id, profile_key"));
		}
		if (spec.columns().stream().anyMatch(c -> c.name().equals("partner_id"))
				|| resolvedColumns(spec).contains("partner_id")) {
			return List.of(index(table(spec), "partner_id"));
		}
		return List.of();
	}

	/**
	 * Every {@code CREATE TABLE}, each safe to run again. An extract's table is made
	 * anew, with its indexes, by the step that imports it ({@link #recreate}); here it is
	 * only created when missing, so that a store written by an earlier version of the
	 * program opens whatever columns its tables have.
	 */
	public static List<String> ddl() {
		List<String> ddl = new ArrayList<>();
		for (ExtractSpec spec : Extracts.ALL) {
			ddl.add(create(spec));
		}
		ddl.add("CREATE TABLE IF NOT EXISTS " + USAGE_LAST_DAY + " (charge_date DATE NOT NULL)");
		ddl.add("CREATE TABLE IF NOT EXISTS " + INPUT_FILE + " (file_id INTEGER NOT NULL PRIMARY KEY, " + "path " + TEXT
				+ " NOT NULL, extract VARCHAR(40) NOT NULL, export_seq INTEGER, "
				+ "read_rows BIGINT NOT NULL, loaded BIGINT NOT NULL, rejected BIGINT NOT NULL, "
				+ "superseded BIGINT NOT NULL, sha256 VARCHAR(64), held BOOLEAN DEFAULT FALSE NOT NULL)");
		ddl.add("CREATE TABLE IF NOT EXISTS cr_stored_input (file_key " + TEXT + " NOT NULL PRIMARY KEY, extract"
				+ " VARCHAR(40) NOT NULL, export_key " + TEXT + ", path " + TEXT
				+ " NOT NULL, sha256 VARCHAR(64) NOT NULL,"
				+ " file_size BIGINT NOT NULL, modified BIGINT NOT NULL, generation VARCHAR(64), read_rows BIGINT NOT NULL,"
				+ " loaded BIGINT NOT NULL, rejected BIGINT NOT NULL, periods " + TEXT
				+ ", imported_by BIGINT NOT NULL)");
		ddl.add("CREATE TABLE IF NOT EXISTS cr_store_state (name VARCHAR(40) NOT NULL PRIMARY KEY, state_value " + TEXT
				+ ")");
		// until the store is migrated by Flyway: V3__break_history.sql
		ddl.add("CREATE TABLE IF NOT EXISTS cr_night (as_of DATE NOT NULL PRIMARY KEY, recorded_at TIMESTAMP NOT NULL)");
		ddl.add("CREATE TABLE IF NOT EXISTS cr_break_history (as_of DATE NOT NULL, break_id VARCHAR(40) NOT NULL,"
				+ " break_object VARCHAR(16) NOT NULL, break_key VARCHAR(4000) NOT NULL, reported_key VARCHAR(4000) NOT NULL,"
				+ " field_name VARCHAR(4000) NOT NULL, currency VARCHAR(4000) NOT NULL, partner_id VARCHAR(4000) NOT NULL,"
				+ " first_seen DATE NOT NULL, last_seen DATE NOT NULL, status VARCHAR(16) NOT NULL,"
				+ " difference NUMERIC(38,18), previous_difference NUMERIC(38,18), PRIMARY KEY (as_of, break_id),"
				+ " FOREIGN KEY (as_of) REFERENCES cr_night (as_of))");
		return ddl;
	}

	private static String create(ExtractSpec spec) {
		List<String> columns = new ArrayList<>();
		for (Column column : spec.columns()) {
			columns.add(column(column.name()) + " " + sqlType(column));
		}
		columns.add("source_line BIGINT NOT NULL");
		resolvedColumns(spec).forEach(column -> columns.add(column + " " + TEXT));
		return "CREATE TABLE IF NOT EXISTS " + table(spec) + " (" + String.join(", ", columns) + ")";
	}

	private static String index(String table, String columns) {
		String name = "ix_" + table + "_" + columns.replace(", ", "_");
		return "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + columns + ")";
	}

	private static String sqlType(Column column) {
		switch (column.type()) {
			case DATE:
				return "DATE";
			case INSTANT:
				return "TIMESTAMP";
			case AMOUNT:
			case POSITIVE_AMOUNT:
				return "NUMERIC(38,18)";
			case CURRENCY:
				return "VARCHAR(3)";
			case COUNTRY:
				return "VARCHAR(2)";
			case BOOLEAN:
				return "BOOLEAN";
			case DAYS:
				return "INTEGER";
			default:
				return TEXT;
		}
	}

}
