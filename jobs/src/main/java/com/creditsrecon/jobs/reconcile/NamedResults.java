package com.creditsrecon.jobs.reconcile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.result.LotRow;

/**
 * The simulated lots and benefits that reported rows name, read once from the results:
 * the lot a reported lot's reference names (rule RC1: a lot with a billing profile by its
 * ID, else the single lot of a benefit by the benefit's ID, when that lot has one), and
 * the partner of each simulated benefit a reported benefit names. Only what is named is
 * kept, so that memory follows the reported extracts, not the simulation.
 */
final class NamedResults {

	private final Map<String, NamedLot> byLotId = new HashMap<>();

	private final Map<String, NamedLot> byBenefitId = new HashMap<>();

	private final Map<String, String> benefitPartners = new HashMap<>();

	private NamedResults() {
	}

	/**
	 * @param lotReferences the references of the reported lots that count
	 * @param benefitIds the IDs of the reported benefits
	 */
	static NamedResults read(ResultRuns runs, Set<String> lotReferences, Set<String> benefitIds) {
		NamedResults named = new NamedResults();
		Map<String, BenefitLots> lotsOfBenefit = new HashMap<>();
		runs.forEachUnordered(ResultTables.LOTS, lot -> {
			if (hasProfile(lot) && lotReferences.contains(lot.lotId())) {
				named.byLotId.put(lot.lotId(), new NamedLot(lot.lotId(), lot.partnerId()));
			}
			if (lotReferences.contains(lot.benefitId())) {
				lotsOfBenefit.computeIfAbsent(lot.benefitId(),
						id -> new BenefitLots(new NamedLot(lot.lotId(), lot.partnerId()), hasProfile(lot))).count++;
			}
		});
		lotsOfBenefit.forEach((benefitId, lots) -> {
			if (lots.count == 1 && lots.firstHasProfile) {
				named.byBenefitId.put(benefitId, lots.first);
			}
		});
		runs.forEachUnordered(ResultTables.BENEFITS, benefit -> {
			if (benefitIds.contains(benefit.benefitId())) {
				named.benefitPartners.put(benefit.benefitId(), benefit.partnerId());
			}
		});
		return named;
	}

	/** The simulated lot a reference names, by lot ID first; null for none. */
	NamedLot lot(String reference) {
		NamedLot lot = this.byLotId.get(reference);
		return lot != null ? lot : this.byBenefitId.get(reference);
	}

	/** The partner of the simulated benefit with this ID; blank for none. */
	String benefitPartner(String benefitId) {
		return this.benefitPartners.getOrDefault(benefitId, "");
	}

	private static boolean hasProfile(LotRow lot) {
		return !lot.billingProfileId().isEmpty();
	}

	/** A simulated lot that a reported lot's reference names, and its partner. */
	record NamedLot(String lotId, String partnerId) {
	}

	/** The lots of a named benefit: how many, and the first. */
	private static final class BenefitLots {

		private final NamedLot first;

		private final boolean firstHasProfile;

		private int count;

		BenefitLots(NamedLot first, boolean firstHasProfile) {
			this.first = first;
			this.firstHasProfile = firstHasProfile;
		}

	}

}
