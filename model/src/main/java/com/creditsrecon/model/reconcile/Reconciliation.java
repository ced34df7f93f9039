package com.creditsrecon.model.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;

/**
 * Rules RC1 to RC6 on one unit (a partner, or the reported rows of no known partner): a
 * pure function of its input, whatever order the rows come in.
 */
public final class Reconciliation {

	/**
	 * The order of breaks.csv: object, key, reported key, field, then the other columns.
	 */
	// outputs.md: files are sorted by their first columns as written, so the object by
	// its name (BENEFIT, LOT, TRANSACTIONS), not by the enum's declaration order
	public static final Comparator<BreakRow> FILE_ORDER = Comparator.comparing((BreakRow row) -> row.object().name())
		.thenComparing(BreakRow::key)
		.thenComparing(BreakRow::reportedKey)
		.thenComparing(BreakRow::field)
		.thenComparing(BreakRow::expected)
		.thenComparing(BreakRow::reported);

	private Reconciliation() {
	}

	/** The unit's break rows, in {@link #FILE_ORDER}. */
	public static List<BreakRow> reconcile(ReconciliationInput input, ReconciliationSettings settings) {
		List<BreakRow> breaks = new ArrayList<>();
		if (input.present().contains(ReportedExtract.LOTS)) {
			breaks.addAll(LotReconciliation.reconcile(input.lots(), input.events(), input.reportedLots(),
					input.profileOwners(), settings));
		}
		if (input.present().contains(ReportedExtract.BENEFITS)) {
			breaks.addAll(BenefitReconciliation.reconcile(input.benefits(), input.reportedBenefits(), settings));
		}
		breaks.addAll(TransactionReconciliation.reconcile(input.lots(), input.events(), input.reportedEvents(),
				input.present().contains(ReportedExtract.EVENTS), input.credits(), input.profileOwners(), settings));
		breaks.sort(FILE_ORDER);
		return breaks;
	}

}
