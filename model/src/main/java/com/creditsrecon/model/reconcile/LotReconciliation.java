package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;

/**
 * Rules RC1 to RC4: Azure's lots against the simulated lots that have a known billing
 * profile. Pairs are made one-to-one, by reference first, then by attributes; each pair's
 * differing fields, and each unmatched lot on either side, is a break row with its class.
 */
final class LotReconciliation {

	private final ReconciliationSettings settings;

	private final ProfileOwners owners;

	/** Per lot, its settled charges of {@code as-of} and the day before (rule RC4). */
	private final Map<String, BigDecimal> lastTwoDaysCharges = new HashMap<>();

	private LotReconciliation(ReconciliationSettings settings, List<EventRow> events, ProfileOwners owners) {
		this.settings = settings;
		this.owners = owners;
		LocalDate dayBefore = settings.asOf().minusDays(1);
		for (EventRow event : events) {
			if (event.eventType() == EventType.SETTLED_CHARGES && !event.date().isBefore(dayBefore)
					&& !event.date().isAfter(settings.asOf())) {
				this.lastTwoDaysCharges.merge(event.lotId(), event.amount(), BigDecimal::add);
			}
		}
	}

	static List<BreakRow> reconcile(List<LotRow> lots, List<EventRow> events, List<ReportedLot> reported,
			ProfileOwners owners, ReconciliationSettings settings) {
		return new LotReconciliation(settings, events, owners).reconcile(lots, reported);
	}

	private List<BreakRow> reconcile(List<LotRow> lots, List<ReportedLot> reported) {
		// Azure's lots exist per billing profile: only lots with a known one take part.
		List<LotRow> simulated = lots.stream()
			.filter(lot -> !lot.billingProfileId().isEmpty())
			.sorted(Comparator.comparing(LotRow::lotId))
			.toList();
		List<ReportedLot> inScope = reported.stream()
			.filter(r -> !r.asOf().isAfter(this.settings.asOf()) && !r.startDate().isAfter(this.settings.asOf()))
			.sorted(ReportedLot.TIE_ORDER)
			.toList();
		Map<LotRow, Pair> pairs = new LinkedHashMap<>();
		List<ReportedLot> unmatched = new ArrayList<>(matchByReference(lots, inScope, pairs));
		matchByAttributes(simulated, unmatched, pairs);

		List<BreakRow> breaks = new ArrayList<>();
		for (LotRow lot : simulated) {
			Pair pair = pairs.get(lot);
			if (pair == null) {
				// rule RC3
				breaks.add(new BreakRow(BreakObject.LOT, lot.lotId(), "", MatchMethod.NONE, BreakRow.MISSING_IN_REPORT,
						Texts.amount(lot.closedBalance(), lot.currency()), "", lot.closedBalance().negate(),
						BreakClass.DEPOSIT_MISSING, lot.currency(), lot.partnerId()));
			}
			else {
				compare(lot, pair, breaks);
			}
		}
		for (ReportedLot r : unmatched) {
			breaks.add(new BreakRow(BreakObject.LOT, "", r.reportedKey(), MatchMethod.NONE,
					BreakRow.UNEXPECTED_IN_REPORT, "", Texts.amount(r.closedBalance(), r.currency()), r.closedBalance(),
					BreakClass.UNEXPLAINED, r.currency(), this.owners.ownerOf(r.billingProfileId())));
		}
		return breaks;
	}

	/**
	 * Rule RC1, first pass: a reference names a lot ID, or the ID of a benefit with a
	 * single lot. The first reported lot in tie order takes a lot; the others go on to
	 * the attribute pass.
	 * @return the reported lots left unmatched, in tie order
	 */
	private static List<ReportedLot> matchByReference(List<LotRow> all, List<ReportedLot> inScope,
			Map<LotRow, Pair> pairs) {
		LotReferences<LotRow> references = LotReferences.of(all);
		List<ReportedLot> unmatched = new ArrayList<>();
		for (ReportedLot r : inScope) {
			LotRow lot = references.lot(Texts.blankIfNull(r.lotReference()));
			if (lot != null && !pairs.containsKey(lot)) {
				pairs.put(lot, new Pair(r, MatchMethod.REFERENCE));
			}
			else {
				unmatched.add(r);
			}
		}
		return unmatched;
	}

