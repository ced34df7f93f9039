package com.creditsrecon.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Purchase;

/**
 * Writes what a partner's people do, story by story, in the engine's rule families: the
 * account changes first ({@link AccountChangeStory}), then each purchase in date order,
 * deposited ({@link RedemptionStory}) or assigned and activated
 * ({@link AssignmentStory}), with the moves and revocations those bring; then random
 * moves ({@link MoveStory}). Plausible sequences (redeem once provisioned; assign, then
 * activate; fix a blocker, then retry), and attempts that the engine rejects for a known
 * reason, each placed where every earlier check of its rule passes. Scenarios that change
 * a profile's state get a profile of their own, so that stories cannot spoil each other.
 */
final class ActionScript {

	private final Script script;

	private final AccountChangeStory accountChanges;

	private final RedemptionStory redemption;

	private final AssignmentStory assignment;

	private final MoveStory moves;

	ActionScript(Script script) {
		this.script = script;
		RevocationStory revocation = new RevocationStory(script);
		this.accountChanges = new AccountChangeStory(script);
		this.moves = new MoveStory(script);
		this.redemption = new RedemptionStory(script, this.accountChanges, this.moves, revocation);
		this.assignment = new AssignmentStory(script, this.moves, revocation);
	}

	void run() {
		GeneratedPartner partner = this.script.partner;
		// the first subscription carries the usage restatement: never moved
		partner.subscriptions.get(0).reserved = true;
		this.accountChanges.tell();
		List<Purchase> byDate = new ArrayList<>(partner.purchases);
		byDate.sort(Comparator.comparing((Purchase p) -> p.date).thenComparing(p -> p.id));
		for (Purchase purchase : byDate) {
			if (purchase.modernized) {
				this.redemption.tell(purchase, RedemptionTurn.of(purchase.story, this.script.random));
			}
			else {
				legacy(purchase);
			}
		}
		this.moves.randomMoves();
		partner.sortActions();
	}

	/** The first benefit follows the purchase's story; the others go plainly. */
	private void legacy(Purchase purchase) {
		SplittableRandom random = this.script.random;
		this.assignment.tell(purchase, purchase.benefits.get(0), AssignmentPlan.first(purchase.story, random));
		for (int i = 1; i < purchase.benefits.size(); i++) {
			this.assignment.tell(purchase, purchase.benefits.get(i), AssignmentPlan.secondary(purchase.story, random));
		}
	}

}
