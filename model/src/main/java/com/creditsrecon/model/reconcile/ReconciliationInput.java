package com.creditsrecon.model.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;

/**
 * One unit of reconciliation: a partner's simulated lots, events and benefits, and the
 * reported rows that can only be paired with them: those whose reference names one of its
 * lots or benefits, or whose billing profile is one of its own. The reported rows of no
 * known partner make a unit with no simulated side.
 *
 * @param present which reported extracts the input folder has: a comparison runs only
 * when its extract is present (a present extract with no rows reports every simulated
 * item missing)
 * @param credits the usage exports' REPORTED_CREDIT totals of the unit's profiles
 * @param profileOwners the partner owning each profile the unit's rows name
 */
public record ReconciliationInput(List<LotRow> lots, List<EventRow> events, List<BenefitRow> benefits,
		List<ReportedLot> reportedLots, List<ReportedEvent> reportedEvents, List<ReportedBenefit> reportedBenefits,
		List<ReportedCredit> credits, Set<ReportedExtract> present, ProfileOwners profileOwners) {

	public ReconciliationInput {
		Objects.requireNonNull(profileOwners, "profileOwners is required");
		lots = List.copyOf(lots);
		events = List.copyOf(events);
		benefits = List.copyOf(benefits);
		reportedLots = List.copyOf(reportedLots);
		reportedEvents = List.copyOf(reportedEvents);
		reportedBenefits = List.copyOf(reportedBenefits);
		credits = List.copyOf(credits);
		present = Set.copyOf(present);
	}

	/** The reported extracts of extracts.md. */
	public enum ReportedExtract {

		LOTS, EVENTS, BENEFITS

	}

}
