package com.creditsrecon.generator;

/**
 * The kinds of cost-export rows a partner's usage is made of, with their shares in basis
 * points: mostly first-party usage that draws credit, and a row of every classification
 * of rules C1–C7 (no ChargeCategory=Credit rows: reported credits come with the reported
 * extracts).
 */
enum UsageKind {

	/** Credit-eligible first-party usage (C6 ELIGIBLE). */
	USAGE(7650),
	/** Usage of a product a product benefit pays for, e.g. GitHub Copilot (C9). */
	PRODUCT(350),
	/**
	 * A product service sold by a third party: still paid with credits (C4's exception).
	 */
	VENDOR_PRODUCT(50),
	/** Usage Microsoft flags {@code x_SkuIsCreditEligible=false} (C6). */
	NOT_CREDIT_ELIGIBLE(250),
	/** Another cloud's rows in the same export (C1). */
	OTHER_PROVIDER(200),
	/** Third-party Marketplace usage (C4). */
	MARKETPLACE_USAGE(200),
	/** Third-party Marketplace usage flagged not credit-eligible (C4). */
	MARKETPLACE_NOT_ELIGIBLE(50),
	/** A Marketplace purchase (C4). */
	MARKETPLACE_PURCHASE(50),
	/** A reserved-instance purchase (C3). */
	RESERVATION(80),
	/** A savings-plan purchase (C3). */
	SAVINGS_PLAN(80),
	/** A support plan (C5). */
	SUPPORT(50),
	/** Tax (C6, not covered). */
	TAX(300),
	/** A negative adjustment (C6, not covered). */
	ADJUSTMENT(100),
	/** A refund of usage: negative, ChargeClass Correction (C10). */
	REFUND(350),
	/** Usage billed in another currency than the profile's (C7 CURRENCY_MISMATCH). */
	OTHER_CURRENCY(200),
	/** Usage of a subscription and profile of no partner (rule T7). */
	ORPHAN(40);

	private static final UsageKind[] VALUES = values();

	final int basisPoints;

	UsageKind(int basisPoints) {
		this.basisPoints = basisPoints;
	}

	/** A kind drawn from a number in [0, 10000). */
	static UsageKind of(int draw) {
		for (UsageKind kind : VALUES) {
			draw -= kind.basisPoints;
			if (draw < 0) {
				return kind;
			}
		}
		return USAGE;
	}

	/** The kind of a partner's first row: partners take turns, so every kind occurs. */
	static UsageKind turn(int partnerIndex) {
		return VALUES[partnerIndex % VALUES.length];
	}

}
