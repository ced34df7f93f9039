package com.creditsrecon.jobs.reconcile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.reconcile.LotReferences;

/**
 * The simulated lots and benefits that reported rows name, read once from the results:
 * the lot a reported lot's reference names (rule RC1, decided by the model's
 * {@link LotReferences}, as the reconciliation of each unit does), and the partner of
 * each simulated benefit a reported benefit names. Only what is named is kept, so that
 * memory follows the reported extracts, not the simulation.
 */
final class NamedResults {

	private final LotReferences<NamedLot> lots;

	private final Map<String, String> benefitPartners = new HashMap<>();

	private NamedResults(LotReferences<NamedLot> lots) {
		this.lots = lots;
	}

	/**
	 * @param lotReferences the references of the reported lots that count
	 * @param benefitIds the IDs of the reported benefits
	 */
	static NamedResults read(ResultRuns runs, Set<String> lotReferences, Set<String> benefitIds) {
		NamedResults named = new NamedResults(
				LotReferences.keeping(lotReferences::contains, lot -> new NamedLot(lot.lotId(), lot.partnerId())));
		runs.forEachUnordered(ResultTables.LOTS, named.lots::add);
		runs.forEachUnordered(ResultTables.BENEFITS, benefit -> {
			if (benefitIds.contains(benefit.benefitId())) {
				named.benefitPartners.put(benefit.benefitId(), benefit.partnerId());
			}
		});
		return named;
	}

	/** The simulated lot a reference names (rule RC1); null for none. */
	NamedLot lot(String reference) {
		return this.lots.lot(reference);
	}

	/** The partner of the simulated benefit with this ID; blank for none. */
	String benefitPartner(String benefitId) {
		return this.benefitPartners.getOrDefault(benefitId, "");
	}

	/** A simulated lot that a reported lot's reference names, and its partner. */
	record NamedLot(String lotId, String partnerId) {
	}

}
