package com.creditsrecon.generator;

import java.util.List;

import com.creditsrecon.generator.GeneratedPartner.Story;
import com.creditsrecon.generator.OfferCatalog.Kind;

/**
 * The scenario a partner is built around. Partners 0–9 of every 40 show one each, so that
 * a world of ten partners or more has every action kind and every rejection reason of
 * rules M0–M5, L0–L3 and SM1–SM3; the others (and these, besides) buy at random.
 */
enum Showcase {

	/** Every redemption hurdle in turn, each fixed, then the deposit and a repeat. */
	MODERNIZED_HURDLES(0, 45, purchase(Story.MOD_HURDLES, Kind.CORE, true, null)),
	/** A large deposit that blocks the next purchase's deposit and subscription moves. */
	ACTIVE_CREDITS(0, 90, purchase(Story.MOD_BLOCKER, Kind.CORE, true, null),
			purchase(Story.MOD_BUSY, Kind.INFRA, true, null)),
	/** A credit left past its activate-by day; a cancelled purchase redeemed before. */
	MODERNIZED_LAPSES(0, 60, purchase(Story.MOD_LAPSE, Kind.TRIAL, true, null),
			purchase(Story.MOD_REVOKED, Kind.DATA, true, "CANCELLED")),
	/** Every assignment hurdle of L0–L2, then a refused reassignment. */
	LEGACY_HURDLES(90, 0, purchase(Story.LEG_HURDLES, Kind.CORE, false, null)),
	/** A monthly seat reassigned five times, then the limit. */
	MONTHLY_SEAT(80, 0, purchase(Story.LEG_MONTHLY, Kind.INFRA, false, null)),
	/** Two bulk credits that cannot go to the same user. */
	BULK_LIMIT(80, 0, purchase(Story.LEG_BULK_FIRST, Kind.CORE, false, null),
			purchase(Story.LEG_BULK_SECOND, Kind.CORE, false, null)),
	/** Late activation, a complete credit, a fraudulent purchase. */
	LEGACY_LAPSES(110, 0, purchase(Story.LEG_LATE, Kind.TRIAL, false, null),
			purchase(Story.LEG_COMPLETE, Kind.LAUNCH, false, null),
			purchase(Story.LEG_REVOKED, Kind.CORE, false, "FRAUD")),
	/** Subscription, credit and billing-profile moves. */
	LEGACY_MOVES(60, 0, purchase(Story.LEG_MOVES, Kind.CORE, false, null)),
	/** One legacy purchase before the rollout and one modernized after. */
	MIXED(30, 30, purchase(Story.RANDOM, null, false, null), purchase(Story.RANDOM, null, true, null)),
	/** Random purchases only. */
	ORDINARY(0, 0);

	/** Partners take turns at the scenarios in cycles of this many. */
	static final int CYCLE = 40;

	/** A purchase the scenario needs: its story, offer kind, experience and status. */
	record Purchase(Story story, Kind kind, boolean modernized, String status) {

	}

	/** Days the legacy purchases' stories need before the window ends (0: none). */
	final int legacyRoom;

	/** Days the modernized purchases' stories need before the window ends (0: none). */
	final int modernizedRoom;

	final List<Purchase> purchases;

	Showcase(int legacyRoom, int modernizedRoom, Purchase... purchases) {
		this.legacyRoom = legacyRoom;
		this.modernizedRoom = modernizedRoom;
		this.purchases = List.of(purchases);
	}

	static Showcase of(int partnerIndex) {
		int slot = partnerIndex % CYCLE;
		return slot < values().length ? values()[slot] : ORDINARY;
	}

	private static Purchase purchase(Story story, Kind kind, boolean modernized, String status) {
		return new Purchase(story, kind, modernized, status);
	}

}
