package com.creditsrecon.reports.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.reconcile.BreakIds;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.model.world.Partner;

/**
 * The reconciliation's output files (outputs.md): {@code reconciliation/breaks.csv}, one
 * row per differing field or unmatched item, with its currency, partner and stable ID,
 * and {@code reconciliation/summary.csv}, per (object, break class, currency) the count
 * and the sum of absolute amount differences, computed from the break rows as they are
 * written.
 */
public final class ReconciliationFiles {

	/** breaks.csv: a row's cells are its own and its ID, given in file order. */
	public static final ResultFile<IdentifiedBreak> BREAKS = ResultFile.of("reconciliation/breaks.csv",
			List.of("object", "key", "reported_key", "match_method", "field", "expected", "reported", "difference",
					"break_class", "currency", "partner_id", "break_id", "partner_name", "country"),
			ReconciliationFiles::breakCells);

	public static final ResultFile<BreakSummary.Line> SUMMARY = ResultFile.of("reconciliation/summary.csv",
			List.of("object", "break_class", "currency", "count", "abs_difference"),
			l -> new String[] { l.object().name(), l.breakClass().name(), CsvOutput.text(l.currency()),
					Long.toString(l.count()), l.absDifference() == null ? "" : l.absDifference().toPlainString() });

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
		return write(folder, partnerId -> null, false, rows);
	}

	/**
	 * Writes breaks.csv under {@code folder} from the rows {@code rows} gives, already in
	 * file order, then summary.csv from them.
	 * @param partners the imported partner of an ID, null for none
	 * @param bom whether the files start with a UTF-8 byte-order mark
	 * @param rows streams every break row to the consumer it is given
	 * @return what the rows add up to (rule N3)
	 */
	public static BreakSummary write(Path folder, Function<String, Partner> partners, boolean bom,
			Consumer<Consumer<BreakRow>> rows) {
		BreakSummary summary = new BreakSummary();
		BreakIds ids = new BreakIds();
		try (ResultFile.Writer<IdentifiedBreak> out = BREAKS.create(folder, bom)) {
			rows.accept(row -> {
				Partner partner = row.partnerId() == null || row.partnerId().isEmpty() ? null
						: partners.apply(row.partnerId());
				out.write(new IdentifiedBreak(row, ids.next(row), partner));
				summary.add(row);
			});
		}
		try (ResultFile.Writer<BreakSummary.Line> out = SUMMARY.create(folder, bom)) {
			summary.lines().forEach(out::write);
		}
		return summary;
	}

	/**
	 * Amount cells (expected and reported of an amount field, the difference) are
	 * numbers, never guarded; the other compared values (statuses, dates, profiles) are
	 * text.
	 */
	private static String[] breakCells(IdentifiedBreak identified) {
		BreakRow r = identified.row();
		boolean amounts = r.hasAmount();
		return new String[] { r.object().name(), CsvOutput.text(r.key()), CsvOutput.text(r.reportedKey()),
				r.matchMethod().name(), CsvOutput.text(r.field()),
				amounts ? r.expected() : CsvOutput.text(r.expected()),
				amounts ? r.reported() : CsvOutput.text(r.reported()), difference(r.difference(), r.currency()),
				r.breakClass().name(), CsvOutput.text(r.currency()), CsvOutput.text(r.partnerId()), identified.id(),
				SimulationFiles.partnerName(identified.partner()),
				identified.partner() == null ? "" : CsvOutput.text(identified.partner().country()) };
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

	/**
	 * A row of breaks.csv with its {@code break_id}, which depends on the rows before it,
	 * and its partner (null when the row has none, or no imported partner has its ID).
	 */
	public record IdentifiedBreak(BreakRow row, String id, Partner partner) {

		public IdentifiedBreak(BreakRow row, String id) {
			this(row, id, null);
		}

	}

}
