package com.creditsrecon.generator;

import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Story;

/**
 * What happens to a purchase's benefits in the action script: which hurdles come before
 * the accepted action, and what follows it. A showcase story sets its flags; a random one
 * draws them, rarely, so that most purchases go plainly.
 */
final class Flags {

	// modernized (M0–M6)

	boolean early;

	boolean untouched;

	boolean letExpire;

	boolean leaveSome;

	boolean wrongAction;

	boolean nonAdmin;

	boolean foreign;

	boolean ineligible;

	boolean otherAccount;

	/** Creates the profile a hurdle needs when the partner has none. */
	boolean create;

	boolean noInstrument;

	boolean noRole;

	boolean busy;

	boolean twice;

	boolean blockMoves;

	boolean afterRevocation;

	// legacy (L0–L3, SM)

	boolean idle;

	boolean notFound;

	boolean freeHosted;

	boolean guest;

	boolean bulkLimit;

	boolean foreignSubscription;

	boolean inProgress;

	boolean alreadyAssigned;

	boolean noSeat;

	boolean notAssignedUser;

	boolean lateActivation;

	boolean neverActivated;

	boolean alreadyActive;

	boolean userNotAssigned;

	boolean reassign;

	boolean limit;

	boolean complete;

	boolean moves;

	/** The first assignee of a monthly credit is a guest (allowed, L1 step 6). */
	boolean guestSeat;

	/** The ASSIGN names the new subscription's ID. */
	boolean namedSubscription;

	/** Days after provisioning before the first assignment. */
	int delay;

	private Flags() {
	}

	static Flags modernized(Story story, SplittableRandom random) {
		Flags f = new Flags();
		switch (story) {
			case MOD_HURDLES -> {
				f.early = true;
				f.wrongAction = true;
				f.nonAdmin = true;
				f.foreign = true;
				f.ineligible = true;
				f.otherAccount = true;
				f.create = true;
				f.noInstrument = true;
				f.noRole = true;
				f.twice = true;
			}
			case MOD_BLOCKER -> f.blockMoves = true;
			case MOD_BUSY -> f.busy = true;
			case MOD_LAPSE -> {
				f.early = true;
				f.letExpire = true;
			}
			case MOD_REVOKED -> f.afterRevocation = true;
			default -> {
				f.early = chance(random, 40);
				f.untouched = chance(random, 80);
				f.letExpire = chance(random, 80);
				f.leaveSome = chance(random, 100);
				f.wrongAction = chance(random, 30);
				f.nonAdmin = chance(random, 40);
				f.foreign = chance(random, 20);
				f.ineligible = chance(random, 40);
				f.otherAccount = chance(random, 30);
				f.noInstrument = chance(random, 40);
				f.noRole = chance(random, 40);
				f.busy = chance(random, 300);
				f.twice = chance(random, 60);
				f.blockMoves = chance(random, 30);
				f.afterRevocation = chance(random, 500);
			}
		}
		return f;
	}

	static Flags legacy(Story story, SplittableRandom random) {
		Flags f = new Flags();
		f.namedSubscription = random.nextBoolean();
		switch (story) {
			case LEG_HURDLES -> {
				f.early = true;
				f.wrongAction = true;
				f.nonAdmin = true;
				f.notFound = true;
				f.freeHosted = true;
				f.guest = true;
				f.create = true;
				f.foreignSubscription = true;
				f.inProgress = true;
				f.alreadyAssigned = true;
				f.noSeat = true;
				f.notAssignedUser = true;
				f.alreadyActive = true;
				f.userNotAssigned = true;
				f.reassign = true;
			}
			case LEG_MONTHLY -> {
				f.limit = true;
				f.guestSeat = true;
			}
			case LEG_BULK_SECOND -> f.bulkLimit = true;
			case LEG_LATE -> f.lateActivation = true;
			case LEG_COMPLETE -> f.complete = true;
			case LEG_REVOKED -> f.afterRevocation = true;
			case LEG_MOVES -> f.moves = true;
			case LEG_BULK_FIRST -> {
			}
			default -> {
				f.idle = chance(random, 80);
				f.early = chance(random, 30);
				f.wrongAction = chance(random, 20);
				f.nonAdmin = chance(random, 30);
				f.notFound = chance(random, 40);
				f.freeHosted = chance(random, 40);
				f.guest = chance(random, 40);
				f.bulkLimit = chance(random, 100);
				f.foreignSubscription = chance(random, 10);
				f.inProgress = chance(random, 40);
				f.alreadyAssigned = chance(random, 30);
				f.noSeat = chance(random, 30);
				f.notAssignedUser = chance(random, 30);
				f.lateActivation = chance(random, 50);
				f.neverActivated = chance(random, 50);
				f.alreadyActive = chance(random, 30);
				f.userNotAssigned = chance(random, 30);
				f.reassign = chance(random, 80);
				f.limit = chance(random, 10);
				f.complete = chance(random, 500);
				f.moves = chance(random, 15);
				f.guestSeat = chance(random, 100);
				f.afterRevocation = chance(random, 500);
			}
		}
		return f;
	}

	/** The other benefits of a legacy purchase: assigned and activated, or left idle. */
	static Flags secondary(Story story, SplittableRandom random) {
		Flags f = new Flags();
		f.namedSubscription = random.nextBoolean();
		f.delay = random.nextInt(21);
		f.idle = chance(random, 250);
		f.afterRevocation = chance(random, 300);
		if (story == Story.LEG_MONTHLY) {
			f.freeHosted = true;
			f.create = true;
			f.idle = false;
		}
		return f;
	}

	private static boolean chance(SplittableRandom random, int perMille) {
		return random.nextInt(1000) < perMille;
	}

}
