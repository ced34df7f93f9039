package com.creditsrecon.model.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.creditsrecon.model.result.LotRow;

/**
 * Which simulated lot a reported lot's reference names (rule RC1): a lot with a billing
 * profile by its ID, else the single lot of a benefit by the benefit's ID, when that lot
 * has a profile. Lots are added one at a time, so that the lots of a whole run can be
 * streamed through; only the references asked about are kept, so that memory follows the
 * reported lots, not the simulation. The reconciliation of a unit and the run's
 * assignment of reported lots to units both decide here.
 */
public final class LotReferences {

	private final Predicate<String> named;

	private final Map<String, LotRow> byLotId = new HashMap<>();

	private final Map<String, LotRow> firstOfBenefit = new HashMap<>();

	private final Map<String, Integer> lotsOfBenefit = new HashMap<>();

	private LotReferences(Predicate<String> named) {
		this.named = named;
	}

	/** Empty, keeping only the lots that {@code named} references may name. */
	public static LotReferences keeping(Predicate<String> named) {
		return new LotReferences(named);
	}

	/** Of these lots, every reference kept. */
	public static LotReferences of(Collection<LotRow> lots) {
		LotReferences references = new LotReferences(reference -> true);
		lots.forEach(references::add);
		return references;
	}

	public void add(LotRow lot) {
		if (hasProfile(lot) && this.named.test(lot.lotId())) {
			this.byLotId.put(lot.lotId(), lot);
		}
		if (this.named.test(lot.benefitId()) && this.lotsOfBenefit.merge(lot.benefitId(), 1, Integer::sum) == 1) {
			this.firstOfBenefit.put(lot.benefitId(), lot);
		}
	}

	/** The lot a reference names, by lot ID first; null for none. */
	public LotRow lot(String reference) {
		LotRow lot = this.byLotId.get(reference);
		if (lot != null) {
			return lot;
		}
		LotRow only = this.lotsOfBenefit.getOrDefault(reference, 0) == 1 ? this.firstOfBenefit.get(reference) : null;
		return only != null && hasProfile(only) ? only : null;
	}

	private static boolean hasProfile(LotRow lot) {
		return !lot.billingProfileId().isEmpty();
	}

}
