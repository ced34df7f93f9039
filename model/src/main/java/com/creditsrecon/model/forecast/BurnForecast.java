package com.creditsrecon.model.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.world.Partner;

/**
 * Computes forecast.csv (outputs.md) from events and lots fed in any order, by any
 * threads (the files that stream them feed it as they are written): only the charges and
 * adjustments of the 30 days {@code as-of − 29 … as-of} are kept, one net sum per lot,
 * and only the open lots (rule K7: ACTIVE) with a balance; the rows are made when asked
 * for. What it holds is bounded by the lots, never by the events.
 */
public final class BurnForecast {

	/** The days of the window the burn rate is measured over, {@code as-of} included. */
	public static final int WINDOW_DAYS = 30;

	private static final BigDecimal WINDOW = BigDecimal.valueOf(WINDOW_DAYS);

	private static final String ACTIVE = "ACTIVE";

	private final LocalDate asOf;

	private final LocalDate windowStart;

	private final Map<String, BigDecimal> netCharges = new HashMap<>();

	private final List<OpenLot> open = new ArrayList<>();

	public BurnForecast(LocalDate asOf) {
		this.asOf = Objects.requireNonNull(asOf, "asOf is required");
		this.windowStart = asOf.minusDays(WINDOW_DAYS - 1);
	}

	/**
	 * Counts a lot's event: SETTLED_CHARGES add to its burn, ADJUSTMENT (credit given
	 * back) subtracts; other events and days outside the window do not count.
	 */
	public synchronized void event(EventRow event) {
		if (event.date().isBefore(this.windowStart) || event.date().isAfter(this.asOf)) {
			return;
		}
		if (event.eventType() == EventType.SETTLED_CHARGES) {
			this.netCharges.merge(event.lotId(), event.amount(), BigDecimal::add);
		}
		else if (event.eventType() == EventType.ADJUSTMENT) {
			this.netCharges.merge(event.lotId(), event.amount().negate(), BigDecimal::add);
		}
	}

	/**
	 * Offers a lot: kept when it is ACTIVE with a closed balance above 0.
	 * @param partners the partner of an ID, or null when none is known (its name, country
	 * and region are then blank)
	 */
	public synchronized void lot(LotRow lot, Function<String, Partner> partners) {
		if (ACTIVE.equals(lot.status()) && lot.closedBalance().signum() > 0) {
			this.open.add(new OpenLot(lot, partners.apply(lot.partnerId())));
		}
	}

	private ForecastRow row(OpenLot open) {
		LotRow lot = open.lot();
		String currency = lot.currency();
		long days = ChronoUnit.DAYS.between(this.asOf, lot.endDate());
		BigDecimal net = this.netCharges.getOrDefault(lot.lotId(), BigDecimal.ZERO);
		BigDecimal burnRate = net.max(BigDecimal.ZERO)
			.divide(WINDOW, Currencies.minorDigits(currency), RoundingMode.HALF_EVEN);
		BigDecimal unused = lot.closedBalance().subtract(burnRate.multiply(BigDecimal.valueOf(days)));
		Partner partner = open.partner();
		return new ForecastRow(lot.lotId(), lot.benefitId(), lot.partnerId(),
				partner == null ? "" : partner.partnerName(), partner == null ? "" : partner.country(),
				partner == null ? "" : partner.region(), currency,
				Currencies.atMinorUnit(lot.closedBalance(), currency), lot.endDate(), days, burnRate,
				Currencies.atMinorUnit(unused.max(BigDecimal.ZERO), currency));
	}

	/**
	 * The rows, sorted by end date, then lot ID: once every event and lot has been fed.
	 */
	public synchronized List<ForecastRow> rows() {
		List<ForecastRow> sorted = new ArrayList<>(this.open.size());
		this.open.forEach(lot -> sorted.add(row(lot)));
		sorted.sort(Comparator.comparing(ForecastRow::endDate).thenComparing(ForecastRow::lotId));
		return sorted;
	}

	/** An open lot with a balance, and its partner (null when none is known). */
	private record OpenLot(LotRow lot, Partner partner) {
	}

}
