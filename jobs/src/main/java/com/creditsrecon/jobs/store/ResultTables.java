package com.creditsrecon.jobs.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.MatchMethod;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EligibilityRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.result.RowColumns;
import com.creditsrecon.model.text.CodePoints;

/**
 * The simulation's result tables: one per output file (with the runs the reconciliation
 * reads: each block's partners, consumption's reported credits), each kept in sorted runs
 * ({@link ResultRuns}), and the break rows, the one table of results in the store; and
 * the work table of each partner's subscriptions of other partners. Every result row
 * carries the partner whose simulation wrote it ({@code sim_partner_id}, blank for what
 * belongs to no partner) and its position in that partner's list ({@code seq}); its key
 * is the sort key of its file. The tables of the output files take their columns from
 * their rows' records ({@link RowColumns}); the break rows' table, the one in the
 * database, names its own (the record's {@code key} and {@code object} are SQL words).
 * Blanks are stored as {@code ''}, never {@code NULL}, in text columns: the two databases
 * sort {@code NULL} differently.
 */
public final class ResultTables {

	/** The partner whose simulation wrote a row; blank for the unattributed one. */
	public static final String SIM_PARTNER = "sim_partner_id";

	public static final Table<BenefitRow> BENEFITS = Table.of("cr_result_benefit", BenefitRow.class, "benefit_id");

	public static final Table<LotRow> LOTS = Table.of("cr_result_lot", LotRow.class, "lot_id");

	/**
	 * Sorted by date, lot and the T2 order of the event type (an enum column is kept as
	 * its position, which is that order).
	 */
	public static final Table<EventRow> EVENTS = Table.of("cr_result_event", EventRow.class, "date", "lot_id",
			"event_type");

	public static final Table<DecisionRow> DECISIONS = Table.of("cr_result_decision", DecisionRow.class, "action_id");

	public static final Table<EligibilityRow> ELIGIBILITY = Table.of("cr_result_eligibility", EligibilityRow.class,
			"benefit_id", "partner_id", "billing_profile_id");

	/**
	 * A key may repeat across simulations (a profile in two partners' usage, unattributed
	 * usage in parts): the partner and the row's position make it unique.
	 */
	public static final Table<ConsumptionRow> CONSUMPTION = Table.of("cr_result_consumption", ConsumptionRow.class,
			"billing_profile_id", "month", "classification", "currency", SIM_PARTNER, "seq");

	/**
	 * Consumption's REPORTED_CREDIT rows with a billing profile (rule RC6), kept apart as
	 * well: not an output file, but what the reconciliation reads of the consumption.
	 */
	public static final Table<ConsumptionRow> REPORTED_CREDITS = CONSUMPTION.named("cr_result_reported_credit");

	public static final Table<RevocationRow> REVOCATIONS = Table.of("cr_result_revocation", RevocationRow.class,
			"purchase_id", "benefit_id");

	/**
	 * The engine's PARTNER and BILLING_PROFILE rows, and the GLOBAL, REGION and COUNTRY
	 * rows summed from them (blank {@code sim_partner_id}).
	 */
	public static final Table<RollforwardRow> ROLLFORWARD = Table.of("cr_result_rollforward", RollforwardRow.class,
			"scope_type", "scope_id", "currency", "month");

	/**
	 * The break rows of reconciliation/breaks.csv (their IDs are given as the file is
	 * written, in its order). Not one of {@link #ALL}: the reconcile steps write it,
	 * after the simulation. Each unit of reconciliation (a partner, or rows of no known
	 * partner) writes its rows with its partner and their positions, so that the key
	 * stays unique; the same field of the same pair is only ever in one unit.
	 */
	public static final Table<BreakRow> BREAKS = new Table<>("cr_result_break",
			List.of(text("break_object"), text("break_key"), text("reported_key"), text("match_method"),
					text("field_name"), text("expected"), text("reported"), amount("difference"), text("break_class"),
					text("currency"), text("partner_id")),
			List.of("break_object", "break_key", "reported_key", "field_name", SIM_PARTNER, "seq"),
			r -> new Object[] { r.object().name(), r.key(), r.reportedKey(), r.matchMethod().name(), r.field(),
					r.expected(), r.reported(), r.difference(), r.breakClass().name(), r.currency(), r.partnerId() },
			rs -> new BreakRow(BreakObject.valueOf(text(rs, 1)), text(rs, 2), text(rs, 3),
					MatchMethod.valueOf(text(rs, 4)), text(rs, 5), text(rs, 6), text(rs, 7), exact(rs.getBigDecimal(8)),
					BreakClass.valueOf(text(rs, 9)), text(rs, 10), text(rs, 11)));

