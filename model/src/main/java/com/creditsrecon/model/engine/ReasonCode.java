package com.creditsrecon.model.engine;

/**
 * Why an action was rejected, with the message decisions.csv shows. The article's own
 * messages are kept verbatim (rules M3, M4, M5 and the legacy seat message of L1).
 */
public enum ReasonCode {

	/** M0, L0. */
	WRONG_EXPERIENCE("The benefit uses the other redemption experience."),
	/** M0, L0. */
	BENEFIT_NOT_PROVISIONED("The benefit is not provisioned yet: benefits are provisioned days after the purchase."),
	/** M0. */
	ALREADY_REDEEMED("The benefit has already been redeemed."),
	/** M0, L0. */
	BENEFIT_EXPIRED("The benefit has expired: it was not redeemed or activated by its activate-by date."),
	/** M0, L0. */
	BENEFIT_REVOKED("The benefit was revoked with its purchase."),
	/** L0. */
	BENEFIT_COMPLETE("The benefit is complete: every credit period has ended."),
	/** M0, L0. */
	NOT_PARTNER_ADMIN("The actor is not a partner admin of the benefit's partner."),
	/** M0, SM1, T7. */
	UNKNOWN_BILLING_PROFILE("The billing profile does not belong to this partner."),
	/** M1. */
	NOT_ELIGIBLE_ACCOUNT_TYPE(
			"This billing profile's account type cannot receive credits: only MCA standard or premier."),
	/** M2. */
	NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT("This billing profile is not under the billing account used for the purchase."),
	/** M3: the article's message. */
	HAS_ACTIVE_CREDITS("Billing profile already has active credits – Please consume them before adding new credits."),
	/** M4: the article's message. */
	NO_PAYMENT_INSTRUMENT("This Billing Profile doesn't have a credit card or payment instrument linked."),
	/** M5: the article's message. */
	NO_CONTRIBUTOR_ACCESS(
			"You don't have Owner or Contributor access to this billing profile. Please obtain access to proceed with credit deposit."),
	/** L1.1. */
	ASSIGNMENT_IN_PROGRESS("An assignment of this benefit is still being provisioned; try again in a few minutes."),
	/** L1.2. */
	USER_ALREADY_ASSIGNED("This user is already assigned to this benefit."),
	/** L1.3: the article's message. */
	NO_SEAT_AVAILABLE("You can not assign anymore users since you have already assigned user."),
	/** L1.4. */
	REASSIGNMENT_NOT_ALLOWED("Bulk and product credits cannot be reassigned; a renewal is a new purchase."),
	/** L1.4. */
	REASSIGNMENT_LIMIT_REACHED("This monthly credit has been reassigned the maximum number of times."),
	/** L1.5. */
	USER_NOT_FOUND("The user is not in the partner's tenant."),
	/** L1.6. */
	FREE_HOSTED_DOMAIN(
			"Users with free-hosted domains (such as @live.com, @hotmail.com and @gmail.com) are not supported."),
	/** L1.6. */
	GUEST_USER_NOT_ALLOWED(
			"Guest or external users can't be assigned to Azure bulk credits: only users of the partner's tenant with a company domain."),
	/** L1.7. */
	BULK_LIMIT_REACHED("You can't assign a user to more than one Azure bulk credit."),
	/** L2. */
	NOT_ASSIGNED_USER("Only the assigned user can activate the benefit."),
	/** L2. */
	ALREADY_ACTIVE("This assignment has already been activated."),
	/** L3. */
	USER_NOT_ASSIGNED("The user is not assigned to this benefit."),
	/** SM1, SM2, L1 (T7). */
	UNKNOWN_SUBSCRIPTION("The subscription is not known for this partner."),
	/** SM1: the article's safeguard. */
	SUBSCRIPTION_MOVE_BLOCKED(
			"Subscriptions can't be moved to a different billing profile while credits are active: move the credits to another subscription of the same billing profile first."),
	/** SM2. */
	NO_CREDITS_ON_SUBSCRIPTION("No legacy credits are scoped to this subscription."),
	/** SM2. */
	CREDITS_MOVE_OTHER_PROFILE("Credits can only move to a subscription under the same billing profile."),
	/** SM3: the article. */
	NOT_SUPPORTED("Moving a billing profile to another billing account is not a supported scenario.");

	private final String message;

	ReasonCode(String message) {
		this.message = message;
	}

	public String message() {
		return this.message;
	}

}
