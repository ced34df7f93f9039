package com.creditsrecon.model.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** offers.csv: the benefits each offer yields, in benefit-code order. */
public final class Offers {

	private final Map<String, List<OfferBenefit>> byOffer = new TreeMap<>();

	public Offers(Collection<OfferBenefit> benefits) {
		for (OfferBenefit benefit : benefits) {
			this.byOffer.computeIfAbsent(benefit.offerId(), id -> new ArrayList<>()).add(benefit);
		}
		this.byOffer.values().forEach(list -> list.sort(Comparator.comparing(OfferBenefit::benefitCode)));
	}

	/** The offer's benefits, none for an unknown offer. */
	public List<OfferBenefit> benefitsOf(String offerId) {
		return this.byOffer.getOrDefault(offerId, List.of());
	}

}
