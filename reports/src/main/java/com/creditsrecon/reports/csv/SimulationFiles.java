package com.creditsrecon.reports.csv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.creditsrecon.model.forecast.ForecastRow;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EligibilityRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.world.Partner;

/**
 * The simulation's output files (outputs.md): names, and columns taken from their result
 * rows' own ({@link CsvColumns}); events.csv keeps only some, decisions.csv writes its
 * outcome in words. The rows' order is the caller's: each file is streamed sorted by its
 * first columns (events by date, lot and the T2 order of their type). benefits.csv and
 * lots.csv add, after the row's own columns, what analysts filter by: the partner's name
 * (and country), and a lot's days to expiry.
 */
public final class SimulationFiles {

	public static final ResultFile<BenefitLine> BENEFITS = file("benefits.csv",
			CsvColumns.of(BenefitRow.class)
				.of(BenefitLine::benefit)
				.append("partner_name", l -> partnerName(l.partner())));

	public static final ResultFile<LotLine> LOTS = file("lots.csv",
			CsvColumns.of(LotRow.class)
				.of(LotLine::lot)
				.append("partner_name", l -> partnerName(l.partner()))
				.append("country", l -> l.partner() == null ? "" : CsvOutput.text(l.partner().country()))
				.append("days_to_expiry", SimulationFiles::daysToExpiry));

	public static final ResultFile<EventRow> EVENTS = file("events.csv", CsvColumns.of(EventRow.class)
		.only("date", "lot_id", "benefit_id", "event_type", "amount", "closed_balance"));

	public static final ResultFile<DecisionRow> DECISIONS = file("decisions.csv", CsvColumns.of(DecisionRow.class)
		.replace("accepted", "outcome", r -> r.accepted() ? "ACCEPTED" : "REJECTED"));

	public static final ResultFile<EligibilityRow> ELIGIBILITY = file("eligibility.csv",
			CsvColumns.of(EligibilityRow.class));

	/**
	 * One row per (billing profile, month, classification, currency): rows of the same
	 * key from several simulations (a profile named by the usage of two partners, or
	 * unattributed usage simulated in parts) are summed.
	 */
	public static final ResultFile<ConsumptionRow> CONSUMPTION = combining("consumption.csv",
			CsvColumns.of(ConsumptionRow.class), SimulationFiles::sameConsumptionKey, SimulationFiles::sum);

	public static final ResultFile<RevocationRow> REVOCATIONS = file("revocations.csv",
			CsvColumns.of(RevocationRow.class));

	public static final ResultFile<RollforwardRow> ROLLFORWARD = file("rollforward.csv",
			CsvColumns.of(RollforwardRow.class));

	/** Sorted by end date, then lot ID ({@code BurnForecast}). */
	public static final ResultFile<ForecastRow> FORECAST = file("forecast.csv", CsvColumns.of(ForecastRow.class));

	/** Every file, in the order outputs.md lists them. */
	public static final List<ResultFile<?>> ALL = List.of(BENEFITS, LOTS, EVENTS, DECISIONS, ELIGIBILITY, CONSUMPTION,
			REVOCATIONS, ROLLFORWARD, FORECAST);

	private SimulationFiles() {
	}

	private static <R extends Record> ResultFile<R> file(String name, CsvColumns<R> columns) {
		return ResultFile.of(name, columns.header(), columns::cells);
	}

	private static <R extends Record> ResultFile<R> combining(String name, CsvColumns<R> columns,
			java.util.function.BiPredicate<R, R> sameKey, java.util.function.BinaryOperator<R> combine) {
		return ResultFile.combining(name, columns.header(), columns::cells, sameKey, combine);
	}

	/** The partner's name, guarded: it comes from the inputs; blank when unknown. */
	static String partnerName(Partner partner) {
		return partner == null ? "" : CsvOutput.text(partner.partnerName());
	}

	/** {@code end_date − as-of} in days, for an open lot (rule K7: ACTIVE) only. */
	private static String daysToExpiry(LotLine line) {
		if (line.asOf() == null || !"ACTIVE".equals(line.lot().status())) {
			return "";
		}
		return Long.toString(ChronoUnit.DAYS.between(line.asOf(), line.lot().endDate()));
	}

	private static boolean sameConsumptionKey(ConsumptionRow a, ConsumptionRow b) {
		return a.billingProfileId().equals(b.billingProfileId()) && a.month().equals(b.month())
				&& a.classification().equals(b.classification()) && a.currency().equals(b.currency());
	}

	private static ConsumptionRow sum(ConsumptionRow a, ConsumptionRow b) {
		return new ConsumptionRow(a.billingProfileId(), a.month(), a.classification(), a.currency(),
				a.rows() + b.rows(), a.amount().add(b.amount()), a.covered().add(b.covered()),
				a.uncovered().add(b.uncovered()), a.restored().add(b.restored()), a.unapplied().add(b.unapplied()));
	}

	/**
	 * A row of benefits.csv: the benefit and its partner.
	 *
	 * @param partner null when no imported partner has the benefit's partner ID
	 */
	public record BenefitLine(BenefitRow benefit, Partner partner) {
	}

	/**
	 * A row of lots.csv: the lot, its partner and the day reported on.
	 *
	 * @param partner null when no imported partner has the lot's partner ID
	 * @param asOf null when there is none (nothing was simulated)
	 */
	public record LotLine(LotRow lot, Partner partner, LocalDate asOf) {
	}

}
