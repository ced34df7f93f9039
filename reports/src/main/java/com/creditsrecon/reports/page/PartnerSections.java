package com.creditsrecon.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.reports.page.Html.Cell;

/**
 * The page's drill-down: a section per partner with breaks or credits at risk, with its
 * lots, its movements per month and its breaks.
 */
final class PartnerSections {

	/** The event types of events.csv, in the order the drill-down shows them. */
	private static final List<String> EVENT_TYPES = List.of("NEW_CREDIT", "SETTLED_CHARGES", "ADJUSTMENT",
			"CREDIT_LAPSED", "CREDIT_EXPIRED", "CREDIT_REVOKED");

	private final Html html;

	private final PageData data;

	private final Set<String> detailed;

	PartnerSections(Html html, PageData data, Set<String> detailed) {
		this.html = html;
		this.data = data;
		this.detailed = detailed;
	}

	void partners(int candidates) {
		this.html.raw("<section id=\"partners\"><h2>Partners with breaks or credits at risk</h2>\n");
		if (this.detailed.isEmpty()) {
			this.html.p("None.").raw("</section>\n");
			return;
		}
		if (candidates > this.detailed.size()) {
			this.html.p(this.detailed.size() + " of " + candidates + " partners: those of the largest breaks first, "
					+ "then those with the most break rows, then credits at risk.");
		}
		Map<String, List<PageData.Lot>> lotsByPartner = new TreeMap<>();
		for (PageData.Lot lot : this.data.lots.values()) {
			if (this.detailed.contains(lot.partnerId())) {
				lotsByPartner.computeIfAbsent(lot.partnerId(), (k) -> new ArrayList<>()).add(lot);
			}
		}
		Map<String, List<PageData.Break>> breaksByPartner = new TreeMap<>();
		for (PageData.Break found : this.data.breaks) {
			if (this.detailed.contains(found.partnerId())) {
				breaksByPartner.computeIfAbsent(found.partnerId(), (k) -> new ArrayList<>()).add(found);
			}
		}
		for (String partner : this.detailed) {
			partner(partner, lotsByPartner.getOrDefault(partner, List.of()),
					breaksByPartner.getOrDefault(partner, List.of()));
		}
		this.html.raw("</section>\n");
	}

	private String heading(String partner, String country) {
		String name = this.data.partnerName(partner);
		List<String> details = new ArrayList<>();
		if (!name.equals(partner)) {
			details.add(partner);
		}
		if (!country.isEmpty()) {
			details.add(country);
		}
		return details.isEmpty() ? name : name + " (" + String.join(", ", details) + ")";
	}

	private void partner(String partner, List<PageData.Lot> lots, List<PageData.Break> breaks) {
		String country = this.data.partnerCountries.getOrDefault(partner, "");
		this.html.raw("<article class=\"partner\" id=\"" + Html.anchor("p-", partner) + "\"><h3>")
			.text(heading(partner, country))
			.raw("</h3>\n<h4>Lots</h4>\n");
		List<PageData.Lot> sorted = new ArrayList<>(lots);
		sorted.sort(Comparator.comparing(PageData.Lot::lotId));
		this.html.table("Lot", "Benefit type", "Start", "End", "Status", "Granted", "Balance");
		for (PageData.Lot lot : sorted) {
			this.html.row(lot.lotId(), lot.benefitType(), lot.startDate(), lot.endDate(), lot.status(),
					Cell.amount(lot.originalAmount(), lot.currency()),
					Cell.amount(lot.closedBalance(), lot.currency()));
		}
		this.html.endTable().raw("<h4>Events by month</h4>\n");
		this.html.table("Month", "Currency", "New credit", "Charges", "Adjustments", "Lapsed", "Expired", "Revoked");
		Map<String, long[]> months = new TreeMap<>();
		this.data.partnerEvents.getOrDefault(partner, new TreeMap<>()).forEach((key, amount) -> {
			int type = EVENT_TYPES.indexOf(key.substring(key.lastIndexOf('|') + 1));
			if (type >= 0) {
				months.computeIfAbsent(key.substring(0, key.lastIndexOf('|')),
						(k) -> new long[EVENT_TYPES.size()])[type] += amount;
			}
		});
		months.forEach((key, amounts) -> {
			String currency = key.substring(key.indexOf('|') + 1);
			List<Object> cells = new ArrayList<>(List.of(key.substring(0, key.indexOf('|')), currency));
			for (long amount : amounts) {
				cells.add((amount == 0) ? Cell.blank() : Cell.amount(amount, currency));
			}
			this.html.row(cells.toArray());
		});
		this.html.endTable();
		if (!breaks.isEmpty()) {
			this.html.raw("<h4>Breaks</h4>\n");
			this.html.table("Object", "Key", "Field", "Expected", "Reported", "Difference", "Class");
			for (PageData.Break found : breaks) {
				this.html.row(found.object(), found.key(), found.field(), PageSections.figure(found, found.expected()),
						PageSections.figure(found, found.reported()),
						found.hasDifference() ? Cell.amount(found.difference(), found.currency()) : Cell.blank(),
						found.breakClass());
			}
			this.html.endTable();
		}
		this.html.raw("</article>\n");
	}

}
