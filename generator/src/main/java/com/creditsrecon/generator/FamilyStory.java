package com.creditsrecon.generator;

import java.time.LocalDateTime;

/**
 * A story of one of the engine's rule families, told on a partner's {@link Script}: the
 * script itself (random sequence, clock, actions written), and the choosers every family
 * uses to pick who acts and which profile or subscription it names.
 */
abstract class FamilyStory {

	protected final Script script;

	protected final Cast cast;

	protected final ProfileChoices profiles;

	protected FamilyStory(Script script) {
		this.script = script;
		this.cast = script.cast;
		this.profiles = script.profiles;
	}

	/** A new row of actions.csv that the partner admin makes. */
	protected ScriptedAction byAdmin(LocalDateTime at, ActionType type) {
		return this.script.at(at, type).by(this.cast.admin());
	}

}