	/**
	 * The partners a block of the simulation simulated, in the order it simulated them:
	 * not an output file, but what the reconciliation reads a block's units by. Kept in
	 * order of {@code seq}, each partner's position in its block.
	 */
	public static final Table<String> PARTNERS = new Table<>("cr_result_partner", List.of(text("partner_id")),
			List.of("seq"), r -> new Object[] { r }, rs -> text(rs, 1));

	/** Every result table, in the order of outputs.md. */
	public static final List<Table<?>> ALL = List.of(BENEFITS, LOTS, EVENTS, DECISIONS, ELIGIBILITY, CONSUMPTION,
			REVOCATIONS, ROLLFORWARD);

	/**
	 * Work tables of earlier versions (subscriptions and roles with their partner, which
	 * they now carry from the import), dropped from the stores those wrote.
	 */
	private static final List<String> EARLIER_WORK_TABLES = List.of("cr_sim_subscription", "cr_sim_profile_role");

	/**
	 * Per partner, the lower-case subscriptions its actions name that belong to another
	 * partner's profile (rule T7).
	 */
	public static final String SIM_FOREIGN_SUBSCRIPTION = "cr_sim_foreign_subscription";

	private ResultTables() {
	}

	/**
	 * Drops and creates the simulation's work tables, and drops the result tables that a
	 * store of an earlier version kept (results are kept in runs now): a fresh run starts
	 * from none. Made here rather than by the store's migrations ({@code db/migration}):
	 * they hold only what one run derives from the tables that are versioned, and take
	 * their columns from the rows' records and the database's collation.
	 */
	public static List<String> recreate() {
		List<String> ddl = new ArrayList<>();
		for (Table<?> table : ALL) {
			ddl.add("DROP TABLE IF EXISTS " + table.name());
		}
		for (String work : EARLIER_WORK_TABLES) {
			ddl.add("DROP TABLE IF EXISTS " + work);
		}
		ddl.add("DROP TABLE IF EXISTS " + SIM_FOREIGN_SUBSCRIPTION);
		ddl.add("CREATE TABLE " + SIM_FOREIGN_SUBSCRIPTION + " (partner_id VARCHAR(4000) NOT NULL, "
				+ "subscription_key VARCHAR(4000) NOT NULL)");
		ddl.add("CREATE INDEX ix_" + SIM_FOREIGN_SUBSCRIPTION + " ON " + SIM_FOREIGN_SUBSCRIPTION + " (partner_id)");
		return ddl;
	}

	/**
	 * Drops and creates the table of break rows: a fresh reconciliation starts from none.
	 */
	public static List<String> recreateBreaks(SqlDialect dialect) {
		List<String> ddl = new ArrayList<>();
		ddl.add("DROP TABLE IF EXISTS " + BREAKS.name());
		ddl.addAll(BREAKS.ddl(dialect));
		return ddl;
	}

	/** The store's kinds of column. */
	public enum Type {

		TEXT("VARCHAR(4000)"), DATE("DATE"), TIMESTAMP("TIMESTAMP"), AMOUNT("NUMERIC(38,18)"), INTEGER("INTEGER"),
		BIGINT("BIGINT"), BOOLEAN("BOOLEAN");

		private final String sql;

		Type(String sql) {
			this.sql = sql;
		}

	}

	/** Which rows a page query reads. */
	public enum Page {

		FIRST, SAME_GROUP, NEXT_GROUPS

	}

	/** One column of a result table. */
	public record Column(String name, Type type) {
	}

	/** How a result table's row is read back. */
	@FunctionalInterface
	public interface Reader<R> {

