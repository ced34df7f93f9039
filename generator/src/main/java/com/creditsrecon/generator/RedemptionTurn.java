package com.creditsrecon.generator;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import com.creditsrecon.generator.GeneratedPartner.Story;

/**
 * What a modernized purchase's benefits go through besides their deposit (rules M0–M6,
 * {@link RedemptionStory}): a showcase story sets its turns; a random story draws each,
 * in this order, with its chance per mille, so that most purchases go plainly.
 */
enum RedemptionTurn {

	/** M0: a deposit tried before provisioning. */
	EARLY(40),
	/** No deposit at all. */
	UNTOUCHED(80),
	/** M0: the benefits with an activate-by day are left to expire, then tried. */
	LET_EXPIRE(80),
	/** Some product credits are left undeposited. */
	LEAVE_SOME(100),
	/** L0: an ASSIGN of the modernized benefit first. */
	WRONG_ACTION(30),
	/** M0: a member who is not a partner admin tries first. */
	NON_ADMIN(40),
	/** M0: another partner's billing profile is named first. */
	FOREIGN_PROFILE(20),
	/** M1: a profile of an ineligible account type is named first. */
	INELIGIBLE(40),
	/** M2: a profile under another billing account is named first. */
	OTHER_ACCOUNT(30),
	/** M4: the profile lacks a payment instrument, which is then added. */
	NO_INSTRUMENT(40),
	/** M5: the admin lacks the role, which another admin then grants. */
	NO_ROLE(40),
	/** M3: a profile holding another purchase's large credit is tried first. */
	BUSY(300),
	/** M0: deposited again. */
	TWICE(60),
	/** SM1: a large deposit blocks a subscription move. */
	BLOCK_MOVES(30),
	/** M0: tried after the purchase's revocation. */
	AFTER_REVOCATION(500),
	/** Creates the profile a hurdle needs when the partner has none (never drawn). */
	CREATE(0);

	private final int perMille;

	RedemptionTurn(int perMille) {
		this.perMille = perMille;
	}

	/** The turns of a story: the showcase's own, or drawn for a random one. */
	static Set<RedemptionTurn> of(Story story, SplittableRandom random) {
		return switch (story) {
			case MOD_HURDLES -> EnumSet.of(EARLY, WRONG_ACTION, NON_ADMIN, FOREIGN_PROFILE, INELIGIBLE, OTHER_ACCOUNT,
					CREATE, NO_INSTRUMENT, NO_ROLE, TWICE);
			case MOD_BLOCKER -> EnumSet.of(BLOCK_MOVES);
			case MOD_BUSY -> EnumSet.of(BUSY);
			case MOD_LAPSE -> EnumSet.of(EARLY, LET_EXPIRE);
			case MOD_REVOKED -> EnumSet.of(AFTER_REVOCATION);
			default -> Chances.drawn(RedemptionTurn.class, turn -> turn.perMille, random);
		};
	}

}
