package com.creditsrecon.reports.page;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.model.history.BreakStatus;
import com.creditsrecon.model.history.HistoryEntry;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.reports.csv.HistoryFile;

/**
 * Reads the run's CSV outputs into a {@link PageData}, one streaming pass per file, by
 * column name.
 */
final class OutputsReader {

	private final Path folder;

	private final PageData data;

	OutputsReader(Path folder, LocalDate asOf) {
		this.folder = folder;
		this.data = new PageData();
		this.data.asOf = asOf;
	}

	PageData data() {
		return this.data;
	}

	/**
	 * Reads benefits, lots, breaks and the forecast: what events.csv and the page's lists
	 * need.
	 */
	void readSummaries() {
		readBenefits();
		readLots();
		readBreaks();
		readForecast();
		readHistory();
	}

	/** Reads the roll-forward and consumption, which nothing else needs. */
	void readFlows() {
		readRollforward();
		readConsumption();
	}

	private void name(CsvRows.Row row) {
		String partner = row.get("partner_id");
		if (partner.isEmpty()) {
			return;
		}
		String name = row.text("partner_name");
		if (!name.isEmpty()) {
			this.data.partnerNames.putIfAbsent(partner, name);
		}
		String country = row.get("country");
		if (!country.isEmpty()) {
			this.data.partnerCountries.putIfAbsent(partner, country);
		}
	}

	private void readBenefits() {
		LocalDate asOf = this.data.asOf;
		CsvRows.forEach(this.folder.resolve("benefits.csv"), (row) -> {
			name(row);
			String currency = row.get("currency");
			long[] sums = new long[PageData.BALANCE_COLUMNS.size()];
			for (int i = 0; i < sums.length; i++) {
				sums[i] = row.amount(PageData.BALANCE_COLUMNS.get(i));
			}
			add(this.data.byCountry, row.get("country") + "|" + currency, sums);
			add(this.data.byRegion, row.get("region") + "|" + currency, sums);
			String status = row.get("status");
			String activateBy = row.get("activate_by");
			if (asOf != null && !activateBy.isEmpty() && ("AVAILABLE".equals(status) || "PROVISIONED".equals(status))) {
				long days = LocalDate.parse(activateBy).toEpochDay() - asOf.toEpochDay();
				if (days >= 0 && days <= 30) {
					this.data.activateSoon.add(new PageData.Benefit(row.get("benefit_id"), row.get("partner_id"),
							row.get("benefit_type"), status, activateBy, currency, row.amount("entitlement")));
				}
			}
		});
	}

	private void readLots() {
		CsvRows.forEach(this.folder.resolve("lots.csv"), (row) -> {
			name(row);
			String currency = row.get("currency");
			long original = row.amount("original_amount");
			long closed = row.amount("closed_balance");
			PageData.Lot lot = new PageData.Lot(row.get("lot_id"), row.get("benefit_id"), row.get("partner_id"),
					row.get("benefit_type"), currency, original, row.get("start_date"), row.get("end_date"), closed,
					row.get("status"));
			this.data.lots.put(lot.lotId(), lot);
			long[] sums = new long[PageData.BALANCE_COLUMNS.size()];
			sums[0] = original;
			for (int i = 1; i < sums.length; i++) {
				sums[i] = row.amount(PageData.BALANCE_COLUMNS.get(i));
			}
			add(this.data.totals, currency, sums);
			this.data.lotCounts.merge(currency, 1L, Long::sum);
		});
	}

	private void readBreaks() {
		CsvRows.forEach(this.folder.resolve("reconciliation/breaks.csv"), (row) -> {
			name(row);
			String difference = row.get("difference");
			PageData.Break found = new PageData.Break(row.get("object"), row.text("key"), row.text("field"),
					row.text("expected"), row.text("reported"), Units.parse(difference), !difference.isEmpty(),
					row.get("break_class"), row.get("currency"), row.get("partner_id"), row.get("break_id"));
			this.data.breaks.add(found);
			this.data.breakCounts.computeIfAbsent(found.breakClass(), (k) -> new TreeMap<>())
				.merge(found.currency(), 1L, Long::sum);
		});
	}

