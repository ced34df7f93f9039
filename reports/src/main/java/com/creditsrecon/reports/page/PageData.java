package com.creditsrecon.reports.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the page shows, aggregated from the output files: sums per currency (never across
 * currencies), one entry per lot, benefit at risk, break and partner. Nothing here grows
 * with the rows of events or usage.
 */
final class PageData {

	/**
	 * The balance columns of lots.csv and benefits.csv, in the order the page shows them.
	 */
	static final List<String> BALANCE_COLUMNS = List.of("granted", "charged", "adjusted", "lapsed", "expired",
			"revoked", "closed_balance");

	/** The roll-forward columns, in the order of rollforward.csv. */
	static final List<String> ROLL_COLUMNS = List.of("opening", "new_credit", "charges", "adjustments", "lapsed",
			"expired", "revoked", "closing");

	LocalDate asOf;

	/** partner_id to partner_name, where a file gives one. */
	final Map<String, String> partnerNames = new HashMap<>();

	final Map<String, String> partnerCountries = new HashMap<>();

	final Map<String, Lot> lots = new HashMap<>();

	/** currency to how many lots. */
	final Map<String, Long> lotCounts = new TreeMap<>();

	/** currency to the BALANCE_COLUMNS sums of lots.csv. */
	final Map<String, long[]> totals = new TreeMap<>();

	/**
	 * "country|currency" (and "region|currency") to the BALANCE_COLUMNS sums of
	 * benefits.csv.
	 */
	final Map<String, long[]> byCountry = new TreeMap<>();

	final Map<String, long[]> byRegion = new TreeMap<>();

	final List<Benefit> activateSoon = new ArrayList<>();

	/** currency to month to benefit type to the balance at the month's end. */
	final Map<String, TreeMap<String, Map<String, Long>>> balanceByMonth = new TreeMap<>();

	/** currency to month to the ROLL_COLUMNS of the GLOBAL scope. */
	final Map<String, TreeMap<String, long[]>> rollforward = new TreeMap<>();

	/** currency to classification to the uncovered usage. */
	final Map<String, Map<String, Long>> uncovered = new TreeMap<>();

	/** break class to currency to break rows. */
	final Map<String, Map<String, Long>> breakCounts = new TreeMap<>();

	final List<Break> breaks = new ArrayList<>();

	boolean hasForecast;

	/** What changed since the previous night; null when the run wrote no history.csv. */
	History history;

	/** "partner_id|country|currency" to projected_unused. */
	final Map<String, Long> forecast = new TreeMap<>();

	/**
	 * partner_id to "yyyy-MM|currency|event_type" to amount, for the partners detailed.
	 */
	final Map<String, TreeMap<String, Long>> partnerEvents = new HashMap<>();

	String partnerName(String partnerId) {
		String name = this.partnerNames.get(partnerId);
		return (name == null || name.isEmpty()) ? partnerId : name;
	}

	record Lot(String lotId, String benefitId, String partnerId, String benefitType, String currency,
			long originalAmount, String startDate, String endDate, long closedBalance, String status) {

		/** Days from as-of to the lot's last day, or -1 when closed or already over. */
		long daysToExpiry(LocalDate asOf) {
			if (asOf == null || this.closedBalance <= 0 || this.endDate.isEmpty()) {
				return -1;
			}
			long days = LocalDate.parse(this.endDate).toEpochDay() - asOf.toEpochDay();
			return days < 0 ? -1 : days;
		}

	}

	record Benefit(String benefitId, String partnerId, String benefitType, String status, String activateBy,
			String currency, long entitlement) {
	}

	/**
	 * reconciliation/history.csv of a nightly run: the counts of what changed since the
	 * previous night, and the breaks that did (not those resolved on an earlier night).
	 */
	static final class History {

		/** The night tonight is compared with; null on the first night. */
		LocalDate previousNight;

		/** Rows of the file: every break ever seen. */
		long entries;

		/** Breaks in tonight's breaks.csv. */
		long present;

		long added;

		long reopened;

		/** NEW and REOPENED breaks. */
		final List<Change> appeared = new ArrayList<>();

		/** Breaks resolved since the previous night. */
		final List<Change> resolved = new ArrayList<>();

		/** OPEN and REOPENED breaks whose amount moved. */
		final List<Change> moved = new ArrayList<>();

	}

	/**
	 * A break that changed since the previous night, its amounts in units; a RESOLVED one
	 * has no difference, its last is the previous.
	 */
	record Change(String breakId, String object, String key, String field, String currency, String partnerId,
			String status, String firstSeen, String lastSeen, long difference, boolean hasDifference, long previous,
			boolean hasPrevious) {

		/** Tonight's difference less the previous one: how far the amount moved. */
		long change() {
			return this.difference - this.previous;
		}

	}

	record Break(String object, String key, String field, String expected, String reported, long difference,
			boolean hasDifference, String breakClass, String currency, String partnerId, String breakId) {
	}

}
