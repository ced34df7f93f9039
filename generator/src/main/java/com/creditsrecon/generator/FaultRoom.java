package com.creditsrecon.generator;

/**
 * An upper bound, from the arguments alone, on how many faults {@code --inject-breaks}
 * can place in a generated world, so that the command line refuses at once a count that
 * could never succeed, and never one that could.
 *
 * <p>
 * Why it is an upper bound. A fault takes a place of its own ({@link FaultPlan#assign}:
 * no two faults share an (object, target)): a lot with a billing profile, a benefit, or a
 * transactions key ({@code billing_profile_id|yyyy-MM|currency} of events of such lots,
 * up to as-of), the three kinds of target never colliding. So the faults that fit are at
 * most the lots + the benefits + the keys of the truth that {@code run} simulates for the
 * world, with the default policy, at {@link Timeframe#ANCHOR}, the last day of the M
 * months. Each of these belongs to a purchase of one partner ({@link PartnerGenerator}
 * writes nothing else: no purchase, no lot), and per purchase:
 * <ul>
 * <li>benefits: one per benefit of its offer (rule P1,
 * {@code Provisioning.purchase});</li>
 * <li>lots: a benefit starts once (K1), when redeemed or first activated, so on or after
 * its provisioning day, after the purchase, so on or after the first day of the window;
 * its lots follow its plan ({@code LotSchedule}, rules K2, K3) and open on their start
 * day, never after as-of. An AZURE_MONTHLY benefit's periods start in distinct months, at
 * most 13 (14 with {@code monthly-period=CALENDAR}) and, opening within the window's M
 * months, at most M of them: at most {@code a = min(M, 14)} lots. Any other benefit has
 * one lot;</li>
 * <li>transactions keys: every event of a lot is dated within its window (NEW_CREDIT on
 * its start day, charges and adjustments only on lots open that day (C8 to C10), its
 * lapse or expiry on its end day (K4), its revocation while open (RV1)), and within the
 * simulated days, the window's M months. A key needs an event, so the keys are at most
 * the sum over lots of the calendar months their events fall in: a monthly lot's period
 * is at most a month (starting any day), so {@code c = min(M, 2)} months; another lot's
 * year, at most {@code b = min(M, 13)} months.</li>
 * </ul>
 * So a purchase of an offer with {@code m} monthly and {@code o} other benefits makes at
 * most {@code (m + o) + m·a·(1 + c) + o·(1 + b)} places; {@link #perPurchase} takes the
 * largest over {@link OfferCatalog#ALL}, whatever the purchase's kind. A partner makes at
 * most its {@link Showcase}'s purchases plus
 * {@link PartnerGenerator#MAX_RANDOM_PURCHASES} random ones. The bound is the sum over
 * the N partners: for one partner over 12 months, 4 purchases of at most 51 places, 204
 * (the world of seed 1 has room for 6: loose, but enough to refuse at once a count that
 * is plainly too large).
 */
public final class FaultRoom {

	/** Rule K2: 13 months of monthly credits; one more period when they are calendar. */
	private static final int MAX_MONTHLY_LOTS = 14;

	/** A year of credit (rule K3), from any day: at most 13 calendar months. */
	private static final int MAX_MONTHS_OF_A_YEAR = 13;

	/** A month of monthly credit (rule K2), from any day: at most 2 calendar months. */
	private static final int MAX_MONTHS_OF_A_MONTH = 2;

	private FaultRoom() {
	}

	/**
	 * The most faults a world of {@code partners} over {@code months} can take; more
	 * surely fail, whatever the seed and the usage rows.
	 */
	public static long atMost(int partners, int months) {
		long perPurchase = perPurchase(months);
		int cycle = Showcase.CYCLE;
		long purchasesPerCycle = 0;
		for (int slot = 0; slot < cycle; slot++) {
			purchasesPerCycle += purchasesAtMost(slot);
		}
		long purchases = (partners / cycle) * purchasesPerCycle;
		for (int slot = 0; slot < partners % cycle; slot++) {
			purchases += purchasesAtMost(slot);
		}
		return purchases * perPurchase;
	}

	/** The most purchases partner {@code index} makes. */
	public static int purchasesAtMost(int index) {
		return Showcase.of(index).purchases.size() + PartnerGenerator.MAX_RANDOM_PURCHASES;
	}

	/** The most places for a fault one purchase makes, whatever its offer. */
	public static long perPurchase(int months) {
		long a = Math.min(months, MAX_MONTHLY_LOTS);
		long b = Math.min(months, MAX_MONTHS_OF_A_YEAR);
		long c = Math.min(months, MAX_MONTHS_OF_A_MONTH);
		long most = 0;
		for (OfferCatalog.Offer offer : OfferCatalog.ALL) {
			long monthly = offer.benefits().stream().filter(OfferCatalog.Benefit::isMonthly).count();
			long others = offer.benefits().size() - monthly;
			long places = (monthly + others) + monthly * a * (1 + c) + others * (1 + b);
			most = Math.max(most, places);
		}
		return most;
	}

}