	/**
	 * Reads history.csv, when the run wrote one, keeping only the breaks that changed
	 * since the previous night; the model's entry says which did.
	 */
	private void readHistory() {
		Path file = this.folder.resolve(HistoryFile.HISTORY.name());
		if (!CsvRows.exists(file)) {
			return;
		}
		PageData.History history = new PageData.History();
		this.data.history = history;
		CsvRows.forEach(file, (row) -> {
			String previousNight = row.get("previous_as_of");
			history.previousNight = previousNight.isEmpty() ? null : LocalDate.parse(previousNight);
			HistoryEntry entry = entry(row);
			history.entries++;
			if (entry.status().isPresent()) {
				history.present++;
			}
			if (entry.status() == BreakStatus.NEW) {
				history.added++;
				history.appeared.add(change(entry));
			}
			if (entry.status() == BreakStatus.REOPENED) {
				history.reopened++;
				history.appeared.add(change(entry));
			}
			if (history.previousNight != null && entry.resolvedSince(history.previousNight)) {
				history.resolved.add(change(entry));
			}
			if (entry.moved()) {
				history.moved.add(change(entry));
			}
		});
	}

	/** A row as the model's entry; the partner as breaks.csv's rows give it. */
	private static HistoryEntry entry(CsvRows.Row row) {
		return new HistoryEntry(row.get("break_id"), BreakObject.valueOf(row.get("object")), row.text("key"),
				row.text("reported_key"), row.text("field"), row.get("currency"), row.get("partner_id"),
				LocalDate.parse(row.get("first_seen")), LocalDate.parse(row.get("last_seen")),
				BreakStatus.valueOf(row.get("status")), decimal(row.get("difference")),
				decimal(row.get("previous_difference")));
	}

	private static BigDecimal decimal(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}

	private static PageData.Change change(HistoryEntry entry) {
		return new PageData.Change(entry.breakId(), entry.object().name(), entry.key(), entry.field(), entry.currency(),
				entry.partnerId(), entry.status().name(), entry.firstSeen().toString(), entry.lastSeen().toString(),
				units(entry.difference()), entry.difference() != null, units(entry.previousDifference()),
				entry.previousDifference() != null);
	}

	private static long units(BigDecimal amount) {
		return amount == null ? 0 : Units.parse(amount.toPlainString());
	}

	private void readForecast() {
		Path file = this.folder.resolve("forecast.csv");
		this.data.hasForecast = CsvRows.exists(file);
		CsvRows.forEach(file, (row) -> {
			name(row);
			String key = row.get("partner_id") + "|" + row.get("country") + "|" + row.get("currency");
			this.data.forecast.merge(key, row.amount("projected_unused"), Long::sum);
		});
	}

	private void readRollforward() {
		CsvRows.forEach(this.folder.resolve("rollforward.csv"), (row) -> {
			if (!"GLOBAL".equals(row.get("scope_type"))) {
				return;
			}
			long[] values = new long[PageData.ROLL_COLUMNS.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = row.amount(PageData.ROLL_COLUMNS.get(i));
			}
			this.data.rollforward.computeIfAbsent(row.get("currency"), (k) -> new TreeMap<>())
				.put(row.get("month"), values);
		});
	}

	/**
	 * Usage credits did not pay for, per currency and classification: the uncovered part
	 * of usage that draws credit, and the whole amount of usage that never does (its
	 * covered, uncovered, restored and unapplied are all 0). REPORTED_CREDIT is not
	 * usage.
	 */
	private void readConsumption() {
		CsvRows.forEach(this.folder.resolve("consumption.csv"), (row) -> {
			String classification = row.get("classification");
			if ("REPORTED_CREDIT".equals(classification)) {
				return;
			}
			long covered = row.amount("covered");
			long uncovered = row.amount("uncovered");
			boolean draws = covered != 0 || uncovered != 0 || row.amount("restored") != 0
					|| row.amount("unapplied") != 0;
			long notPaid = draws ? uncovered : row.amount("amount");
			if (notPaid != 0) {
				this.data.uncovered.computeIfAbsent(row.get("currency"), (k) -> new TreeMap<>())
					.merge(classification, notPaid, Long::sum);
			}
		});
	}

