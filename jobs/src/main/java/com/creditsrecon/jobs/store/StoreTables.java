package com.creditsrecon.jobs.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The names of the store's tables and of the columns the import writes: one table per CSV
 * extract (its columns as the spec names them, the row's line, and for actions the
 * partner that owns them), the latest day of usage, and the ledger of input files (the
 * daily usage sums are in {@link UsageSums}). The tables themselves are made and changed
 * only by the store's migrations ({@code db/migration}, run by Flyway before a run
 * starts), never here: a table of this class that changes needs a migration, and a run
 * refuses a store whose tables lack a column named here.
 */
public final class StoreTables {

	/**
	 * Spec column names that are SQL reserved words somewhere, and what the store calls
	 * them.
	 */
	private static final Map<String, String> RENAMED = Map.of("value", "action_value", "at", "action_at", "role",
			"role_name", "source", "lot_source", "scope", "rollout_scope");

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
	 * The columns the import writes into an extract's table, in the order of
	 * {@link #insert}: the spec's columns, then the row's line, then the
	 * {@link #resolvedColumns}.
	 */
	public static List<String> columns(ExtractSpec spec) {
		List<String> columns = new ArrayList<>(spec.columns().stream().map(c -> column(c.name())).toList());
		columns.add("source_line");
		columns.addAll(resolvedColumns(spec));
		return columns;
	}

	/** {@code INSERT} of one parsed row, its values in the order of {@link #columns}. */
	public static String insert(ExtractSpec spec) {
		List<String> columns = columns(spec);
		return "INSERT INTO " + table(spec) + " (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * Empties an extract's table before its import, keeping the table and its indexes
	 * (kept up to date row by row as the rows load, they cost HSQLDB less than building
	 * them once the rows are in): see {@link SqlDialect#truncate}.
	 */
	public static String empty(ExtractSpec spec, SqlDialect dialect) {
		return dialect.truncate(table(spec));
	}

}
