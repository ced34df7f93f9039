package com.creditsrecon.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.creditsrecon.reports.page.Html.Cell;
import com.creditsrecon.reports.run.RunReport;

/**
 * The sections of the page, in reading order, each from the aggregated {@link PageData}.
 */
final class PageSections {

	static final int LARGEST_BREAKS = 50;

	static final int LONGEST_LISTS = 100;

	private static final List<String> BALANCE_HEADERS = List.of("Granted", "Charged", "Adjusted", "Lapsed", "Expired",
			"Revoked", "Closing balance");

	private final Html html;

	private final PageData data;

	private final Set<String> detailed;

	PageSections(Html html, PageData data, Set<String> detailed) {
		this.html = html;
		this.data = data;
		this.detailed = detailed;
	}

	/** The figures an analyst looks for first, one row per currency. */
	void glance(RunReport run) {
		this.html.raw("<section id=\"glance\"><h2>At a glance</h2>\n");
		Map<String, long[]> risk = expiringWithin(this.data);
		Map<String, long[]> breaks = new TreeMap<>();
		for (PageData.Break found : this.data.breaks) {
			long[] sums = breaks.computeIfAbsent(found.currency(), (k) -> new long[2]);
			sums[0]++;
			sums[1] += Math.abs(found.difference());
		}
		Set<String> currencies = new TreeSet<>(this.data.totals.keySet());
		currencies.addAll(breaks.keySet());
		this.html.p("Exit code " + run.exitCode() + ": " + RunSection.exitMeaning(run.exitCode())
				+ ". One row per currency.");
		this.html.table("Currency", "Lots", "Closing balance", "Expiring within 30 days", "Break rows",
				"Break differences (absolute)");
		for (String currency : currencies) {
			long[] totals = this.data.totals.get(currency);
			long[] expiring = risk.getOrDefault(currency, new long[6]);
			long[] broken = breaks.getOrDefault(currency, new long[2]);
			this.html.row(currency.isEmpty() ? "(none)" : currency,
					Cell.number(this.data.lotCounts.getOrDefault(currency, 0L)),
					(totals != null) ? Cell.amount(totals[totals.length - 1], currency) : Cell.blank(),
					Cell.amount(expiring[1], currency), Cell.number(broken[0]),
					currency.isEmpty() ? Cell.blank() : Cell.amount(broken[1], currency));
		}
		this.html.endTable().raw("</section>\n");
	}

	void balances() {
		this.html.raw("<section id=\"balances\"><h2>Balances per currency</h2>\n");
		this.html.p("From lots.csv at the end of the as-of day. Each row is one currency: amounts of different "
				+ "currencies are never added.");
		List<String> headers = new ArrayList<>(List.of("Currency"));
		headers.addAll(BALANCE_HEADERS);
		this.html.table(headers.toArray(String[]::new));
		this.data.totals.forEach((currency, sums) -> balanceRow(currency, currency, sums));
		this.html.endTable();
		breakdown("By country", "Country", this.data.byCountry);
		breakdown("By region", "Region", this.data.byRegion);
		this.html.raw("</section>\n");
	}

	private void breakdown(String title, String what, Map<String, long[]> sums) {
		this.html.element("h3", title).p("From benefits.csv, one row per " + what.toLowerCase() + " and currency.");
		List<String> headers = new ArrayList<>(List.of(what, "Currency"));
		headers.addAll(BALANCE_HEADERS);
		this.html.table(headers.toArray(String[]::new));
		sums.forEach((key, values) -> {
			int bar = key.lastIndexOf('|');
			String name = key.substring(0, bar);
			balanceRow((name.isEmpty() ? "(none)" : name) + "\u0000" + key.substring(bar + 1), key.substring(bar + 1),
					values);
		});
		this.html.endTable();
	}

	private void balanceRow(String label, String currency, long[] sums) {
		List<Object> cells = new ArrayList<>(List.of(label.split("\u0000")));
		for (long sum : sums) {
			cells.add(Cell.amount(sum, currency));
		}
		this.html.row(cells.toArray());
	}