		/** Reads the row's columns, numbered from 1 in table order. */
		R read(StoredRow rs) throws SQLException;

	}

	/**
	 * A result table: {@code sim_partner_id}, {@code seq}, then the row's columns; its
	 * primary key is the sort key of its output file.
	 *
	 * @param <R> the result row it holds
	 */
	public static final class Table<R> {

		private final String name;

		private final List<Column> columns;

		private final List<String> key;

		private final Function<R, Object[]> values;

		private final Reader<R> reader;

		Table(String name, List<Column> columns, List<String> key, Function<R, Object[]> values, Reader<R> reader) {
			this.name = name;
			this.columns = List.copyOf(columns);
			this.key = List.copyOf(key);
			this.values = values;
			this.reader = reader;
		}

		/**
		 * The table of a result row type: its columns are the row's own
		 * ({@link RowColumns}), kept as {@link #storedType}; the key names some of them.
		 */
		static <R extends Record> Table<R> of(String name, Class<R> type, String... key) {
			RowColumns<R> row = RowColumns.of(type);
			List<RowColumns.Column<R>> fields = row.columns();
			Kept[] kept = fields.stream().map(f -> Kept.as(f.type())).toArray(Kept[]::new);
			List<Column> columns = new ArrayList<>();
			for (int i = 0; i < kept.length; i++) {
				columns.add(new Column(fields.get(i).name(), kept[i].type()));
			}
			int currency = columns.stream().map(Column::name).toList().indexOf("currency");
			Function<R, Object[]> values = r -> {
				Object[] stored = new Object[kept.length];
				for (int i = 0; i < stored.length; i++) {
					stored[i] = kept[i].toStored().apply(fields.get(i).get(r));
				}
				return stored;
			};
			Reader<R> reader = rs -> {
				String rowCurrency = currency < 0 ? null : text(rs, currency + 1);
				Object[] restored = new Object[kept.length];
				for (int i = 0; i < restored.length; i++) {
					restored[i] = kept[i].fromStored().read(rs, i + 1, rowCurrency);
				}
				return row.row(restored);
			};
			return new Table<>(name, columns, List.of(key), values, reader);
		}

		public String name() {
			return this.name;
		}

		/** A table of the same columns and key under another name. */
		Table<R> named(String name) {
			return new Table<>(name, this.columns, this.key, this.values, this.reader);
		}

		/** The sort key of the file, the table's primary key. */
		public List<String> key() {
			return this.key;
		}

		List<String> ddl(SqlDialect dialect) {
			List<String> definitions = new ArrayList<>();
			// The store's own collation, as cr_partners: partitions delete ranges of it.
			definitions.add(SIM_PARTNER + " " + Type.TEXT.sql + " NOT NULL");
			definitions.add("seq INTEGER NOT NULL");
			for (Column column : this.columns) {
				String collation = column.type() == Type.TEXT ? dialect.codePointCollation() : "";
				boolean keyColumn = this.key.contains(column.name());
				definitions.add(column.name() + " " + column.type().sql + collation + (keyColumn ? " NOT NULL" : ""));
			}
			definitions.add("PRIMARY KEY (" + String.join(", ", this.key) + ")");
			// No index on sim_partner_id: every insert would pay for it, and only a
			// restarted partition deletes by it.
			return List.of("CREATE TABLE " + this.name + " (" + String.join(", ", definitions) + ")");
		}

		/**
		 * {@code SELECT} of the rows' columns, in table order (what {@link #read} takes),
		 * with a condition.
		 */
		public String select(String where) {
			return "SELECT " + this.columns.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM "
					+ this.name + " WHERE " + where;
		}

		/**
		 * {@code INSERT} of one row: the simulated partner, the row's position, its
		 * values.
		 */
		public String insert() {
			return "INSERT INTO " + this.name + " (" + SIM_PARTNER + ", seq, "
					+ this.columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES (?, ?, "
					+ this.columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
		}

		/** The parameters of {@link #insert()}; blank text for none. */
		public Object[] parameters(String simPartnerId, int seq, R row) {
			Object[] values = this.values.apply(row);
			Object[] parameters = new Object[values.length + 2];
			parameters[0] = simPartnerId;
			parameters[1] = seq;
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				parameters[i + 2] = value == null && this.columns.get(i).type() == Type.TEXT ? "" : value;
			}
			return parameters;
		}

