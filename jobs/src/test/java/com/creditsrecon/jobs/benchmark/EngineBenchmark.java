package com.creditsrecon.jobs.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hsqldb.jdbc.JDBCDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.jobs.simulate.WorldReader;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Offers;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.Rollout;

/**
 * The engine alone, on one thread: every partner world of the embedded store a finished
 * {@code run} left in {@code OUT}, read into memory once, then simulated {@code ROUNDS}
 * times under the default policy. Prints the thread's CPU time per round and the median.
 * A figure for changes to the engine's hot path, free of the pipeline around it.
 * <p>
 * Usage (the test classpath, as {@code benchmarks/engine.sh} builds it):
 * {@code EngineBenchmark OUT [ROUNDS] [AS_OF]}; as-of defaults to the store's latest
 * usage day. Needs the heap to hold every world (about 2 GB for 10,000 partners).
 */
public final class EngineBenchmark {

	private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private EngineBenchmark() {
	}

	public static void main(String[] args) {
		Path out = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		RunOptions options = new RunOptions(Path.of("."), out, null, null, null, null);
		JdbcTemplate jdbc = new JdbcTemplate(
				new SimpleDriverDataSource(new JDBCDriver(), options.jdbcUrl() + ";readonly=true", "SA", ""));
		LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2])
				: jdbc.queryForObject("SELECT MAX(charge_date) FROM cr_usage_last_day", LocalDate.class);
		Scenario scenario = scenario(jdbc, asOf);
		List<PartnerWorld> worlds = worlds(jdbc, UsageSums.open(options.storeDir()), asOf);
		long sums = worlds.stream().mapToLong(w -> w.usage().size()).sum();
		OUT.printf(Locale.ROOT, "%,d partners, %,d daily sums, as of %s, %d rounds%n", worlds.size(), sums, asOf,
				rounds);
		SimulationEngine engine = SimulationEngine.standard();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[rounds];
		long rows = 0;
		for (int round = 0; round < rounds; round++) {
			long start = threads.getCurrentThreadCpuTime();
			rows = 0;
			for (PartnerWorld world : worlds) {
				rows += engine.run(world, scenario).lots().size();
			}
			millis[round] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
			OUT.printf(Locale.ROOT, "round %d: %,d ms CPU (%,d lots)%n", round + 1, millis[round], rows);
		}
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		OUT.printf(Locale.ROOT, "engine, median of %d rounds: %,d ms CPU for %,d partners%n", rounds,
				sorted[rounds / 2], worlds.size());
	}

	private static Scenario scenario(JdbcTemplate jdbc, LocalDate asOf) {
		List<OfferBenefit> offers = jdbc.query(
				"SELECT offer_id, benefit_code, benefit_type, amount, currency, activate_within_days FROM cr_offers",
				(rs, n) -> new OfferBenefit(rs.getString(1), rs.getString(2), BenefitType.valueOf(rs.getString(3)),
						Currencies.asWritten(rs.getBigDecimal(4), rs.getString(5)), rs.getString(5),
						(Integer) rs.getObject(6, Integer.class)));
		Map<String, LocalDate> rollout = new LinkedHashMap<>();
		jdbc.query("SELECT rollout_scope, modernized_from FROM cr_rollout", rs -> {
			rollout.put(rs.getString(1), rs.getObject(2, LocalDate.class));
		});
		return new Scenario(Policy.defaults(), new Rollout(rollout), new Offers(offers), asOf);
	}

	private static List<PartnerWorld> worlds(JdbcTemplate jdbc, UsageSums usage, LocalDate asOf) {
		WorldReader reader = new WorldReader(jdbc);
		List<String> ids = jdbc.queryForList("SELECT partner_id FROM cr_partners ORDER BY partner_id", String.class);
		List<PartnerWorld> worlds = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += 500) {
			worlds.addAll(reader.read(ids.subList(from, Math.min(ids.size(), from + 500)), asOf, usage));
		}
		return worlds;
	}

}
