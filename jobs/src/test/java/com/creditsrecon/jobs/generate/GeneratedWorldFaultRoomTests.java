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

import com.creditsrecon.generator.FaultRoom;
import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.generator.Timeframe;
import com.creditsrecon.generator.WorldGenerator;
import com.creditsrecon.jobs.RunCommand;

/**
 * {@link FaultRoom} against simulated worlds: a real world never has more places for
 * faults than the bound counts.
 */
class GeneratedWorldFaultRoomTests {

	@TempDir
	Path temp;

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
				Set<String> own = places.getOrDefault(WorldGenerator.partnerId(index), Set.of());
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
		for (Map<String, String> lot : GeneratedWorlds.rows(truth.resolve("lots.csv"))) {
			if (!lot.get("billing_profile_id").isEmpty()) {
				places.computeIfAbsent(lot.get("partner_id"), p -> new HashSet<>()).add("LOT:" + lot.get("lot_id"));
				lots.put(lot.get("lot_id"),
						new String[] { lot.get("partner_id"), lot.get("billing_profile_id"), lot.get("currency") });
			}
		}
		for (Map<String, String> benefit : GeneratedWorlds.rows(truth.resolve("benefits.csv"))) {
			places.computeIfAbsent(benefit.get("partner_id"), p -> new HashSet<>())
				.add("BENEFIT:" + benefit.get("benefit_id"));
		}
		for (Map<String, String> event : GeneratedWorlds.rows(truth.resolve("events.csv"))) {
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