	/**
	 * Rule RC1, second pass: simulated lots in lot ID order each take the unmatched
	 * reported lot of the same profile and currency, with an original amount within
	 * {@code tolerance} and a start within {@code match-days}, that starts nearest;
	 * {@code unmatched} is in tie order, so the first of equally near ones wins.
	 */
	private void matchByAttributes(List<LotRow> simulated, List<ReportedLot> unmatched, Map<LotRow, Pair> pairs) {
		Map<String, List<ReportedLot>> byProfileAndCurrency = new HashMap<>();
		for (ReportedLot r : unmatched) {
			byProfileAndCurrency
				.computeIfAbsent(profileAndCurrency(r.billingProfileId(), r.currency()), k -> new ArrayList<>())
				.add(r);
		}
		for (LotRow lot : simulated) {
			if (pairs.containsKey(lot)) {
				continue;
			}
			List<ReportedLot> candidates = byProfileAndCurrency
				.getOrDefault(profileAndCurrency(lot.billingProfileId(), lot.currency()), List.of());
			ReportedLot best = null;
			long bestDays = Long.MAX_VALUE;
			for (ReportedLot r : candidates) {
				long days = Math.abs(r.startDate().toEpochDay() - lot.startDate().toEpochDay());
				if (days <= this.settings.matchDays() && days < bestDays
						&& !this.settings.differ(lot.originalAmount(), r.originalAmount())) {
					best = r;
					bestDays = days;
				}
			}
			if (best != null) {
				candidates.remove(best);
				unmatched.remove(best);
				pairs.put(lot, new Pair(best, MatchMethod.ATTRIBUTES));
			}
		}
	}

	private static String profileAndCurrency(String profile, String currency) {
		return profile + "|" + currency.toUpperCase(Locale.ROOT);
	}

	/**
	 * Rule RC2: amounts beyond {@code tolerance}, the expiration date, the status in
	 * Azure's words, and for a match by reference the profile and the start date.
	 */
	private void compare(LotRow lot, Pair pair, List<BreakRow> breaks) {
		ReportedLot r = pair.reported();
		List<String[]> fields = new ArrayList<>();
		List<BigDecimal> differences = new ArrayList<>();
		if (this.settings.differ(lot.originalAmount(), r.originalAmount())) {
			fields.add(new String[] { "original_amount", Texts.amount(lot.originalAmount(), lot.currency()),
					Texts.amount(r.originalAmount(), r.currency()) });
			differences.add(r.originalAmount().subtract(lot.originalAmount()));
		}
		if (this.settings.differ(lot.closedBalance(), r.closedBalance())) {
			fields.add(new String[] { "closed_balance", Texts.amount(lot.closedBalance(), lot.currency()),
					Texts.amount(r.closedBalance(), r.currency()) });
			differences.add(r.closedBalance().subtract(lot.closedBalance()));
		}
		if (!Objects.equals(lot.endDate(), r.expirationDate())) {
			fields.add(new String[] { "expiration_date", Texts.date(lot.endDate()), Texts.date(r.expirationDate()) });
			differences.add(null);
		}
		if (!LotStatuses.match(lot.status(), r.status())) {
			fields.add(new String[] { "status", lot.status(), r.status() });
			differences.add(null);
		}
		if (pair.method() == MatchMethod.REFERENCE) {
			if (!lot.billingProfileId().equals(r.billingProfileId())) {
				fields.add(new String[] { "billing_profile_id", lot.billingProfileId(), r.billingProfileId() });
				differences.add(null);
			}
			if (!Objects.equals(lot.startDate(), r.startDate())) {
				fields.add(new String[] { "start_date", Texts.date(lot.startDate()), Texts.date(r.startDate()) });
				differences.add(null);
			}
		}
		if (fields.isEmpty()) {
			return;
		}
		BreakClass breakClass = classify(lot, r);
		for (int i = 0; i < fields.size(); i++) {
			String[] field = fields.get(i);
			breaks.add(new BreakRow(BreakObject.LOT, lot.lotId(), r.reportedKey(), pair.method(), field[0], field[1],
					field[2], differences.get(i), breakClass, lot.currency(), lot.partnerId()));
		}
	}

	/**
	 * Rule RC4 for a matched pair: every break row of the lot gets the first class that
	 * fits (a missing lot is always DEPOSIT_MISSING and an unexpected one UNEXPLAINED).
	 */
	private BreakClass classify(LotRow lot, ReportedLot r) {
		boolean balanceShown = r.closedBalance().signum() > 0;
		if (balanceShown && "REVOKED".equals(lot.status())) {
			return BreakClass.REVOCATION_NOT_APPLIED;
		}
		// the lot's window closes at the end of its end date (rule K4)
		if (balanceShown && !lot.endDate().isAfter(this.settings.asOf())) {
			return BreakClass.LAPSE_NOT_APPLIED;
		}
		BigDecimal difference = r.closedBalance().subtract(lot.closedBalance());
		BigDecimal lastCharges = this.lastTwoDaysCharges.getOrDefault(lot.lotId(), BigDecimal.ZERO);
		if (this.settings.differ(difference, BigDecimal.ZERO) && !this.settings.differ(difference, lastCharges)) {
			return BreakClass.TIMING;
		}
		return BreakClass.UNEXPLAINED;
	}

	private record Pair(ReportedLot reported, MatchMethod method) {
	}

}
