package com.creditsrecon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link FaultRoom}: the most faults a world of N partners over M months can take, never
 * less than a real world has places for.
 */
class FaultRoomTests {

	@Test
	@DisplayName("the bound: 51 places a purchase over 12 months, 4 purchases for the first partner, 135 purchases every 40 partners")
	void boundFromTheArguments() {
		// then
		assertThat(FaultRoom.perPurchase(12)).isEqualTo(51);
		assertThat(FaultRoom.perPurchase(1)).isEqualTo(9);
		assertThat(FaultRoom.perPurchase(240)).isEqualTo(FaultRoom.perPurchase(14));
		assertThat(FaultRoom.atMost(1, 12)).isEqualTo(204);
		assertThat(FaultRoom.atMost(1, 1)).isEqualTo(36);
		assertThat(FaultRoom.atMost(40, 12)).isEqualTo(135 * 51);
		assertThat(FaultRoom.atMost(80, 12)).isEqualTo(2 * FaultRoom.atMost(40, 12));
		assertThat(FaultRoom.atMost(Integer.MAX_VALUE, 240)).isPositive();
	}

	@Test
	@DisplayName("no partner makes more purchases than the bound counts, whatever the seed and the months")
	void purchasesPerPartnerWithinTheBound() {
		for (long seed : List.of(1L, 2L, 99L, -7L)) {
			for (int months : List.of(1, 2, 12, 25)) {
				GenerateOptions options = new GenerateOptions(120, months, seed, 0);
				Timeframe timeframe = new Timeframe(months);
				PartnerGenerator generator = new PartnerGenerator(options, timeframe, new RolloutSchedule(timeframe));
				for (int index = 0; index < options.partners(); index++) {
					GeneratedPartner partner = generator.generate(index);
					// then
					assertThat(partner.purchases).as("seed %d, %d months, partner %d", seed, months, index)
						.hasSizeLessThanOrEqualTo(FaultRoom.purchasesAtMost(index));
					for (GeneratedPartner.Purchase purchase : partner.purchases) {
						assertThat(purchase.date).isBetween(timeframe.start(), timeframe.end());
					}
				}
			}
		}
	}

}
