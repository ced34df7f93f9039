package com.creditsrecon.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.Column;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * The migrations and the extract catalogue are declared apart: the tables the migrations
 * make have the columns, types and indexes the import writes and the later steps read by.
 */
class StoreSchemaTests {

	private SimpleDriverDataSource dataSource;

	@BeforeEach
	void store() throws SQLException {
		this.dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				"jdbc:hsqldb:mem:schema-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
		StoreSchema.migrate(this.dataSource, null, "test store");
	}

	@Test
	@DisplayName("every extract's table has the columns the import writes, in its order, each of the type its values take")
	void migrationsMakeTheColumnsTheImportWrites() throws SQLException {
		for (ExtractSpec spec : Extracts.ALL) {
			List<String> expected = new ArrayList<>();
			spec.columns().forEach(c -> expected.add(StoreTables.column(c.name()) + " " + sqlType(c)));
			expected.add("source_line BIGINT");
			StoreTables.resolvedColumns(spec).forEach(c -> expected.add(c + " VARCHAR(4000)"));
			assertThat(columns(StoreTables.table(spec))).as(spec.name()).isEqualTo(expected);
			assertThat(columns(StoreTables.table(spec))).extracting(c -> c.substring(0, c.indexOf(' ')))
				.isEqualTo(StoreTables.columns(spec));
		}
	}

	@Test
	@DisplayName("every extract's table that later steps read partner by partner has an index that starts with partner_id")
	void tablesReadByPartnerHaveAnIndexByPartner() throws SQLException {
		for (ExtractSpec spec : Extracts.ALL) {
			if (!StoreTables.columns(spec).contains("partner_id")) {
				continue;
			}
			try (Connection connection = this.dataSource.getConnection();
					ResultSet indexes = connection.getMetaData()
						.getIndexInfo(null, "PUBLIC", StoreTables.table(spec).toUpperCase(Locale.ROOT), false, false)) {
				List<String> first = new ArrayList<>();
				while (indexes.next()) {
					if (indexes.getShort("ORDINAL_POSITION") == 1) {
						first.add(indexes.getString("COLUMN_NAME"));
					}
				}
				assertThat(first).as(spec.name()).contains("PARTNER_ID");
			}
		}
	}

	@Test
	@DisplayName("migrating a store at the latest version changes nothing and says nothing")
	void migratingAgainChangesNothing() throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("INSERT INTO cr_usage_last_day (charge_date) VALUES (DATE '2026-10-31')");
		// when
		List<String> notices = StoreSchema.migrate(this.dataSource, null, "test store");
		// then
		assertThat(notices).isEmpty();
		assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\"", String.class))
			.containsExactly("1", "2", "3");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cr_usage_last_day", Integer.class)).isOne();
	}

	/** The column types of the release before Flyway, which V1 declares. */
	private static String sqlType(Column column) {
		return switch (column.type()) {
			case DATE -> "DATE";
			case INSTANT -> "TIMESTAMP";
			case AMOUNT, POSITIVE_AMOUNT -> "NUMERIC(38,18)";
			case CURRENCY -> "VARCHAR(3)";
			case COUNTRY -> "VARCHAR(2)";
			case BOOLEAN -> "BOOLEAN";
			case DAYS -> "INTEGER";
			default -> "VARCHAR(4000)";
		};
	}

	/** A table's columns as HSQLDB has them: name (lower case) and type. */
	private List<String> columns(String table) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				String type = meta.getColumnTypeName(c);
				String sized = switch (type) {
					case "VARCHAR" -> type + "(" + meta.getPrecision(c) + ")";
					case "NUMERIC" -> type + "(" + meta.getPrecision(c) + "," + meta.getScale(c) + ")";
					default -> type;
				};
				columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT) + " " + sized);
			}
			return columns;
		}
	}

}
