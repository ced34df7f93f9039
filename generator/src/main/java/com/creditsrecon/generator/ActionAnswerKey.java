package com.creditsrecon.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the action script meant each action of a world to end in: the engine's answer key.
 * Every action of actions.csv is written for an outcome the script knows, so a run of the
 * world must decide each one as this says.
 */
public final class ActionAnswerKey {

	private ActionAnswerKey() {
	}

	/**
	 * By action ID, in the order of actions.csv: the reason code the engine must give, or
	 * {@code ACCEPTED}.
	 */
	public static Map<String, String> of(GenerateOptions options) {
		Timeframe timeframe = new Timeframe(options.months());
		PartnerGenerator generator = new PartnerGenerator(options, timeframe, new RolloutSchedule(timeframe));
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (int index = 0; index < options.partners(); index++) {
			GeneratedPartner partner = generator.generate(index);
			partner.actionsById().forEach((id, action) -> outcomes.put(id, action.expected()));
		}
		return outcomes;
	}

}