	void rollforward() {
		this.html.raw("<section id=\"rollforward\"><h2>Roll-forward per month</h2>\n");
		if (this.data.rollforward.isEmpty()) {
			this.html.p("No roll-forward: rollforward.csv has no GLOBAL row.");
		}
		this.data.rollforward.forEach((currency, months) -> {
			this.html.element("h3", currency);
			this.html.table("Month", "Opening", "New credit", "Charges", "Adjustments", "Lapsed", "Expired", "Revoked",
					"Closing");
			months.forEach((month, values) -> {
				List<Object> cells = new ArrayList<>(List.of(month));
				for (long value : values) {
					cells.add(Cell.amount(value, currency));
				}
				this.html.row(cells.toArray());
			});
			this.html.endTable();
		});
		this.html.raw("</section>\n");
	}

	static List<PageData.Break> largestBreaks(PageData data) {
		List<PageData.Break> sorted = new ArrayList<>(data.breaks);
		sorted.sort(Comparator.comparing((PageData.Break b) -> !b.hasDifference())
			.thenComparing((PageData.Break b) -> -Math.abs(b.difference()))
			.thenComparing(PageData.Break::breakId));
		return sorted.subList(0, Math.min(LARGEST_BREAKS, sorted.size()));
	}

	void breaks() {
		this.html.raw("<section id=\"breaks\"><h2>Largest breaks</h2>\n");
		List<PageData.Break> largest = largestBreaks(this.data);
		if (largest.isEmpty()) {
			this.html.p("No break: what Azure and Partner Center report agrees with the simulation.");
		}
		else {
			this.html.p("The " + largest.size() + " largest of " + this.data.breaks.size()
					+ " break rows by absolute difference, each in its own currency; breaks without an amount "
					+ "(a status, a date, a profile) come after. All are in reconciliation/breaks.csv.");
			this.html.table("Partner", "Object", "Key", "Field", "Expected", "Reported", "Difference", "Class");
			for (PageData.Break found : largest) {
				this.html.row(partnerCell(found.partnerId()), found.object(), found.key(), found.field(),
						figure(found, found.expected()), figure(found, found.reported()),
						found.hasDifference() ? Cell.amount(found.difference(), found.currency()) : Cell.blank(),
						found.breakClass());
			}
			this.html.endTable();
		}
		this.html.raw("</section>\n");
	}

	/**
	 * A break's figure: an amount with its currency when the break is about an amount.
	 */
	static Object figure(PageData.Break found, String value) {
		if (!found.hasDifference() || value.isEmpty()) {
			return value;
		}
		return Cell.amount(Units.parse(value), found.currency());
	}

	/** A partner's name, linked to its section when the page has one. */
	Object partnerCell(String partnerId) {
		if (partnerId.isEmpty()) {
			return "(unknown)";
		}
		String name = this.data.partnerName(partnerId);
		if (this.detailed.contains(partnerId)) {
			return Cell.link("#" + Html.anchor("p-", partnerId), name);
		}
		return name;
	}

	static List<PageData.Lot> lotsAtRisk(PageData data) {
		List<PageData.Lot> lots = new ArrayList<>();
		for (PageData.Lot lot : data.lots.values()) {
			long days = lot.daysToExpiry(data.asOf);
			if (days >= 0 && days <= 90) {
				lots.add(lot);
			}
		}
		lots.sort(Comparator.comparing(PageData.Lot::endDate).thenComparing(PageData.Lot::lotId));
		return lots;
	}

	/** Per currency: lots and balance ending within 30, 60 and 90 days of as-of. */
	static Map<String, long[]> expiringWithin(PageData data) {
		Map<String, long[]> windows = new TreeMap<>();
		for (PageData.Lot lot : lotsAtRisk(data)) {
			long days = lot.daysToExpiry(data.asOf);
			long[] sums = windows.computeIfAbsent(lot.currency(), (k) -> new long[6]);
			for (int w = 0; w < 3; w++) {
				if (days <= 30L * (w + 1)) {
					sums[w * 2]++;
					sums[w * 2 + 1] += lot.closedBalance();
				}
			}
		}
		return windows;
	}

