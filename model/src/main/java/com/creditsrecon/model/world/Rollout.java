package com.creditsrecon.model.world;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * rollout.csv: from which day each country or region uses the modernized experience
 * (rules X1, X2).
 */
public final class Rollout {

	private final Map<String, LocalDate> byScope = new TreeMap<>();

	/**
	 * @param byScope country code or region name, any case, to its first modernized day
	 */
	public Rollout(Map<String, LocalDate> byScope) {
		byScope.forEach((scope, day) -> this.byScope.put(scope.trim().toLowerCase(Locale.ROOT), day));
	}

	public static Rollout none() {
		return new Rollout(Map.of());
	}

	/** Rule X1: the country's entry, else the region's, else none. */
	public Optional<LocalDate> dateFor(Partner partner) {
		LocalDate country = this.byScope.get(partner.country().toLowerCase(Locale.ROOT));
		if (country != null) {
			return Optional.of(country);
		}
		if (partner.region().isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byScope.get(partner.region().trim().toLowerCase(Locale.ROOT)));
	}

}
