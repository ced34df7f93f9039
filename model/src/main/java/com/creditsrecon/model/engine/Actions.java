package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.Comparator;

import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.world.Action;

/**
 * Rule T2 step 4: the day's actions in (at, action_id) order, each to the rule family
 * that owns it, each a row of decisions.csv.
 */
final class Actions {

	static final Comparator<Action> ORDER = Comparator.comparing(Action::at).thenComparing(Action::actionId);

	private Actions() {
	}

	static void apply(PartnerState state, Action action, LocalDate day) {
		ReasonCode rejection = switch (action.action()) {
			case "REDEEM" -> Redemption.redeem(state, action, day);
			case "ASSIGN" -> Assignment.assign(state, action, day);
			case "ACTIVATE" -> Assignment.activate(state, action, day);
			case "REMOVE" -> Assignment.remove(state, action, day);
			case "MOVE_SUBSCRIPTION" -> Moves.moveSubscription(state, action, day);
			case "MOVE_CREDITS" -> Moves.moveCredits(state, action, day);
			case "MOVE_BILLING_PROFILE" -> Moves.moveBillingProfile();
			case "SET_PAYMENT_INSTRUMENT", "GRANT_ROLE", "REVOKE_ROLE" -> AccountChanges.apply(state, action);
			default -> throw new IllegalArgumentException("unknown action " + action.action());
		};
		state.decisions.add(decision(state.partner.partnerId(), action, rejection));
	}

	static DecisionRow decision(String partnerId, Action action, ReasonCode rejection) {
		return new DecisionRow(action.actionId(), action.at(), action.action(), partnerId, action.benefitId(),
				action.billingProfileId(), action.subscriptionId(), action.userUpn(), action.actorUpn(),
				action.targetId(), action.value(), rejection == null, rejection == null ? "" : rejection.name(),
				rejection == null ? "" : rejection.message());
	}

}
