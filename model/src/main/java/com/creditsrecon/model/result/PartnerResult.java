package com.creditsrecon.model.result;

import java.util.List;

/**
 * What the engine computes for one partner at the end of {@code as-of}. Each list is in
 * the sort order of its output file, so that one partner's rows need no further sorting.
 *
 * @param rollforward the partner's PARTNER and BILLING_PROFILE rows; the higher levels
 * are sums of the PARTNER rows
 */
public record PartnerResult(String partnerId, List<BenefitRow> benefits, List<LotRow> lots, List<EventRow> events,
		List<DecisionRow> decisions, List<EligibilityRow> eligibility, List<ConsumptionRow> consumption,
		List<RevocationRow> revocations, List<RollforwardRow> rollforward) {

}
