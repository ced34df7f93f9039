package com.creditsrecon.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * offers.csv: the programme offers partners buy, in USD, EUR and JPY, with every benefit
 * type, with and without an activation window. The same for every world.
 */
final class OfferCatalog {

	/** What an offer is for, whatever its currency. */
	enum Kind {

		/** Monthly Azure credits and a product benefit. */
		INFRA,
		/** Monthly Azure credits and GitHub Copilot. */
		DATA,
		/** A bulk Azure credit and a product benefit. */
		CORE,
		/** A large bulk credit and two product benefits. */
		EXPANDED,
		/** Monthly credits for a three-month membership. */
		LAUNCH,
		/** A small bulk credit to activate within 30 days. */
		TRIAL

	}

	/** One benefit row of offers.csv. */
	record Benefit(String code, String type, BigDecimal amount, Integer activateWithinDays) {

		boolean isMonthly() {
			return this.type.equals("AZURE_MONTHLY");
		}

		boolean isBulk() {
			return this.type.equals("AZURE_BULK");
		}

		/** Benefits paid as Azure credits for one product (rules K3, C9). */
		boolean isProduct() {
			return !isMonthly() && !isBulk();
		}

	}

	/**
	 * One offer: its benefits, and whether its credit is large enough that usage never
	 * uses it up within the window (so that a deposit surely blocks, rules M3 and SM1).
	 */
	record Offer(String id, String name, Kind kind, String currency, List<Benefit> benefits, boolean large) {

		boolean hasBulk() {
			return this.benefits.stream().anyMatch(Benefit::isBulk);
		}

		boolean hasMonthly() {
			return this.benefits.stream().anyMatch(Benefit::isMonthly);
		}

	}

	static final List<Offer> ALL = List.of(
			offer("MAICPP-INFRA", "MAICPP Solutions Partner for Infrastructure (Azure)", Kind.INFRA, "USD", false,
					benefit("AZMONTHLY", "AZURE_MONTHLY", "100.00", 180),
					benefit("CPSEC", "COPILOT_SECURITY", "1200.00", 90)),
			offer("MAICPP-DATA", "MAICPP Solutions Partner for Data & AI (Azure)", Kind.DATA, "USD", false,
					benefit("AZMONTHLY", "AZURE_MONTHLY", "150.00", 180),
					benefit("GHCOPILOT", "GITHUB_COPILOT_ENTERPRISE", "1170.00", null)),
			offer("PS-CORE", "Partner Success Core", Kind.CORE, "USD", true,
					benefit("AZBULK", "AZURE_BULK", "6000.00", null),
					benefit("GHCOPILOT", "GITHUB_COPILOT_ENTERPRISE", "468.00", 365)),
			offer("PS-EXPANDED", "Partner Success Expanded", Kind.EXPANDED, "USD", true,
					benefit("AZBULK", "AZURE_BULK", "12000.00", 365),
					benefit("GHEMETER", "GITHUB_ENTERPRISE_METERED", "2500.00", 365),
					benefit("CPSEC", "COPILOT_SECURITY", "2400.00", 180)),
			offer("LAUNCH", "", Kind.LAUNCH, "USD", false, benefit("AZMONTHLY", "AZURE_MONTHLY", "100.00", null)),
			offer("TRIAL", "Azure Trial Credit", Kind.TRIAL, "USD", false,
					benefit("AZBULK", "AZURE_BULK", "500.00", 30)),
			offer("MAICPP-INFRA-EU", "MAICPP Solutions Partner for Infrastructure (Azure) – EUR", Kind.INFRA, "EUR",
					true, benefit("AZMONTHLY", "AZURE_MONTHLY", "95.00", 180),
					benefit("AZBULK", "AZURE_BULK", "5500.00", null)),
			offer("MAICPP-DATA-EU", "MAICPP Solutions Partner for Data & AI (Azure) – EUR", Kind.DATA, "EUR", false,
					benefit("AZMONTHLY", "AZURE_MONTHLY", "140.00", 180),
					benefit("GHCOPILOT", "GITHUB_COPILOT_ENTERPRISE", "1080.00", null)),
			offer("TRIAL-EU", "Azure Trial Credit – EUR", Kind.TRIAL, "EUR", false,
					benefit("AZBULK", "AZURE_BULK", "460.00", 30)),
			offer("PS-CORE-EU", "Partner Success Core – EUR", Kind.CORE, "EUR", true,
					benefit("AZBULK", "AZURE_BULK", "5600.00", null),
					benefit("GHCOPILOT", "GITHUB_COPILOT_ENTERPRISE", "440.00", 365)),
			offer("LAUNCH-EU", "Launch – EUR", Kind.LAUNCH, "EUR", false,
					benefit("AZMONTHLY", "AZURE_MONTHLY", "90.00", null)),
			offer("MAICPP-INFRA-JP", "MAICPP Solutions Partner for Infrastructure (Azure) – JPY", Kind.INFRA, "JPY",
					false, benefit("AZMONTHLY", "AZURE_MONTHLY", "15000", 180),
					benefit("CPSEC", "COPILOT_SECURITY", "180000", 90)),
			offer("PS-CORE-JP", "Partner Success Core – JPY", Kind.CORE, "JPY", true,
					benefit("AZBULK", "AZURE_BULK", "900000", null),
					benefit("GHEMETER", "GITHUB_ENTERPRISE_METERED", "380000", 365)),
			offer("LAUNCH-JP", "Launch – JPY", Kind.LAUNCH, "JPY", false,
					benefit("AZMONTHLY", "AZURE_MONTHLY", "15000", null)));

	private OfferCatalog() {
	}

	/**
	 * The offer of a kind in a currency; the USD offer when the kind is not sold in that
	 * currency (its credits then differ from the partner's profile currency).
	 */
	static Offer of(Kind kind, String currency) {
		Offer usd = null;
		for (Offer offer : ALL) {
			if (offer.kind() == kind && offer.currency().equals(currency)) {
				return offer;
			}
			if (offer.kind() == kind && offer.currency().equals("USD")) {
				usd = offer;
			}
		}
		return usd;
	}

	/** The rows of offers.csv, in catalogue order. */
	static List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (Offer offer : ALL) {
			for (Benefit benefit : offer.benefits()) {
				rows.add(List.of(offer.id(), offer.name(), benefit.code(), benefit.type(),
						benefit.amount().toPlainString(), offer.currency(),
						benefit.activateWithinDays() == null ? "" : benefit.activateWithinDays().toString()));
			}
		}
		return rows;
	}

	private static Offer offer(String id, String name, Kind kind, String currency, boolean large, Benefit... benefits) {
		return new Offer(id, name, kind, currency, List.of(benefits), large);
	}

	private static Benefit benefit(String code, String type, String amount, Integer activateWithinDays) {
		return new Benefit(code, type, new BigDecimal(amount), activateWithinDays);
	}

}
