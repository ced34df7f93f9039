package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.RollforwardRow;

/**
 * Rule RC7 for one partner: its PARTNER scope and the BILLING_PROFILE scopes of its
 * modernized lots, every month from the scope's first event to {@code as-of}.
 */
final class Rollforward {

	private record Scope(String type, String id, String currency) implements Comparable<Scope> {

		@Override
		public int compareTo(Scope other) {
			int c = this.type.compareTo(other.type);
			c = c != 0 ? c : this.id.compareTo(other.id);
			return c != 0 ? c : this.currency.compareTo(other.currency);
		}

	}

	/** One month of one scope: the movements, in the order of the identity. */
	private static final class Month {

		BigDecimal newCredit = BigDecimal.ZERO;

		BigDecimal charges = BigDecimal.ZERO;

		BigDecimal adjustments = BigDecimal.ZERO;

		BigDecimal lapsed = BigDecimal.ZERO;

		BigDecimal expired = BigDecimal.ZERO;

		BigDecimal revoked = BigDecimal.ZERO;

		void add(EventRow event) {
			switch (event.eventType()) {
				case NEW_CREDIT -> this.newCredit = this.newCredit.add(event.amount());
				case SETTLED_CHARGES -> this.charges = this.charges.add(event.amount());
				case ADJUSTMENT -> this.adjustments = this.adjustments.add(event.amount());
				case CREDIT_LAPSED -> this.lapsed = this.lapsed.add(event.amount());
				case CREDIT_EXPIRED -> this.expired = this.expired.add(event.amount());
				case CREDIT_REVOKED -> this.revoked = this.revoked.add(event.amount());
			}
		}

	}

	private Rollforward() {
	}

	static List<RollforwardRow> rows(List<EventRow> events, YearMonth last) {
		Map<Scope, TreeMap<YearMonth, Month>> scopes = new TreeMap<>();
		for (EventRow event : events) {
			YearMonth month = YearMonth.from(event.date());
			add(scopes, new Scope("PARTNER", event.partnerId(), event.currency()), month, event);
			if (!event.billingProfileId().isEmpty()) {
				add(scopes, new Scope("BILLING_PROFILE", event.billingProfileId(), event.currency()), month, event);
			}
		}
		List<RollforwardRow> rows = new ArrayList<>();
		scopes.forEach((scope, months) -> {
			BigDecimal opening = BigDecimal.ZERO;
			for (YearMonth month = months.firstKey(); !month.isAfter(last); month = month.plusMonths(1)) {
				Month m = months.getOrDefault(month, new Month());
				BigDecimal closing = opening.add(m.newCredit)
					.subtract(m.charges)
					.add(m.adjustments)
					.subtract(m.lapsed)
					.subtract(m.expired)
					.subtract(m.revoked);
				rows.add(new RollforwardRow(scope.type(), scope.id(), scope.currency(), month, opening, m.newCredit,
						m.charges, m.adjustments, m.lapsed, m.expired, m.revoked, closing));
				opening = closing;
			}
		});
		return rows;
	}

	private static void add(Map<Scope, TreeMap<YearMonth, Month>> scopes, Scope scope, YearMonth month,
			EventRow event) {
		scopes.computeIfAbsent(scope, s -> new TreeMap<>()).computeIfAbsent(month, m -> new Month()).add(event);
	}

}
