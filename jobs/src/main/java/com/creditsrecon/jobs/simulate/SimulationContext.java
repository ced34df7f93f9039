package com.creditsrecon.jobs.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.importing.ProgressSink;
import com.creditsrecon.jobs.store.DefaultAsOf;
import com.creditsrecon.jobs.store.StoredRollout;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.OfferBenefit;
import com.creditsrecon.model.world.Offers;

/**
 * What the simulate and reconcile steps of one job execution share: the scenario every
 * partner is simulated under (the policy in force, the imported rollout and offers, the
 * as-of day of rule T1), resolved once from the store when first needed (the import is
 * done by then), the store's daily usage sums, and the progress of the partitions. A
 * job-scoped bean: each job execution, a restart included, resolves its own.
 */
public class SimulationContext {

	private final ImportContext importContext;

	private final JdbcTemplate jdbc;

	private final JobExecution execution;

	private final ProgressSink progress;

	private Optional<Scenario> scenario;

	private UsageSums usage;

	private volatile ProgressMeter partners;

	/**
	 * Where the partitions' time goes, summed over their threads: reading worlds, the
	 * engine, writing results.
	 */
	private final LongAdder readNanos = new LongAdder();

	private final LongAdder engineNanos = new LongAdder();

	private final LongAdder writeNanos = new LongAdder();

	/**
	 * @param execution the job execution whose context records the as-of day once it is
	 * resolved ({@link SimulationOutcome})
	 */
	public SimulationContext(ImportContext importContext, JdbcTemplate jdbc, JobExecution execution,
			ProgressSink progress) {
		this.importContext = importContext;
		this.jdbc = jdbc;
		this.execution = execution;
		this.progress = progress;
	}

	/** The store's daily usage sums, opened when first needed. */
	public synchronized UsageSums usage() {
		if (this.usage == null) {
			this.usage = UsageSums.open(this.importContext.options().storeDir());
		}
		return this.usage;
	}

	/**
	 * The scenario of this run; empty when the store holds no dated row and no
	 * {@code --as-of} was given, so that there is no as-of day and nothing to simulate.
	 * @throws com.creditsrecon.jobs.importing.InputRefusedException when {@code --as-of}
	 * is more than ten years after the inputs' default as-of day
	 */
	public synchronized Optional<Scenario> scenario() {
		if (this.scenario == null) {
			this.scenario = load();
			this.scenario.ifPresent(s -> SimulationOutcome.asOf(this.execution, s.asOf()));
		}
		return this.scenario;
	}

	private Optional<Scenario> load() {
		LocalDate asOf = AsOfDay.resolve(this.importContext.options().asOf(), DefaultAsOf.of(this.jdbc));
		if (asOf == null) {
			return Optional.empty();
		}
		// amounts at their currency's minor unit, unless that would lose digits (the
		// store
		// keeps 18 decimals)
		List<OfferBenefit> offers = this.jdbc.query(
				"SELECT offer_id, benefit_code, benefit_type, amount, currency, activate_within_days FROM cr_offers",
				(rs, n) -> new OfferBenefit(rs.getString(1), rs.getString(2), BenefitType.valueOf(rs.getString(3)),
						Currencies.asWritten(rs.getBigDecimal(4), rs.getString(5)), rs.getString(5),
						(Integer) rs.getObject(6, Integer.class)));
		return Optional.of(new Scenario(this.importContext.policy(), StoredRollout.read(this.jdbc),
				new Offers(new ArrayList<>(offers)), asOf));
	}

	/** Starts counting the simulated partners for the progress lines, and the times. */
	public synchronized void startProgress(long partners) {
		this.partners = ProgressMeter.counting("simulate", "partners", partners, this.progress, System::nanoTime);
		this.readNanos.reset();
		this.engineNanos.reset();
		this.writeNanos.reset();
	}

	/** Adds the time one block of partners spent in each part of a partition's work. */
	public void time(long readNanos, long engineNanos, long writeNanos) {
		this.readNanos.add(readNanos);
		this.engineNanos.add(engineNanos);
		this.writeNanos.add(writeNanos);
	}

	/**
	 * Milliseconds of the partitions reading worlds, in the engine and writing results,
	 * summed over partition threads (run.json's {@code durations_ms}), named after the
	 * partitioned step.
	 */
	Map<String, Long> partitionMillis(String step) {
		Map<String, Long> millis = new LinkedHashMap<>();
		millis.put(step + ".readWorlds", this.readNanos.sum() / 1_000_000);
		millis.put(step + ".engine", this.engineNanos.sum() / 1_000_000);
		millis.put(step + ".writeResults", this.writeNanos.sum() / 1_000_000);
		return millis;
	}

	/**
	 * Records in a partitioned step's context, once it ends, where its partitions spent
	 * their time. Static: made when the step is defined, before any job scope is active,
	 * it asks the (job-scoped) context only when the step ends.
	 */
	public static StepExecutionListener partitionTimes(SimulationContext context) {
		return new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				SimulationOutcome.partitionMillis(stepExecution, context.partitionMillis(stepExecution.getStepName()));
				return stepExecution.getExitStatus();
			}
		};
	}

	/** Adds a block of simulated partners to the progress lines. */
	public void advance(long partners) {
		this.partners.add(partners);
	}

}
