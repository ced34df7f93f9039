package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.RunCommand;

/**
 * {@link FaultRoom}: the most faults a world of N partners over M months can take, never
 * less than a real world has places for.
 */
class FaultRoomTests {

	@TempDir
	Path temp;

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

	@Test
	@DisplayName("a generated world's places for faults (lots with a profile, benefits, months of transactions) stay within the bound, partner by partner")
	void realWorldsWithinTheBound() throws IOException {
		for (GenerateOptions options : List.of(new GenerateOptions(12, 12, 5, 2_400), new GenerateOptions(3, 1, 8, 300),
				new GenerateOptions(2, 30, 13, 800))) {
			// given
			Path world = this.temp.resolve("world-" + options.months());
			Path truth = this.temp.resolve("truth-" + options.months());
			WorldGenerator.write(world, options);
			RunCommand run = RunCommand.run("run", "--input", world.toString(), "--out", truth.toString(), "--as-of",
					Timeframe.ANCHOR.toString());
			assertThat(run.exitCode).as(run.toString()).isZero();
			// when
			Map<String, Set<String>> places = places(truth);
			// then
			long all = 0;
			for (int index = 0; index < options.partners(); index++) {
				Set<String> own = places.getOrDefault(PartnerGenerator.partnerId(index), Set.of());
				assertThat((long) own.size()).as("%s, partner %d", options, index)
					.isLessThanOrEqualTo(FaultRoom.purchasesAtMost(index) * FaultRoom.perPurchase(options.months()));
				all += own.size();
			}
			assertThat(all).as(options.toString())
				.isPositive()
				.isLessThanOrEqualTo(FaultRoom.atMost(options.partners(), options.months()));
		}
	}

	/**
	 * Per partner, every place a fault could take in the truth: each lot with a billing
	 * profile, each benefit, each month of a profile's transactions in a currency (up to
	 * as-of).
	 */
	private static Map<String, Set<String>> places(Path truth) {
		Map<String, Set<String>> places = new HashMap<>();
		Map<String, String[]> lots = new HashMap<>();
		for (Map<String, String> lot : GeneratedWorlds.rows(truth.resolve(Truth.LOTS))) {
			if (!lot.get("billing_profile_id").isEmpty()) {
				places.computeIfAbsent(lot.get("partner_id"), p -> new HashSet<>()).add("LOT:" + lot.get("lot_id"));
				lots.put(lot.get("lot_id"),
						new String[] { lot.get("partner_id"), lot.get("billing_profile_id"), lot.get("currency") });
			}
		}
		for (Map<String, String> benefit : GeneratedWorlds.rows(truth.resolve(Truth.BENEFITS))) {
			places.computeIfAbsent(benefit.get("partner_id"), p -> new HashSet<>())
				.add("BENEFIT:" + benefit.get("benefit_id"));
		}
		for (Map<String, String> event : GeneratedWorlds.rows(truth.resolve(Truth.EVENTS))) {
			String[] lot = lots.get(event.get("lot_id"));
			LocalDate date = LocalDate.parse(event.get("date"));
			if (lot != null && !date.isAfter(Timeframe.ANCHOR)) {
				places.computeIfAbsent(lot[0], p -> new HashSet<>())
					.add("TRANSACTIONS:" + lot[1] + "|" + YearMonth.from(date) + "|" + lot[2]);
			}
		}
		return places;
	}

}
