package com.creditsrecon.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.jobs.WhatIfRows.Key;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule W1's figures computed apart from the what-if command, from the CSV files of a
 * plain {@code run} and its input folder: what whatif.csv and whatif-monthly.csv must say
 * for the scenario whose rollout and policy that run had. Keys carry no scenario; zero
 * figures are left out.
 * <ul>
 * <li>purchases_legacy, purchases_modernized: distinct purchase_id of benefits.csv per
 * experience, in the month of the purchase's purchase_date;</li>
 * <li>entitlement: benefits.csv, in the month of the purchase; granted, charged, lapsed,
 * expired, revoked: benefits.csv in all, events.csv per month;</li>
 * <li>uncovered_eligible: consumption.csv's ELIGIBLE rows, the profile's partner from
 * billing-profiles.csv (blank: unattributed, GLOBAL only);</li>
 * <li>rejected:CODE and blocked_moves: decisions.csv's REJECTED rows (blank partner:
 * GLOBAL only), in the month of {@code at}.</li>
 * </ul>
 * A partner counts in its COUNTRY and its REGION (blank when it has none), as
 * partners.csv has them, and everything counts in GLOBAL.
 */
final class PlainRunFigures {

	private static final Map<String, String> EVENT_MEASURES = Map.of("NEW_CREDIT", "granted", "SETTLED_CHARGES",
			"charged", "CREDIT_LAPSED", "lapsed", "CREDIT_EXPIRED", "expired", "CREDIT_REVOKED", "revoked");

	private static final Set<String> MOVES = Set.of("MOVE_SUBSCRIPTION", "MOVE_CREDITS", "MOVE_BILLING_PROFILE");

	private final Map<Key, BigDecimal> totals = new TreeMap<>(WhatIfRows.ORDER);

	private final Map<Key, BigDecimal> monthly = new TreeMap<>(WhatIfRows.ORDER);

	/** Digits after the point per currency, as the plain run writes its amounts. */
	private final Map<String, Integer> scales = new TreeMap<>();

	private final Map<String, String[]> partners = new HashMap<>();

	private PlainRunFigures() {
	}

	/** The figures of the run written to {@code out} from {@code input}. */
	static PlainRunFigures of(Path input, Path out) {
		PlainRunFigures figures = new PlainRunFigures();
		for (Map<String, String> partner : RunCommand.rows(input.resolve("partners.csv"))) {
			figures.partners.put(partner.get("partner_id"),
					new String[] { partner.get("country"), partner.get("region") });
		}
		Map<String, String> profileOwners = new HashMap<>();
		for (Map<String, String> profile : RunCommand.rows(input.resolve("billing-profiles.csv"))) {
			profileOwners.put(upper(profile.get("billing_profile_id")), profile.get("partner_id"));
		}
		Map<String, String> purchaseMonths = new HashMap<>();
		for (Map<String, String> purchase : RunCommand.rows(input.resolve("purchases.csv"))) {
			purchaseMonths.put(purchase.get("purchase_id"), purchase.get("purchase_date").substring(0, 7));
		}
		figures.addBenefits(out, purchaseMonths);
		figures.addDecisions(out);
		figures.addConsumption(out, profileOwners);
		return figures;
	}

	private void addBenefits(Path out, Map<String, String> purchaseMonths) {
		Map<String, Map<String, String>> benefits = new HashMap<>();
		Set<String> purchases = new HashSet<>();
		for (Map<String, String> benefit : RunCommand.rows(out.resolve("benefits.csv"))) {
			benefits.put(benefit.get("benefit_id"), benefit);
			String partner = benefit.get("partner_id");
			String[] place = this.partners.get(partner);
			assertThat(place).as("benefits.csv: the partner of " + benefit.get("benefit_id")).isNotNull();
			assertThat(benefit.get("country")).as("benefits.csv: country of " + benefit.get("benefit_id"))
				.isEqualTo(place[0]);
			assertThat(benefit.get("region")).as("benefits.csv: region of " + benefit.get("benefit_id"))
				.isEqualTo(place[1]);
			String month = purchaseMonths.get(benefit.get("purchase_id"));
			if (purchases.add(benefit.get("purchase_id"))) {
				String measure = "purchases_" + benefit.get("experience").toLowerCase(Locale.ROOT);
				add(partner, "", month, measure, BigDecimal.ONE);
			}
			String currency = benefit.get("currency");
			scale(currency, benefit.get("entitlement"));
			add(partner, currency, month, "entitlement", new BigDecimal(benefit.get("entitlement")));
			for (String measure : EVENT_MEASURES.values()) {
				addTotal(partner, currency, measure, new BigDecimal(benefit.get(measure)));
			}
		}
		for (Map<String, String> event : RunCommand.rows(out.resolve("events.csv"))) {
			String measure = EVENT_MEASURES.get(event.get("event_type"));
			if (measure == null) {
				continue;
			}
			Map<String, String> benefit = benefits.get(event.get("benefit_id"));
			assertThat(benefit).as("events.csv: the benefit of " + event).isNotNull();
			addMonth(benefit.get("partner_id"), benefit.get("currency"), event.get("date").substring(0, 7), measure,
					new BigDecimal(event.get("amount")));
		}
	}

