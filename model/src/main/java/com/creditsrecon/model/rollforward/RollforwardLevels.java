package com.creditsrecon.model.rollforward;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.creditsrecon.model.result.RollforwardRow;

/**
 * Rule RC7's upper levels: the GLOBAL, REGION and COUNTRY rows as sums of the engine's
 * PARTNER rows per (scope, currency, month). A partner without region counts under a
 * blank REGION scope ID. Holds one sum per (scope, currency, month): a few thousand at
 * most, whatever the number of partners.
 */
public final class RollforwardLevels {

	private final Map<Key, BigDecimal[]> sums = new TreeMap<>();

	/**
	 * Adds one PARTNER row of a partner of that country and region.
	 * @param region blank or null when the partner has none
	 */
	public void add(RollforwardRow partnerRow, String country, String region) {
		if (!partnerRow.scopeType().equals("PARTNER")) {
			throw new IllegalArgumentException("Only PARTNER rows add up to the upper levels, not "
					+ partnerRow.scopeType() + " " + partnerRow.scopeId());
		}
		BigDecimal[] measures = RollforwardMeasures.of(partnerRow);
		add(new Key("GLOBAL", "GLOBAL", partnerRow.currency(), partnerRow.month()), measures);
		add(new Key("REGION", region == null ? "" : region, partnerRow.currency(), partnerRow.month()), measures);
		add(new Key("COUNTRY", Objects.requireNonNull(country, "country"), partnerRow.currency(), partnerRow.month()),
				measures);
	}

	private void add(Key key, BigDecimal[] measures) {
		RollforwardMeasures.add(this.sums.computeIfAbsent(key, k -> RollforwardMeasures.zero()), measures);
	}

	/** The GLOBAL, REGION and COUNTRY rows summed so far, in key order. */
	public List<RollforwardRow> rows() {
		List<RollforwardRow> rows = new ArrayList<>(this.sums.size());
		this.sums.forEach((key, m) -> rows.add(new RollforwardRow(key.scopeType, key.scopeId, key.currency, key.month,
				m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7])));
		return rows;
	}

	private record Key(String scopeType, String scopeId, String currency, YearMonth month) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int order = this.scopeType.compareTo(other.scopeType);
			if (order == 0) {
				order = this.scopeId.compareTo(other.scopeId);
			}
			if (order == 0) {
				order = this.currency.compareTo(other.currency);
			}
			return order != 0 ? order : this.month.compareTo(other.month);
		}

	}

}
