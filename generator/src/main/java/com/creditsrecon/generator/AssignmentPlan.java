package com.creditsrecon.generator;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Story;

/**
 * How one legacy benefit's story goes ({@link AssignmentStory}): its turns, whether the
 * first ASSIGN names the subscription it creates, and how many days after provisioning it
 * is first assigned. The first benefit of a purchase follows the purchase's story; the
 * others are assigned and activated plainly, or left idle.
 */
record AssignmentPlan(Set<AssignmentTurn> turns, boolean namedSubscription, int delay) {

	boolean has(AssignmentTurn turn) {
		return this.turns.contains(turn);
	}

	/** The plan of a purchase's first benefit. */
	static AssignmentPlan first(Story story, SplittableRandom random) {
		boolean named = random.nextBoolean();
		Set<AssignmentTurn> turns = switch (story) {
			case LEG_HURDLES -> EnumSet.of(AssignmentTurn.EARLY, AssignmentTurn.WRONG_ACTION, AssignmentTurn.NON_ADMIN,
					AssignmentTurn.NOT_FOUND, AssignmentTurn.FREE_HOSTED, AssignmentTurn.GUEST, AssignmentTurn.CREATE,
					AssignmentTurn.FOREIGN_SUBSCRIPTION, AssignmentTurn.IN_PROGRESS, AssignmentTurn.ALREADY_ASSIGNED,
					AssignmentTurn.NO_SEAT, AssignmentTurn.NOT_ASSIGNED_USER, AssignmentTurn.ALREADY_ACTIVE,
					AssignmentTurn.USER_NOT_ASSIGNED, AssignmentTurn.REASSIGN);
			case LEG_MONTHLY -> EnumSet.of(AssignmentTurn.LIMIT, AssignmentTurn.GUEST_SEAT);
			case LEG_BULK_SECOND -> EnumSet.of(AssignmentTurn.BULK_LIMIT);
			case LEG_LATE -> EnumSet.of(AssignmentTurn.LATE_ACTIVATION);
			case LEG_COMPLETE -> EnumSet.of(AssignmentTurn.COMPLETE);
			case LEG_REVOKED -> EnumSet.of(AssignmentTurn.AFTER_REVOCATION);
			case LEG_MOVES -> EnumSet.of(AssignmentTurn.MOVES);
			case LEG_BULK_FIRST -> EnumSet.noneOf(AssignmentTurn.class);
			default -> AssignmentTurn.drawn(random);
		};
		return new AssignmentPlan(turns, named, 0);
	}

	/**
	 * The plan of a purchase's other benefits: now and then idle or tried after
	 * revocation; those of a showcased monthly credit meet a free-hosted user first.
	 */
	static AssignmentPlan secondary(Story story, SplittableRandom random) {
		boolean named = random.nextBoolean();
		int delay = random.nextInt(21);
		Set<AssignmentTurn> turns = EnumSet.noneOf(AssignmentTurn.class);
		if (Chances.perMille(random, 250)) {
			turns.add(AssignmentTurn.IDLE);
		}
		if (Chances.perMille(random, 300)) {
			turns.add(AssignmentTurn.AFTER_REVOCATION);
		}
		if (story == Story.LEG_MONTHLY) {
			turns.addAll(EnumSet.of(AssignmentTurn.FREE_HOSTED, AssignmentTurn.CREATE));
			turns.remove(AssignmentTurn.IDLE);
		}
		return new AssignmentPlan(turns, named, delay);
	}

}
