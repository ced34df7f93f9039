package com.creditsrecon.reports.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.BreakSummary;

/**
 * The reconciliation's output files (outputs.md): {@code reconciliation/breaks.csv}, one
 * row per differing field or unmatched item with its currency as an extra last column,
 * and {@code reconciliation/summary.csv}, per (object, break class) the count and the sum
 * of absolute amount differences, computed from the break rows as they are written.
 */
public final class ReconciliationFiles {

	public static final ResultFile<BreakRow> BREAKS = ResultFile.of("reconciliation/breaks.csv",
			List.of("object", "key", "reported_key", "match_method", "field", "expected", "reported", "difference",
					"break_class", "currency"),
			ReconciliationFiles::breakCells);

	public static final ResultFile<BreakSummary.Line> SUMMARY = ResultFile.of("reconciliation/summary.csv",
			List.of("object", "break_class", "count", "abs_difference"), l -> new String[] { l.object().name(),
					l.breakClass().name(), Long.toString(l.count()), l.absDifference().toPlainString() });

	/** Both files, in the order outputs.md lists them. */
	public static final List<ResultFile<?>> ALL = List.of(BREAKS, SUMMARY);

	private ReconciliationFiles() {
	}

	/**
	 * Writes breaks.csv under {@code folder} from the rows {@code rows} gives, already in
	 * file order, then summary.csv from them.
	 * @param rows streams every break row to the consumer it is given
	 * @return what the rows add up to (rule N3)
	 */
	public static BreakSummary write(Path folder, Consumer<Consumer<BreakRow>> rows) {
		BreakSummary summary = new BreakSummary();
		try (ResultFile.Writer<BreakRow> out = BREAKS.create(folder)) {
			rows.accept(row -> {
				out.write(row);
				summary.add(row);
			});
		}
		try (ResultFile.Writer<BreakSummary.Line> out = SUMMARY.create(folder)) {
			summary.lines().forEach(out::write);
		}
		return summary;
	}

	/**
	 * Amount cells (expected and reported of an amount field, the difference) are
	 * numbers, never guarded; the other compared values (statuses, dates, profiles) are
	 * text.
	 */
	private static String[] breakCells(BreakRow r) {
		boolean amounts = r.hasAmount();
		return new String[] { r.object().name(), CsvOutput.text(r.key()), CsvOutput.text(r.reportedKey()),
				r.matchMethod().name(), CsvOutput.text(r.field()),
				amounts ? r.expected() : CsvOutput.text(r.expected()),
				amounts ? r.reported() : CsvOutput.text(r.reported()), difference(r.difference(), r.currency()),
				r.breakClass().name(), CsvOutput.text(r.currency()) };
	}

	/**
	 * At the currency's minor unit (two digits when it is unknown), or as exact as it is
	 * when a reported amount had more digits: a difference is never rounded away.
	 */
	static String difference(BigDecimal difference, String currency) {
		if (difference == null) {
			return "";
		}
		return Currencies.asWritten(difference, currency).toPlainString();
	}

}