	void atRisk() {
		this.html.raw("<section id=\"risk\"><h2>Credits at risk</h2>\n");
		if (this.data.asOf == null) {
			this.html.p("The as-of day is not known: nothing can be said about what expires next.").raw("</section>\n");
			return;
		}
		List<PageData.Lot> lots = lotsAtRisk(this.data);
		this.html.element("h3", "Lots expiring within 30, 60 and 90 days of " + this.data.asOf);
		Map<String, long[]> windows = expiringWithin(this.data);
		this.html.table("Currency", "Lots ≤ 30 days", "Balance ≤ 30 days", "Lots ≤ 60 days", "Balance ≤ 60 days",
				"Lots ≤ 90 days", "Balance ≤ 90 days");
		windows.forEach((currency, s) -> this.html.row(currency, Cell.number(s[0]), Cell.amount(s[1], currency),
				Cell.number(s[2]), Cell.amount(s[3], currency), Cell.number(s[4]), Cell.amount(s[5], currency)));
		this.html.endTable();
		if (lots.size() > LONGEST_LISTS) {
			this.html.p("The " + LONGEST_LISTS + " lots ending first of " + lots.size() + "; lots.csv has them all.");
		}
		this.html.table("Partner", "Lot", "Benefit type", "Ends", "Days left", "Balance");
		for (PageData.Lot lot : lots.subList(0, Math.min(LONGEST_LISTS, lots.size()))) {
			this.html.row(partnerCell(lot.partnerId()), lot.lotId(), lot.benefitType(), lot.endDate(),
					Cell.number(lot.daysToExpiry(this.data.asOf)), Cell.amount(lot.closedBalance(), lot.currency()));
		}
		this.html.endTable();
		this.html.element("h3", "Benefits to redeem or activate within 30 days");
		List<PageData.Benefit> benefits = new ArrayList<>(this.data.activateSoon);
		benefits.sort(Comparator.comparing(PageData.Benefit::activateBy).thenComparing(PageData.Benefit::benefitId));
		if (benefits.isEmpty()) {
			this.html.p("None: no benefit AVAILABLE or PROVISIONED has its activate-by day in the next 30 days.");
		}
		else {
			this.html.p("Status AVAILABLE (modernized, not redeemed) or PROVISIONED (legacy, not activated); unused "
					+ "by its activate-by day, the whole entitlement is forfeited.");
			this.html.table("Partner", "Benefit", "Benefit type", "Status", "Activate by", "Entitlement");
			for (PageData.Benefit benefit : benefits.subList(0, Math.min(LONGEST_LISTS, benefits.size()))) {
				this.html.row(partnerCell(benefit.partnerId()), benefit.benefitId(), benefit.benefitType(),
						benefit.status(), benefit.activateBy(), Cell.amount(benefit.entitlement(), benefit.currency()));
			}
			this.html.endTable();
		}
		this.html.raw("</section>\n");
	}

	void forecast() {
		this.html.raw("<section id=\"forecast\"><h2>Forecast: credit that will lapse or expire unused</h2>\n");
		if (!this.data.hasForecast) {
			this.html.p("No forecast: this run wrote no forecast.csv.").raw("</section>\n");
			return;
		}
		this.html.p("From forecast.csv: at each lot's own burn rate over the last 30 days, the balance that will "
				+ "lapse or expire unused.");
		Map<String, Long> byCountry = new TreeMap<>();
		Map<String, Long> byCurrency = new TreeMap<>();
		this.data.forecast.forEach((key, value) -> {
			String[] parts = key.split("\\|", -1);
			byCountry.merge(parts[1] + "|" + parts[2], value, Long::sum);
			byCurrency.merge(parts[2], value, Long::sum);
		});
		this.html.element("h3", "Per currency").table("Currency", "Projected unused");
		byCurrency.forEach((currency, value) -> this.html.row(currency, Cell.amount(value, currency)));
		this.html.endTable().element("h3", "Per country").table("Country", "Currency", "Projected unused");
		byCountry.forEach((key, value) -> {
			String[] parts = key.split("\\|", -1);
			this.html.row(parts[0], parts[1], Cell.amount(value, parts[1]));
		});
		this.html.endTable();
		List<Map.Entry<String, Long>> partners = new ArrayList<>(this.data.forecast.entrySet());
		partners.removeIf((e) -> e.getValue() == 0);
		partners.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		this.html.element("h3", "Per partner");
		if (partners.size() > LONGEST_LISTS) {
			this.html.p("The " + LONGEST_LISTS + " largest of " + partners.size() + "; forecast.csv has them all.");
		}
		this.html.table("Partner", "Country", "Currency", "Projected unused");
		for (Map.Entry<String, Long> entry : partners.subList(0, Math.min(LONGEST_LISTS, partners.size()))) {
			String[] parts = entry.getKey().split("\\|", -1);
			this.html.row(partnerCell(parts[0]), parts[1], parts[2], Cell.amount(entry.getValue(), parts[2]));
		}
		this.html.endTable().raw("</section>\n");
	}

}
