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
	 * Whether the extract's table carries the owning partner resolved at import
	 * (actions).
	 */
	public static boolean hasResolvedPartner(ExtractSpec spec) {
		return spec == Extracts.ACTIONS;
	}

	/**
	 * {@code INSERT} of one parsed row: the spec's columns, then the line, then the
	 * partner if any.
	 */
	public static String insert(ExtractSpec spec) {
		List<String> columns = new ArrayList<>(spec.columns().stream().map(c -> column(c.name())).toList());
		columns.add("source_line");
		if (hasResolvedPartner(spec)) {
			columns.add("partner_id");
		}
		return "INSERT INTO " + table(spec) + " (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
	}

	/** Every {@code CREATE TABLE} and {@code CREATE INDEX}, each safe to run again. */
	public static List<String> ddl() {
		List<String> ddl = new ArrayList<>();
		for (ExtractSpec spec : Extracts.ALL) {
			List<String> columns = new ArrayList<>();
			for (Column column : spec.columns()) {
				columns.add(column(column.name()) + " " + sqlType(column));
			}
			columns.add("source_line BIGINT NOT NULL");
			if (hasResolvedPartner(spec)) {
				columns.add("partner_id " + TEXT);
			}
			ddl.add("CREATE TABLE IF NOT EXISTS " + table(spec) + " (" + String.join(", ", columns) + ")");
			if (spec.columns().stream().anyMatch(c -> c.name().equals("partner_id")) || hasResolvedPartner(spec)) {
				ddl.add(index(table(spec), "partner_id"));
			}
		}
		ddl.add("CREATE TABLE IF NOT EXISTS " + USAGE_LAST_DAY + " (charge_date DATE NOT NULL)");
		ddl.add("CREATE TABLE IF NOT EXISTS " + INPUT_FILE + " (file_id INTEGER NOT NULL PRIMARY KEY, " + "path " + TEXT
				+ " NOT NULL, extract VARCHAR(40) NOT NULL, export_seq INTEGER, "
				+ "read_rows BIGINT NOT NULL, loaded BIGINT NOT NULL, rejected BIGINT NOT NULL, "
				+ "superseded BIGINT NOT NULL, sha256 VARCHAR(64))");
		return ddl;
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
