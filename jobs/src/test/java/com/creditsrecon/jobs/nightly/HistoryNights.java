package com.creditsrecon.jobs.nightly;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakIds;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.MatchMethod;
import com.creditsrecon.reports.csv.ReconciliationFiles;

/**
 * A store with the history's tables, made by the migration's own script (until Flyway
 * runs it), and hand-made break rows put in {@code cr_result_break} night after night, as
 * the reconcile steps leave them; each night's outputs in a folder of their own.
 */
final class HistoryNights {

	static final LocalDate NIGHT_1 = LocalDate.parse("2026-10-29");

	static final LocalDate NIGHT_2 = LocalDate.parse("2026-10-30");

	static final LocalDate NIGHT_3 = LocalDate.parse("2026-10-31");

	/** A lot's balance, which moves from night to night. */
	static final BreakRow A = row(BreakObject.LOT, "L1", "BP1|R1|2026-01-01", "closed_balance", "-49.50", "USD", "P1");

	static final BreakRow A_MOVED = row(BreakObject.LOT, "L1", "BP1|R1|2026-01-01", "closed_balance", "-60", "USD",
			"P1");

	/** A benefit's status: no amount. */
	static final BreakRow B = row(BreakObject.BENEFIT, "PU3-AZBULK", "PU3-AZBULK", "status", null, "JPY", "P3");

	static final BreakRow C = row(BreakObject.TRANSACTIONS, "BP2|2026-10|EUR", "BP2|2026-10|EUR", "charges", "1021",
			"EUR", "P2");

	/** A lot only Azure reports. */
	static final BreakRow D = row(BreakObject.LOT, "", "BP1|X|2026-10-01", BreakRow.UNEXPECTED_IN_REPORT, "300", "USD",
			"P1");

	/** A key a spreadsheet would run as a formula. */
	static final BreakRow G = row(BreakObject.LOT, "=L9", "", BreakRow.MISSING_IN_REPORT, "-10", "USD", "P1");

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Path folder;

	HistoryNights(DataSource dataSource, Path folder) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.folder = folder;
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V3__break_history.sql")).execute(dataSource);
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * Runs a night on these break rows: breaks.csv as the reconciliation writes it, then
	 * the tasklet.
	 * @return the night's folder
	 */
	Path night(LocalDate asOf, BreakRow... breaks) {
		return night(asOf, this.jdbc, breaks);
	}

	/** Runs a night with the tasklet on {@code jdbc}, which may fail on purpose. */
	Path night(LocalDate asOf, JdbcTemplate store, BreakRow... breaks) {
		ResultTables.recreateBreaks(SqlDialect.of(this.jdbc)).forEach(this.jdbc::execute);
		ResultWriter.Block block = new ResultWriter.Block();
		block.add(ResultTables.BREAKS, "", Arrays.asList(breaks), 0);
		new ResultWriter(this.jdbc, new DataSourceTransactionManager(this.dataSource),
				new ResultRuns(() -> this.folder.resolve(".store")))
			.write(block);
		Path night = this.folder.resolve(asOf.toString());
		ReconciliationFiles.write(night,
				rows -> new ResultPages(this.jdbc, null).forEach(ResultTables.BREAKS, rows::accept));
		new BreakHistoryTasklet(store, night, asOf, false)
			.execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null);
		return night;
	}

	/** cr_break_history, a row a line, by night and break_id. */
	List<String> table() {
		return this.jdbc.query(
				"SELECT as_of, break_id, status, first_seen, last_seen, difference, previous_difference "
						+ "FROM cr_break_history ORDER BY as_of, break_id",
				(rs, i) -> rs.getObject(1, LocalDate.class) + "," + rs.getString(2) + "," + rs.getString(3) + ","
						+ rs.getObject(4, LocalDate.class) + "," + rs.getObject(5, LocalDate.class) + ","
						+ plain(rs.getBigDecimal(6)) + "," + plain(rs.getBigDecimal(7)));
	}

	/** cr_night's nights, in order. */
	List<LocalDate> nights() {
		return this.jdbc.queryForList("SELECT as_of FROM cr_night ORDER BY as_of", LocalDate.class);
	}

	/** A file of a night's folder. */
	static String read(Path night, String file) throws IOException {
		return Files.readString(night.resolve(file), StandardCharsets.UTF_8);
	}

	/** A break_id column of a file, in file order. */
	static List<String> ids(Path night, String file, int column) throws IOException {
		List<String> ids = new ArrayList<>();
		List<String> lines = Files.readAllLines(night.resolve(file));
		for (String line : lines.subList(1, lines.size())) {
			ids.add(line.split(",", -1)[column]);
		}
		return ids;
	}

	/** The ID breaks.csv gives a row that shares it with no other. */
	static String id(BreakRow row) {
		return new BreakIds().next(row);
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}

	private static BreakRow row(BreakObject object, String key, String reportedKey, String field, String difference,
			String currency, String partner) {
		return new BreakRow(object, key, reportedKey, MatchMethod.REFERENCE, field, "", "",
				difference == null ? null : new BigDecimal(difference), BreakClass.UNEXPLAINED, currency, partner);
	}

}
