package com.creditsrecon.generator;

import java.time.LocalDateTime;

import com.creditsrecon.generator.GeneratedPartner.Action;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * A partner's actions as its stories write them, each numbered in the order written:
 * actions of the same moment keep that order in actions.csv.
 */
final class ActionLog {

	private final GeneratedPartner partner;

	private long order;

	ActionLog(GeneratedPartner partner) {
		this.partner = partner;
	}

	/**
	 * A new row of {@code type} at {@code at}: fill its columns, then say its outcome.
	 */
	ScriptedAction at(LocalDateTime at, ActionType type) {
		return new ScriptedAction(this, at, type);
	}

	void add(LocalDateTime at, ActionType type, String actor, String benefit, String profile, String subscription,
			String user, String target, String value, ReasonCode rejection) {
		this.partner.actions.add(new Action(at, this.order++, type, actor, benefit, profile, subscription, user, target,
				value, rejection));
	}

}
