package com.creditsrecon.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.Purchase;
import com.creditsrecon.model.world.UsageSum;

/** The engine: a pure function from one partner's world and a scenario to its results. */
public final class Simulation {

	private static final Comparator<EventRow> EVENT_ORDER = Comparator.comparing(EventRow::date)
		.thenComparing(EventRow::lotId)
		.thenComparing(EventRow::eventType);

	private Simulation() {
	}

	/**
	 * Simulates one partner from its first dated event to the end of {@code as-of},
	 * jumping from one day with work to the next (rule T5), each day in the steps of rule
	 * T2.
	 * @throws ConservationException when an identity fails (a bug)
	 */
	public static PartnerResult run(PartnerWorld world, Scenario scenario) {
		return results(simulate(world, scenario), world, scenario.asOf());
	}

	/** Runs the days; the state at the end of as-of. */
	static PartnerState simulate(PartnerWorld world, Scenario scenario) {
		LocalDate asOf = scenario.asOf();
		PartnerState state = new PartnerState(world, scenario);
		world.purchases()
			.stream()
			// rule T7: a purchase after as-of has not happened yet
			.filter(p -> !p.purchaseDate().isAfter(asOf))
			.sorted(Comparator.comparing(Purchase::purchaseId))
			.forEach(purchase -> Provisioning.purchase(state, purchase));
		for (Action action : world.actions()) {
			Agenda agenda = state.timeline.on(action.day());
			if (agenda != null) {
				agenda.actions.add(action);
			}
		}
		for (UsageSum usage : world.usage()) {
			Agenda agenda = state.timeline.on(usage.chargeDate());
			if (agenda != null) {
				agenda.usage.add(usage);
			}
		}
		for (LocalDate day = state.timeline.nextDay(); day != null; day = state.timeline.nextDay()) {
			runDay(state, state.timeline.on(day), day, state.consumption);
			state.timeline.done(day);
		}
		return state;
	}

	private static PartnerResult results(PartnerState state, PartnerWorld world, LocalDate asOf) {
		List<LotRow> lots = Results.lots(state, asOf);
		state.events.sort(EVENT_ORDER);
		List<RollforwardRow> rollforward = Rollforward.rows(state.events, YearMonth.from(asOf));
		checkClosingBalances(world.partner(), lots, rollforward);
		List<DecisionRow> decisions = state.decisions.stream()
			.sorted(Comparator.comparing(DecisionRow::actionId))
			.toList();
		return new PartnerResult(world.partner().partnerId(), Results.benefits(state), lots, List.copyOf(state.events),
				decisions, Eligibility.rows(state, asOf), state.consumption.rows(world.partner().partnerId()),
				Results.revocations(state), rollforward);
	}

	/**
	 * What belongs to no known partner (rule T7): actions whose subscription no extract
	 * defines (rejected) and usage whose subscription and profile belong to no partner
	 * (consumption with a blank profile, no credit).
	 * @return a result with a blank partner ID holding only decisions and consumption
	 */
	public static PartnerResult runUnattributed(List<Action> actions, List<UsageSum> usage, Scenario scenario) {
		Partner nobody = new Partner("", "", "", "", List.of());
		PartnerWorld world = new PartnerWorld(nobody, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				Set.of(), List.of());
		PartnerState state = new PartnerState(world, scenario);
		List<DecisionRow> decisions = actions.stream()
			.filter(action -> !action.day().isAfter(scenario.asOf()))
			.sorted(Comparator.comparing(Action::actionId))
			.map(action -> Actions.decision("", action, unattributedRejection(action)))
			.toList();
		Map<LocalDate, List<UsageSum>> byDay = new TreeMap<>();
		for (UsageSum sum : usage) {
			if (!sum.chargeDate().isAfter(scenario.asOf())) {
				byDay.computeIfAbsent(sum.chargeDate(), d -> new ArrayList<>()).add(sum);
			}
		}
		ConsumptionTally tally = new ConsumptionTally();
		byDay.forEach((day, sums) -> Consumption.apply(state, sums, day, tally, false));
		return new PartnerResult("", List.of(), List.of(), List.of(), decisions, List.of(), tally.rows("(none)"),
				List.of(), List.of());
	}

	/** Rule T2: one day's work, step by step. */
	private static void runDay(PartnerState state, Agenda agenda, LocalDate day, ConsumptionTally tally) {
		for (Purchase purchase : agenda.revocations) {
			Revocation.revoke(state, purchase, day);
		}
		for (BenefitState benefit : agenda.provisions) {
			Provisioning.provision(state, benefit, day);
		}
		for (BenefitState benefit : agenda.lotOpenings) {
			Lots.openNext(state, benefit, day);
		}
		agenda.actions.sort(Actions.ORDER);
		for (Action action : agenda.actions) {
			Actions.apply(state, action, day);
		}
		Consumption.apply(state, agenda.usage, day, tally, true);
		for (int i = 0; i < agenda.lotClosings.size(); i++) {
			Lots.close(state, agenda.lotClosings.get(i), day);
		}
		for (BenefitState benefit : agenda.activateByDeadlines) {
			Provisioning.deadline(benefit);
		}
	}

	/**
	 * An action of no known partner can only name a subscription that no extract defines.
	 */
	private static ReasonCode unattributedRejection(Action action) {
		return action.action().equals("MOVE_BILLING_PROFILE") ? ReasonCode.NOT_SUPPORTED
				: ReasonCode.UNKNOWN_SUBSCRIPTION;
	}

	/**
	 * Rule RC7 within the partner: each scope's last closing equals what its lots hold.
	 */
	private static void checkClosingBalances(Partner partner, List<LotRow> lots, List<RollforwardRow> rollforward) {
		Map<String, BigDecimal> held = new TreeMap<>();
		for (LotRow lot : lots) {
			held.merge("PARTNER|" + lot.partnerId() + "|" + lot.currency(), lot.closedBalance(), BigDecimal::add);
			if (lot.scopeType().equals("BILLING_PROFILE")) {
				held.merge("BILLING_PROFILE|" + lot.billingProfileId() + "|" + lot.currency(), lot.closedBalance(),
						BigDecimal::add);
			}
		}
		Map<String, BigDecimal> closing = new TreeMap<>();
		for (RollforwardRow row : rollforward) {
			// rows come month by month, so the last one of a scope wins
			closing.put(row.scopeType() + "|" + row.scopeId() + "|" + row.currency(), row.closing());
		}
		held.forEach((scope, balance) -> {
			BigDecimal last = closing.getOrDefault(scope, BigDecimal.ZERO);
			if (last.compareTo(balance) != 0) {
				throw new ConservationException("rule RC7 fails for " + scope + " of partner " + partner.partnerId()
						+ ": the roll-forward closes at " + last + " but its lots hold " + balance);
			}
		});
	}

}
