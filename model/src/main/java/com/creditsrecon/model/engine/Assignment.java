package com.creditsrecon.model.engine;

import java.time.Duration;
import java.time.LocalDate;

import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.BenefitType;
import com.creditsrecon.model.world.User;

/**
 * Rules L0–L3: the legacy seat of a credit benefit (assign a user, who activates a new
 * subscription; remove the user).
 */
final class Assignment {

	private Assignment() {
	}

	/** Rule L1, after L0. @return null when accepted, else why not */
	static ReasonCode assign(PartnerState state, Action action, LocalDate day) {
		BenefitState benefit = state.benefits.get(action.benefitId());
		ReasonCode precondition = preconditions(state, benefit, action, true);
		if (precondition != null) {
			return precondition;
		}
		if (benefit.lastAssignmentAt != null) {
			Duration since = Duration.between(benefit.lastAssignmentAt, action.at());
			if (since.compareTo(Duration.ofMinutes(state.policy.assignmentProvisioningMinutes())) < 0) {
				// rule L1.1
				return ReasonCode.ASSIGNMENT_IN_PROGRESS;
			}
		}
		if (benefit.assignedUser != null && benefit.assignedUser.equalsIgnoreCase(action.userUpn())) {
			// rule L1.2
			return ReasonCode.USER_ALREADY_ASSIGNED;
		}
		if (benefit.assignedUser != null) {
			// rule L1.3
			return ReasonCode.NO_SEAT_AVAILABLE;
		}
		BenefitType type = benefit.offer.benefitType();
		if (benefit.assignments > 0) {
			// L1.4: every accepted assignment after the first is a reassignment
			if (type != BenefitType.AZURE_MONTHLY) {
				return ReasonCode.REASSIGNMENT_NOT_ALLOWED;
			}
			if (benefit.reassignmentsUsed() >= state.policy.maxReassignments()) {
				return ReasonCode.REASSIGNMENT_LIMIT_REACHED;
			}
		}
		User user = state.user(action.userUpn());
		if (user == null) {
			// rule L1.5
			return ReasonCode.USER_NOT_FOUND;
		}
		if (type != BenefitType.AZURE_MONTHLY) {
			// L1.6: bulk and product credits need a member with a company domain
			String domain = Ids.domain(user.upn());
			if (state.policy.freeHostedDomains().contains(domain)) {
				return ReasonCode.FREE_HOSTED_DOMAIN;
			}
			if (user.isGuest() || !state.partner.tenantDomains().contains(domain)) {
				return ReasonCode.GUEST_USER_NOT_ALLOWED;
			}
		}
		if (type == BenefitType.AZURE_BULK && holdsAnotherBulk(state, benefit, user)) {
			// rule L1.7
			return ReasonCode.BULK_LIMIT_REACHED;
		}
		if (!action.subscriptionId().isEmpty()
				&& state.foreignSubscriptions.contains(Ids.key(action.subscriptionId()))) {
			// rule T7: another partner's subscription
			return ReasonCode.UNKNOWN_SUBSCRIPTION;
		}
		benefit.assignments++;
		benefit.assignedUser = user.upn();
		benefit.lastAssignmentAt = action.at();
		benefit.assignmentSubscription = newSubscription(state, benefit, action);
		benefit.assignmentActivated = false;
		if (!benefit.isStarted()) {
			benefit.status = BenefitStatus.PROVISIONED;
		}
		return null;
	}

	/** Rule L2, after L0. */
	static ReasonCode activate(PartnerState state, Action action, LocalDate day) {
		BenefitState benefit = state.benefits.get(action.benefitId());
		ReasonCode precondition = preconditions(state, benefit, action, false);
		if (precondition != null) {
			return precondition;
		}
		if (benefit.assignedUser == null || !benefit.assignedUser.equalsIgnoreCase(action.userUpn())) {
			return ReasonCode.NOT_ASSIGNED_USER;
		}
		if (benefit.assignmentActivated) {
			return ReasonCode.ALREADY_ACTIVE;
		}
		benefit.assignmentActivated = true;
		SubscriptionState subscription = benefit.assignmentSubscription;
		ProfileState profile = state.profile(action.billingProfileId());
		if (profile != null) {
			subscription.billingProfileId = profile.id();
		}
		else if (!action.billingProfileId().isEmpty()) {
			subscription.billingProfileId = action.billingProfileId();
		}
		benefit.scope = subscription;
		if (!benefit.isStarted()) {
			// rule K1: the first activation is the start day
			Lots.start(state, benefit, day);
		}
		return null;
	}

	/** Rule L3, after L0. */
	static ReasonCode remove(PartnerState state, Action action, LocalDate day) {
		BenefitState benefit = state.benefits.get(action.benefitId());
		ReasonCode precondition = preconditions(state, benefit, action, true);
		if (precondition != null) {
			return precondition;
		}
		if (benefit.assignedUser == null || !benefit.assignedUser.equalsIgnoreCase(action.userUpn())) {
			return ReasonCode.USER_NOT_ASSIGNED;
		}
		benefit.assignedUser = null;
		benefit.assignmentSubscription = null;
		benefit.assignmentActivated = false;
		// the lots keep their clocks but have no scope until the next assignee activates
		benefit.scope = null;
		if (!benefit.isStarted()) {
			benefit.status = BenefitStatus.AVAILABLE;
		}
		return null;
	}

	/** Rule L0, in its order. */
	private static ReasonCode preconditions(PartnerState state, BenefitState benefit, Action action,
			boolean needsAdmin) {
		if (benefit == null) {
			return ReasonCode.BENEFIT_NOT_PROVISIONED;
		}
		if (benefit.modernized) {
			return ReasonCode.WRONG_EXPERIENCE;
		}
		switch (benefit.status) {
			case PENDING:
				return ReasonCode.BENEFIT_NOT_PROVISIONED;
			case EXPIRED:
				return ReasonCode.BENEFIT_EXPIRED;
			case REVOKED:
				return ReasonCode.BENEFIT_REVOKED;
			case COMPLETE:
				return ReasonCode.BENEFIT_COMPLETE;
			default:
				break;
		}
		if (needsAdmin && !state.isPartnerAdmin(action.actorUpn())) {
			return ReasonCode.NOT_PARTNER_ADMIN;
		}
		return null;
	}

	/** L1.7: another AZURE_BULK benefit this user holds that is still running. */
	private static boolean holdsAnotherBulk(PartnerState state, BenefitState benefit, User user) {
		for (BenefitState other : state.benefits.values()) {
			if (other != benefit && other.offer.benefitType() == BenefitType.AZURE_BULK && other.assignedUser != null
					&& other.assignedUser.equalsIgnoreCase(user.upn()) && other.status != BenefitStatus.EXPIRED
					&& other.status != BenefitStatus.REVOKED && other.status != BenefitStatus.COMPLETE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Rule L1: the action's subscription (an existing one is reused), else
	 * {@code sub-<benefit_id>-<n>} for the n-th accepted assignment.
	 */
	private static SubscriptionState newSubscription(PartnerState state, BenefitState benefit, Action action) {
		String id = action.subscriptionId().isEmpty() ? "sub-" + benefit.benefitId + "-" + benefit.assignments
				: action.subscriptionId();
		return state.subscriptions.computeIfAbsent(Ids.key(id), key -> new SubscriptionState(id, null));
	}

}
