package com.creditsrecon.generator;

import java.time.LocalDateTime;

import com.creditsrecon.generator.GeneratedPartner.Action;
import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * One row of actions.csv being written by a story: its moment and kind first, then the
 * columns it fills, then the outcome the story means it to have, which adds it to the
 * partner's actions. A column left out stays blank, as extracts.md has it for the kind.
 * Call the setters in column order: their arguments may draw from the script's random
 * sequence, and the order of the draws makes the world.
 */
final class ScriptedAction {

	private final Script script;

	private final LocalDateTime at;

	private final ActionType type;

	private String actor = "";

	private String benefit = "";

	private String profile = "";

	private String subscription = "";

	private String user = "";

	private String target = "";

	private String value = "";

	ScriptedAction(Script script, LocalDateTime at, ActionType type) {
		this.script = script;
		this.at = at;
		this.type = type;
	}

	/** actor_upn: who acts (blank for an activation, which the user does). */
	ScriptedAction by(User actor) {
		this.actor = actor.upn;
		return this;
	}

	/** benefit_id. */
	ScriptedAction benefit(Benefit benefit) {
		this.benefit = benefit.id;
		return this;
	}

	/** billing_profile_id: the partner's profile. */
	ScriptedAction profile(Profile profile) {
		return profile(profile.id);
	}

	/** billing_profile_id: any ID, another partner's included. */
	ScriptedAction profile(String id) {
		this.profile = id;
		return this;
	}

	/** subscription_id. */
	ScriptedAction subscription(String id) {
		this.subscription = id;
		return this;
	}

	/** user_upn: whom the action is about. */
	ScriptedAction user(User user) {
		return user(user.upn);
	}

	/** user_upn: any UPN, one not in the tenant included. */
	ScriptedAction user(String upn) {
		this.user = upn;
		return this;
	}

	/** target_id: the profile, subscription or billing account moved to. */
	ScriptedAction target(String id) {
		this.target = id;
		return this;
	}

	/** value: a role, or a payment instrument's true or false. */
	ScriptedAction value(String value) {
		this.value = value;
		return this;
	}

	/** The story means the engine to accept it. */
	void accepted() {
		this.script.write(this, null);
	}

	/** The story means the engine to reject it for {@code reason}. */
	void rejected(ReasonCode reason) {
		this.script.write(this, reason);
	}

	Action toAction(long order, ReasonCode rejection) {
		return new Action(this.at, order, this.type, this.actor, this.benefit, this.profile, this.subscription,
				this.user, this.target, this.value, rejection);
	}

}
