package com.creditsrecon.model.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.creditsrecon.model.result.LotRow;

/**
 * Which simulated lot a reported lot's reference names (rule RC1): a lot with a billing
 * profile by its ID, else the single lot of a benefit by the benefit's ID, when that lot
 * has a profile. Lots are added one at a time, so that the lots of a whole run can be
 * streamed through; only the references asked about are kept, so that memory follows the
 * reported lots, not the simulation, and of each lot only what the caller keeps of it
 * (the whole row, or just its ID and partner across a run's 100,000 partners). The
 * reconciliation of a unit and the run's assignment of reported lots to units both decide
 * here.
 *
 * @param <T> what is kept of a lot
 */
public final class LotReferences<T> {

	private final Predicate<String> named;

	private final Function<LotRow, T> kept;

	private final Map<String, T> byLotId = new HashMap<>();

	/** The first lot of a benefit; null when that lot has no billing profile. */
	private final Map<String, T> firstOfBenefit = new HashMap<>();

	private final Map<String, Integer> lotsOfBenefit = new HashMap<>();

	private LotReferences(Predicate<String> named, Function<LotRow, T> kept) {
		this.named = named;
		this.kept = kept;
	}

	/**
	 * Empty, keeping only the lots that {@code named} references may name, and of each
	 * what {@code kept} makes of it.
	 */
	public static <T> LotReferences<T> keeping(Predicate<String> named, Function<LotRow, T> kept) {
		return new LotReferences<>(named, kept);
	}

	/** Of these lots, every reference and whole lot kept. */
	public static LotReferences<LotRow> of(Collection<LotRow> lots) {
		LotReferences<LotRow> references = new LotReferences<>(reference -> true, Function.identity());
		lots.forEach(references::add);
		return references;
	}

	public void add(LotRow lot) {
		if (hasProfile(lot) && this.named.test(lot.lotId())) {
			this.byLotId.put(lot.lotId(), this.kept.apply(lot));
		}
		if (this.named.test(lot.benefitId()) && this.lotsOfBenefit.merge(lot.benefitId(), 1, Integer::sum) == 1) {
			this.firstOfBenefit.put(lot.benefitId(), hasProfile(lot) ? this.kept.apply(lot) : null);
		}
	}

	/** What is kept of the lot a reference names, by lot ID first; null for none. */
	public T lot(String reference) {
		T lot = this.byLotId.get(reference);
		if (lot != null) {
			return lot;
		}
		return this.lotsOfBenefit.getOrDefault(reference, 0) == 1 ? this.firstOfBenefit.get(reference) : null;
	}

	private static boolean hasProfile(LotRow lot) {
		return !lot.billingProfileId().isEmpty();
	}

}
