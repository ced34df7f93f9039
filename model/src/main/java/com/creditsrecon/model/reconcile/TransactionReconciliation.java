package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;

/**
 * Rule RC6: per (billing profile, month, currency), the totals of Azure's credit
 * transactions against the simulated events of that profile's lots (the lots of lots.csv
 * with that billing profile), and the usage exports' REPORTED_CREDIT total against the
 * simulated charges. A side with no rows counts as 0; every break row is UNEXPLAINED
 * (rule RC4).
 */
final class TransactionReconciliation {

	/** The reported-events amount columns, in file order: the break rows' fields. */
	static final List<String> FIELDS = List.of("new_credit", "charges", "credit_expired", "canceled_credit",
			"adjustments");

	static final String REPORTED_CREDIT = "reported_credit";

	private static final int CHARGES = 1;

	private TransactionReconciliation() {
	}

	static List<BreakRow> reconcile(List<LotRow> lots, List<EventRow> events, List<ReportedEvent> reported,
			boolean eventsPresent, List<ReportedCredit> credits, ProfileOwners owners,
			ReconciliationSettings settings) {
		Map<String, String> profileOfLot = new HashMap<>();
		for (LotRow lot : lots) {
			if (!lot.billingProfileId().isEmpty()) {
				profileOfLot.put(lot.lotId(), lot.billingProfileId());
			}
		}
		Map<String, Totals> simulated = new TreeMap<>();
		for (EventRow event : events) {
			String profile = profileOfLot.get(event.lotId());
			if (profile == null || event.date().isAfter(settings.asOf())) {
				continue;
			}
			Totals totals = simulated.computeIfAbsent(key(profile, YearMonth.from(event.date()), event.currency()),
					k -> new Totals());
			switch (event.eventType()) {
				case NEW_CREDIT -> totals.add(0, event.amount());
				case SETTLED_CHARGES -> totals.add(CHARGES, event.amount());
				case CREDIT_LAPSED, CREDIT_EXPIRED -> totals.add(2, event.amount());
				case CREDIT_REVOKED -> totals.add(3, event.amount());
				case ADJUSTMENT -> totals.add(4, event.amount());
			}
		}
		List<BreakRow> breaks = new ArrayList<>();
		if (eventsPresent) {
			compareEvents(simulated, reported, owners, settings, breaks);
		}
		compareCredits(simulated, credits, owners, settings, breaks);
		return breaks;
	}

	private static void compareEvents(Map<String, Totals> simulated, List<ReportedEvent> reported, ProfileOwners owners,
			ReconciliationSettings settings, List<BreakRow> breaks) {
		Map<String, Totals> azure = new TreeMap<>();
		for (ReportedEvent event : reported) {
			if (event.transactionDate().isAfter(settings.asOf())) {
				continue;
			}
			Totals totals = azure.computeIfAbsent(
					key(event.billingProfileId(), YearMonth.from(event.transactionDate()), event.currency()),
					k -> new Totals());
			// every event type counts, pending ones too, as a positive magnitude
			totals.add(0, event.newCredit());
			totals.add(1, event.charges());
			totals.add(2, event.creditExpired());
			totals.add(3, event.canceledCredit());
			totals.add(4, event.adjustments());
		}
		Set<String> keys = new TreeSet<>(simulated.keySet());
		keys.addAll(azure.keySet());
		Totals none = new Totals();
		for (String key : keys) {
			Totals expected = simulated.get(key);
			Totals actual = azure.get(key);
			for (int i = 0; i < FIELDS.size(); i++) {
				BigDecimal e = (expected == null ? none : expected).amounts[i];
				BigDecimal r = (actual == null ? none : actual).amounts[i];
				if (settings.differ(e, r)) {
					breaks.add(row(key, expected != null, actual != null, FIELDS.get(i), e, r, owners));
				}
			}
		}
	}

	/**
	 * Only where the usage exports carry REPORTED_CREDIT rows: their total, sign
	 * reversed, against the simulated charges of the same key.
	 */
	private static void compareCredits(Map<String, Totals> simulated, List<ReportedCredit> credits,
			ProfileOwners owners, ReconciliationSettings settings, List<BreakRow> breaks) {
		Map<String, BigDecimal> reported = new TreeMap<>();
		for (ReportedCredit credit : credits) {
			if (!credit.billingProfileId().isEmpty() && !credit.month().atDay(1).isAfter(settings.asOf())) {
				reported.merge(key(credit.billingProfileId(), credit.month(), credit.currency()),
						credit.amount().negate(), BigDecimal::add);
			}
		}
		for (Map.Entry<String, BigDecimal> entry : reported.entrySet()) {
			Totals expected = simulated.get(entry.getKey());
			BigDecimal charges = expected == null ? BigDecimal.ZERO : expected.amounts[CHARGES];
			if (settings.differ(charges, entry.getValue())) {
				breaks.add(row(entry.getKey(), expected != null, true, REPORTED_CREDIT, charges, entry.getValue(),
						owners));
			}
		}
	}

	/**
	 * A break row of a key, about the partner that owns the key's profile (outputs.md).
	 */
	private static BreakRow row(String key, boolean simulatedSide, boolean reportedSide, String field,
			BigDecimal expected, BigDecimal reported, ProfileOwners owners) {
		int currencyAt = key.lastIndexOf('|');
		String currency = key.substring(currencyAt + 1);
		String profile = key.substring(0, key.lastIndexOf('|', currencyAt - 1));
		MatchMethod method = simulatedSide && reportedSide ? MatchMethod.ATTRIBUTES : MatchMethod.NONE;
		return new BreakRow(BreakObject.TRANSACTIONS, simulatedSide ? key : "", reportedSide ? key : "", method, field,
				Texts.amount(expected, currency), Texts.amount(reported, currency), reported.subtract(expected),
				BreakClass.UNEXPLAINED, currency, owners.ownerOf(profile));
	}

	/** {@code billing_profile_id|yyyy-MM|currency}. */
	static String key(String profile, YearMonth month, String currency) {
		return profile + "|" + month + "|" + currency.toUpperCase(Locale.ROOT);
	}

	/** The five totals of one key, in {@link #FIELDS} order. */
	private static final class Totals {

		final BigDecimal[] amounts = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO };

		void add(int field, BigDecimal amount) {
			if (amount != null) {
				this.amounts[field] = this.amounts[field].add(amount.abs());
			}
		}

	}

}