		/**
		 * The rows' columns then the key's, sorted by the key, at most {@code size} of
		 * them: the first page of the table ({@link Page#FIRST}), the rest of the group
		 * of rows that share the first key column with the row last read
		 * ({@link Page#SAME_GROUP}, its key values as parameters, see
		 * {@link #pageParameters}), or the rows of the next groups
		 * ({@link Page#NEXT_GROUPS}, the first key value as parameter). Equality on the
		 * first column keeps each query on one range of the key's index even when that
		 * column has few values (the roll-forward's scope type).
		 */
		public String page(Page page, int size) {
			String columnList = this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
			String select = "SELECT " + columnList + ", " + String.join(", ", this.key) + " FROM " + this.name;
			String first = this.key.get(0);
			String where = switch (page) {
				case FIRST -> "";
				case SAME_GROUP -> " WHERE " + first + " = ? AND " + this.key.get(1) + " >= ? AND " + after(1);
				case NEXT_GROUPS -> " WHERE " + first + " > ?";
			};
			return select + where + " ORDER BY " + String.join(", ", this.key) + " LIMIT " + size;
		}

		/** Whether the key has more than one column (else there is no same group). */
		public boolean hasGroups() {
			return this.key.size() > 1;
		}

		/**
		 * {@code (k_i, ...) > (?, ...)}, spelled out so that both databases use the key's
		 * index.
		 */
		private String after(int i) {
			String column = this.key.get(i);
			if (i == this.key.size() - 1) {
				return column + " > ?";
			}
			return "(" + column + " > ? OR (" + column + " = ? AND " + after(i + 1) + "))";
		}

		/** The parameters of a {@link Page#SAME_GROUP} page after a row with this key. */
		public Object[] pageParameters(Object[] lastKey) {
			List<Object> parameters = new ArrayList<>();
			parameters.add(lastKey[0]);
			parameters.add(lastKey[1]);
			for (int i = 1; i < lastKey.length - 1; i++) {
				parameters.add(lastKey[i]);
				parameters.add(lastKey[i]);
			}
			parameters.add(lastKey[lastKey.length - 1]);
			return parameters.toArray();
		}

		/** The key values of the current row of a page. */
		public Object[] keyValues(ResultSet rs) throws SQLException {
			Object[] key = new Object[this.key.size()];
			for (int i = 0; i < key.length; i++) {
				key[i] = rs.getObject(this.columns.size() + 1 + i);
			}
			return key;
		}

		/** The result row of the current row of a page. */
		public R read(ResultSet rs) throws SQLException {
			return this.reader.read(StoredRow.of(rs));
		}

