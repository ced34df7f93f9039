package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;

/** Finds rows of a partner's result in tests. */
final class Rows {

	private Rows() {
	}

	static BenefitRow benefit(PartnerResult result, String id) {
		return one(result.benefits(), b -> b.benefitId().equals(id), "benefit " + id);
	}

	static LotRow lot(PartnerResult result, String id) {
		return one(result.lots(), l -> l.lotId().equals(id), "lot " + id);
	}

	static DecisionRow decision(PartnerResult result, String actionId) {
		return one(result.decisions(), d -> d.actionId().equals(actionId), "action " + actionId);
	}

	/** The reason codes of the decisions, in action order; blank for accepted. */
	static List<String> reasons(PartnerResult result) {
		return result.decisions().stream().map(DecisionRow::reasonCode).toList();
	}

	static List<EventRow> events(PartnerResult result, EventType type) {
		return result.events().stream().filter(e -> e.eventType() == type).toList();
	}

	static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	static <T> T one(List<T> rows, Predicate<T> which, String what) {
		List<T> found = rows.stream().filter(which).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one " + what + ", found " + found.size() + " in " + rows);
		}
		return found.get(0);
	}

	static <T, V> List<V> column(List<T> rows, Function<T, V> column) {
		return rows.stream().map(column).toList();
	}

}
