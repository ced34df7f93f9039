package com.creditsrecon.generator;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a legacy benefit goes through besides its assignment and activation (rules L0–L3,
 * SM1–SM3, {@link AssignmentStory}), with its chance per mille in a random story, which
 * draws them in this order ({@link AssignmentPlan}).
 */
enum AssignmentTurn {

	/** Never assigned. */
	IDLE(80),
	/** L0: assigned before provisioning. */
	EARLY(30),
	/** M0: a REDEEM of the legacy benefit. */
	WRONG_ACTION(20),
	/** L0: a member who is not a partner admin assigns first. */
	NON_ADMIN(30),
	/** L1.5: a UPN with a typing mistake first. */
	NOT_FOUND(40),
	/** L1.6: a user at a free e-mail host first (not for a monthly credit). */
	FREE_HOSTED(40),
	/** L1.6: a guest or outsider first (not for a monthly credit). */
	GUEST(40),
	/** L1.7: a user holding another bulk credit first. */
	BULK_LIMIT(100),
	/** T7: another partner's subscription named first. */
	FOREIGN_SUBSCRIPTION(10),
	/** L1.1: a second assignment while the first is provisioned. */
	IN_PROGRESS(40),
	/** L1.2: the same user assigned again. */
	ALREADY_ASSIGNED(30),
	/** L1.3: another user assigned to the taken seat. */
	NO_SEAT(30),
	/** L2: another user tries to activate. */
	NOT_ASSIGNED_USER(30),
	/** L0: activated after its activate-by day. */
	LATE_ACTIVATION(50),
	/** Assigned, never activated. */
	NEVER_ACTIVATED(50),
	/** L2: activated again. */
	ALREADY_ACTIVE(30),
	/** L3: a user who is not assigned removed. */
	USER_NOT_ASSIGNED(30),
	/** L3 then L1 or L1.4: removed, then passed on (refused for bulk and product). */
	REASSIGN(80),
	/** L1.4: a monthly seat passed on five times, then once more. */
	LIMIT(10),
	/** L0: removed after every credit period ended. */
	COMPLETE(500),
	/** SM1–SM3: the credit's subscription and credits moved. */
	MOVES(15),
	/** L1 step 6: a monthly credit's first assignee is a guest (allowed). */
	GUEST_SEAT(100),
	/** L0: assigned after the purchase's revocation. */
	AFTER_REVOCATION(500),
	/** Creates the user a hurdle needs when the partner has none (never drawn). */
	CREATE(0);

	private final int perMille;

	AssignmentTurn(int perMille) {
		this.perMille = perMille;
	}

	/** The turns of a random story: each drawn with its chance, in this order. */
	static Set<AssignmentTurn> drawn(SplittableRandom random) {
		return Chances.drawn(AssignmentTurn.class, turn -> turn.perMille, random);
	}

}
