package com.creditsrecon.generator;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Draws of a story's turns, each with its own chance. */
final class Chances {

	private Chances() {
	}

	/** True {@code perMille} times in a thousand; one draw whatever the chance. */
	static boolean perMille(SplittableRandom random, int perMille) {
		return random.nextInt(1000) < perMille;
	}

	/**
	 * The turns drawn, one draw for each turn with a chance, in declaration order (turns
	 * without one are never drawn, and draw nothing).
	 */
	static <E extends Enum<E>> Set<E> drawn(Class<E> turns, ToIntFunction<E> perMille, SplittableRandom random) {
		Set<E> drawn = EnumSet.noneOf(turns);
		for (E turn : turns.getEnumConstants()) {
			int chance = perMille.applyAsInt(turn);
			if (chance > 0 && perMille(random, chance)) {
				drawn.add(turn);
			}
		}
		return drawn;
	}

}
