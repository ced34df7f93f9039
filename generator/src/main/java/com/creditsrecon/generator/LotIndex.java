package com.creditsrecon.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The lots of lots.csv that have a billing profile, by lot ID: their profile and currency
 * (events.csv has neither) and their settled charges of {@code as-of} and the day before
 * (rule RC4's TIMING). Sorted arrays rather than a map: under 100 bytes a lot, so that
 * 100,000 partners' lots fit in a small heap.
 */
final class LotIndex {

	private String[] lotIds = new String[1024];

	private String[] profiles = new String[1024];

	private String[] currencies = new String[1024];

	private BigDecimal[] recentCharges = new BigDecimal[1024];

	private int size;

	private LotIndex() {
	}

	/**
	 * @throws IllegalStateException when lots.csv is not sorted by lot ID
	 */
	static LotIndex read(Path lotsFile) throws IOException {
		LotIndex index = new LotIndex();
		// one String per profile, shared by its lots, and one per currency
		Map<String, String> shared = new HashMap<>();
		Map<String, String> currencies = new HashMap<>();
		String partner = "";
		try (CsvRows rows = CsvRows.open(lotsFile, Truth.LOT_COLUMNS)) {
			while (rows.hasNext()) {
				CSVRecord row = rows.next();
				String profile = row.get("billing_profile_id");
				if (profile.isEmpty()) {
					continue;
				}
				if (!row.get("partner_id").equals(partner)) {
					partner = row.get("partner_id");
					shared.clear();
				}
				index.add(row.get("lot_id"), shared.computeIfAbsent(profile, p -> p),
						currencies.computeIfAbsent(row.get("currency"), c -> c), rows.name(), row.getRecordNumber());
			}
		}
		return index;
	}

	private void add(String lotId, String profile, String currency, String file, long record) {
		if (this.size > 0 && this.lotIds[this.size - 1].compareTo(lotId) >= 0) {
			throw new IllegalStateException(file + ": not sorted by lot_id at record " + record + " (" + lotId
					+ " after " + this.lotIds[this.size - 1] + ")");
		}
		if (this.size == this.lotIds.length) {
			int capacity = this.size * 2;
			this.lotIds = Arrays.copyOf(this.lotIds, capacity);
			this.profiles = Arrays.copyOf(this.profiles, capacity);
			this.currencies = Arrays.copyOf(this.currencies, capacity);
			this.recentCharges = Arrays.copyOf(this.recentCharges, capacity);
		}
		this.lotIds[this.size] = lotId;
		this.profiles[this.size] = profile;
		this.currencies[this.size] = currency;
		this.size++;
	}

	/** The position of a lot, or -1 when it has no billing profile. */
	int find(String lotId) {
		int position = Arrays.binarySearch(this.lotIds, 0, this.size, lotId);
		return (position >= 0) ? position : -1;
	}

	String profile(int position) {
		return this.profiles[position];
	}

	String currency(int position) {
		return this.currencies[position];
	}

	void addRecentCharges(int position, BigDecimal amount) {
		BigDecimal sum = this.recentCharges[position];
		this.recentCharges[position] = (sum == null) ? amount : sum.add(amount);
	}

	/** The lot's settled charges of {@code as-of} and the day before (0 when none). */
	BigDecimal recentCharges(String lotId) {
		int position = find(lotId);
		BigDecimal sum = (position < 0) ? null : this.recentCharges[position];
		return (sum == null) ? BigDecimal.ZERO : sum;
	}

	int size() {
		return this.size;
	}

}