	private void addDecisions(Path out) {
		for (Map<String, String> decision : RunCommand.rows(out.resolve("decisions.csv"))) {
			if (!decision.get("outcome").equals("REJECTED")) {
				continue;
			}
			String partner = decision.get("partner_id");
			String month = decision.get("at").substring(0, 7);
			add(partner, "", month, WhatIfRows.REJECTED + decision.get("reason_code"), BigDecimal.ONE);
			if (MOVES.contains(decision.get("action"))) {
				add(partner, "", month, "blocked_moves", BigDecimal.ONE);
			}
		}
	}

	private void addConsumption(Path out, Map<String, String> profileOwners) {
		for (Map<String, String> row : RunCommand.rows(out.resolve("consumption.csv"))) {
			if (!row.get("classification").equals("ELIGIBLE")) {
				continue;
			}
			String profile = row.get("billing_profile_id");
			String partner = "";
			if (!profile.isEmpty()) {
				partner = profileOwners.get(upper(profile));
				assertThat(partner).as("consumption.csv: the owner of profile " + profile).isNotNull();
			}
			scale(row.get("currency"), row.get("uncovered"));
			add(partner, row.get("currency"), row.get("month"), "uncovered_eligible",
					new BigDecimal(row.get("uncovered")));
		}
	}

	private void add(String partner, String currency, String month, String measure, BigDecimal amount) {
		addTotal(partner, currency, measure, amount);
		addMonth(partner, currency, month, measure, amount);
	}

	private void addTotal(String partner, String currency, String measure, BigDecimal amount) {
		for (Key key : keys(partner, currency, "", measure)) {
			this.totals.merge(key, amount, BigDecimal::add);
		}
	}

	private void addMonth(String partner, String currency, String month, String measure, BigDecimal amount) {
		assertThat(month).as("the month of a " + measure).isNotNull();
		for (Key key : keys(partner, currency, month, measure)) {
			this.monthly.merge(key, amount, BigDecimal::add);
		}
	}

	/** GLOBAL, and the partner's REGION and COUNTRY when there is a partner. */
	private List<Key> keys(String partner, String currency, String month, String measure) {
		Key global = new Key("", "GLOBAL", "GLOBAL", currency, month, measure);
		if (partner == null || partner.isEmpty()) {
			return List.of(global);
		}
		String[] place = this.partners.get(partner);
		assertThat(place).as("partners.csv: partner " + partner).isNotNull();
		return List.of(global, new Key("", "REGION", place[1], currency, month, measure),
				new Key("", "COUNTRY", place[0], currency, month, measure));
	}

	private void scale(String currency, String amount) {
		int scale = new BigDecimal(amount).scale();
		Integer known = this.scales.putIfAbsent(currency, scale);
		assertThat(known == null ? scale : known).as("the digits of " + currency).isEqualTo(scale);
	}

	private static String upper(String id) {
		return id.toUpperCase(Locale.ROOT);
	}

	/** whatif.csv's figures, by key without scenario; zeros left out. */
	Map<Key, BigDecimal> totals() {
		return nonZero(this.totals);
	}

	/** whatif-monthly.csv's figures, by key without scenario; zeros left out. */
	Map<Key, BigDecimal> monthly() {
		return nonZero(this.monthly);
	}

	/** Digits after the point of the currency's amounts; null when the run wrote none. */
	Integer scale(String currency) {
		return this.scales.get(currency);
	}

	private static Map<Key, BigDecimal> nonZero(Map<Key, BigDecimal> figures) {
		Map<Key, BigDecimal> nonZero = new TreeMap<>(WhatIfRows.ORDER);
		figures.forEach((key, amount) -> {
			if (amount.signum() != 0) {
				nonZero.put(key, amount);
			}
		});
		return nonZero;
	}

}