		/** The result row of the {@link #parameters} of one. */
		public R read(Object[] parameters) {
			try {
				return this.reader.read(StoredRow.of(parameters, 2));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The types of {@link #parameters}: the simulated partner, the position, the
		 * columns.
		 */
		List<Type> parameterTypes() {
			List<Type> types = new ArrayList<>(List.of(Type.TEXT, Type.INTEGER));
			this.columns.forEach(column -> types.add(column.type()));
			return types;
		}

		/**
		 * The order of the table's key on {@link #parameters}, as both databases sort it:
		 * text by code point.
		 */
		Comparator<Object[]> keyOrder() {
			List<Type> types = parameterTypes();
			int[] indexes = new int[this.key.size()];
			boolean[] text = new boolean[indexes.length];
			for (int k = 0; k < indexes.length; k++) {
				String name = this.key.get(k);
				indexes[k] = name.equals(SIM_PARTNER) ? 0 : name.equals("seq") ? 1 : 2 + columnIndex(name);
				text[k] = types.get(indexes[k]) == Type.TEXT;
			}
			// one loop rather than a chain of comparators: runs are merged on it, a
			// comparison per row and level of the merge
			return (a, b) -> {
				for (int k = 0; k < indexes.length; k++) {
					Object x = a[indexes[k]];
					Object y = b[indexes[k]];
					int order = text[k] ? CodePoints.compare((String) x, (String) y) : comparable(x).compareTo(y);
					if (order != 0) {
						return order;
					}
				}
				return 0;
			};
		}

		@SuppressWarnings("unchecked")
		private static Comparable<Object> comparable(Object value) {
			return (Comparable<Object>) value;
		}

		/**
		 * Whether the table's rows are kept in sorted runs ({@link ResultRuns}) rather
		 * than the database: every table but the break rows. Results are written once and
		 * read back whole in the order of their file, or a block at a time by the
		 * reconciliation; writing a run and merging runs costs a fraction of rows
		 * inserted into an indexed table and paged back out.
		 */
		public boolean inRuns() {
			return this != BREAKS;
		}

		private int columnIndex(String name) {
			for (int i = 0; i < this.columns.size(); i++) {
				if (this.columns.get(i).name().equals(name)) {
					return i;
				}
			}
			throw new IllegalArgumentException(name + " is not a column of " + this.name);
		}

		/** A row mapper of the page's rows. */
		public RowMapper<R> mapper() {
			return (rs, n) -> read(rs);
		}

	}

	/**
	 * How a row's value of a Java type is kept: months as text, instants as UTC
	 * timestamps, an enum as its position (the order it declares, as T2's event types).
	 * Chosen once per column, not per row.
	 */
	private record Kept(Type type, UnaryOperator<Object> toStored, ColumnReader fromStored) {

		static Kept as(Class<?> type) {
			if (type == String.class) {
				return new Kept(Type.TEXT, v -> v, (rs, column, currency) -> text(rs, column));
			}
			if (type == YearMonth.class) {
				return new Kept(Type.TEXT, v -> v == null ? null : v.toString(), (rs, column, currency) -> {
					String month = rs.getString(column);
					return month == null || month.isEmpty() ? null : YearMonth.parse(month);
				});
			}
			if (type == LocalDate.class) {
				return new Kept(Type.DATE, v -> v, (rs, column, currency) -> date(rs, column));
			}
			if (type == Instant.class) {
				return new Kept(Type.TIMESTAMP,
						v -> v == null ? null : LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC),
						(rs, column, currency) -> instant(rs, column));
			}
			if (type == BigDecimal.class) {
				return new Kept(Type.AMOUNT, v -> v, ResultTables::amount);
			}
			if (type.isEnum()) {
				Object[] constants = type.getEnumConstants();
				return new Kept(Type.INTEGER, v -> v == null ? null : ((Enum<?>) v).ordinal(),
						(rs, column, currency) -> constants[rs.getInt(column)]);
			}
			if (type == int.class) {
				return new Kept(Type.INTEGER, v -> v, (rs, column, currency) -> rs.getInt(column));
			}
			if (type == long.class) {
				return new Kept(Type.BIGINT, v -> v, (rs, column, currency) -> rs.getLong(column));
			}
			if (type == boolean.class) {
				return new Kept(Type.BOOLEAN, v -> v, (rs, column, currency) -> rs.getBoolean(column));
			}
			throw new IllegalArgumentException("no column type for " + type.getSimpleName());
		}

	}

	/** Reads a kept value back; amounts take their row's currency. */
	@FunctionalInterface
	private interface ColumnReader {

		Object read(StoredRow rs, int column, String currency) throws SQLException;

	}

	private static Column text(String name) {
		return new Column(name, Type.TEXT);
	}

	private static Column amount(String name) {
		return new Column(name, Type.AMOUNT);
	}

	private static String text(StoredRow rs, int column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? "" : text;
	}

	/**
	 * An amount as written: at its currency's minor unit (the store keeps 18 decimals),
	 * or as exact as it is when it has more digits.
	 */
	private static BigDecimal amount(StoredRow rs, int column, String currency) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column);
		return amount == null ? null : Currencies.asWritten(amount, currency);
	}

	/**
	 * A stored amount without the store's trailing zeros (it keeps 18 decimals), never
	 * with a negative scale; null for none. Whoever writes it gives it its currency's
	 * digits.
	 */
	public static BigDecimal exact(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static LocalDate date(StoredRow rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(StoredRow rs, int column) throws SQLException {
		LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
		return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
	}

}