	/**
	 * Reads events.csv: each lot's balance at every month's end, per currency and benefit
	 * type, and the movements per month of the partners detailed.
	 */
	void readEvents(Set<String> detailed) {
		Map<String, Cursor> cursors = new HashMap<>();
		Map<String, Map<String, long[]>> running = new TreeMap<>();
		String[] month = { null };
		CsvRows.forEach(this.folder.resolve("events.csv"), (row) -> {
			String day = row.get("date");
			if (month[0] == null || !day.startsWith(month[0])) {
				if (month[0] != null) {
					snapshot(running, month[0]);
				}
				month[0] = (day.length() >= 7) ? day.substring(0, 7) : day;
			}
			Cursor cursor = cursors.computeIfAbsent(row.get("lot_id"), (lotId) -> cursor(lotId, running, detailed));
			long balance = row.amount("closed_balance");
			cursor.total[0] += balance - cursor.balance;
			cursor.balance = balance;
			if (cursor.partnerId != null) {
				this.data.partnerEvents.computeIfAbsent(cursor.partnerId, (k) -> new TreeMap<>())
					.merge(month[0] + "|" + cursor.currency + "|" + row.get("event_type"), row.amount("amount"),
							Long::sum);
			}
		});
		if (month[0] != null) {
			snapshot(running, month[0]);
		}
	}

	private Cursor cursor(String lotId, Map<String, Map<String, long[]>> running, Set<String> detailed) {
		PageData.Lot lot = this.data.lots.get(lotId);
		String currency = (lot != null) ? lot.currency() : "";
		String type = (lot != null) ? lot.benefitType() : "";
		long[] total = running.computeIfAbsent(currency, (k) -> new TreeMap<>())
			.computeIfAbsent(type, (k) -> new long[1]);
		String partner = (lot != null && detailed.contains(lot.partnerId())) ? lot.partnerId() : null;
		return new Cursor(currency, partner, total);
	}

	/**
	 * The balances at the end of a month, and of every quiet month since the last one
	 * with events, which ended with the same balances.
	 */
	private void snapshot(Map<String, Map<String, long[]>> running, String month) {
		running.forEach((currency, byType) -> {
			TreeMap<String, Map<String, Long>> months = this.data.balanceByMonth.computeIfAbsent(currency,
					(k) -> new TreeMap<>());
			if (!months.isEmpty() && isMonth(month) && isMonth(months.lastKey())) {
				Map<String, Long> previous = months.lastEntry().getValue();
				for (YearMonth quiet = YearMonth.parse(months.lastKey()).plusMonths(1); quiet
					.isBefore(YearMonth.parse(month)); quiet = quiet.plusMonths(1)) {
					months.put(quiet.toString(), previous);
				}
			}
			Map<String, Long> balances = new TreeMap<>();
			byType.forEach((type, total) -> balances.put(type, total[0]));
			months.put(month, balances);
		});
	}

	private static boolean isMonth(String text) {
		return text.length() == 7 && text.charAt(4) == '-';
	}

	/** A lot's balance so far, and the running total of its currency and type. */
	private static final class Cursor {

		final String currency;

		/** Its partner, when detailed on the page; else null. */
		final String partnerId;

		final long[] total;

		long balance;

		Cursor(String currency, String partnerId, long[] total) {
			this.currency = currency;
			this.partnerId = partnerId;
			this.total = total;
		}

	}

	private static void add(Map<String, long[]> sums, String key, long[] values) {
		long[] into = sums.computeIfAbsent(key, (k) -> new long[values.length]);
		for (int i = 0; i < values.length; i++) {
			into[i] += values[i];
		}
	}

}
