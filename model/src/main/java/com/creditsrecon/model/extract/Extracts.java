package com.creditsrecon.model.extract;

import static com.creditsrecon.model.extract.Column.optional;
import static com.creditsrecon.model.extract.Column.optionalId;
import static com.creditsrecon.model.extract.Column.required;
import static com.creditsrecon.model.extract.Column.requiredEnum;
import static com.creditsrecon.model.extract.Column.requiredId;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The catalogue of the CSV extracts (extracts.md), in the order the importer loads them:
 * an extract comes after every extract it references. Usage exports are read by
 * {@code com.creditsrecon.model.usage}, not described here.
 */
public final class Extracts {

	public static final List<String> PROFILE_TYPES = List.of("MCA_STANDARD", "MCA_PREMIER", "MOSP", "MCA_INDIVIDUAL",
			"MCA_E", "LEGACY_EA", "MPA");

	public static final List<String> PURCHASE_STATUSES = List.of("ACTIVE", "CANCELLED", "FRAUD");

	public static final List<String> BENEFIT_TYPES = List.of("AZURE_MONTHLY", "AZURE_BULK", "COPILOT_SECURITY",
			"GITHUB_COPILOT_ENTERPRISE", "GITHUB_ENTERPRISE_METERED");

	public static final List<String> USER_TYPES = List.of("MEMBER", "GUEST");

	public static final List<String> ROLES = List.of("OWNER", "CONTRIBUTOR", "READER", "INVOICE_MANAGER");

	public static final List<String> ACTION_TYPES = List.of("REDEEM", "ASSIGN", "ACTIVATE", "REMOVE",
			"MOVE_SUBSCRIPTION", "MOVE_CREDITS", "MOVE_BILLING_PROFILE", "SET_PAYMENT_INSTRUMENT", "GRANT_ROLE",
			"REVOKE_ROLE");

	public static final List<String> REPORTED_LOT_STATUSES = List.of("Active", "Inactive", "Expired", "Complete",
			"Canceled", "None");

	/** Benefit statuses of rules.md P3, as Partner Center reports them. */
	public static final List<String> BENEFIT_STATUSES = List.of("PENDING", "AVAILABLE", "PROVISIONED", "ACTIVE",
			"COMPLETE", "EXPIRED", "REVOKED");

	/** The columns each action needs besides action_id, at and action (extracts.md). */
	public static final Map<String, Set<String>> ACTION_COLUMNS = Map.of("REDEEM",
			Set.of("benefit_id", "billing_profile_id", "actor_upn"), "ASSIGN",
			Set.of("benefit_id", "user_upn", "actor_upn"), "ACTIVATE", Set.of("benefit_id", "user_upn"), "REMOVE",
			Set.of("benefit_id", "user_upn", "actor_upn"), "MOVE_SUBSCRIPTION", Set.of("subscription_id", "target_id"),
			"MOVE_CREDITS", Set.of("subscription_id", "target_id"), "MOVE_BILLING_PROFILE",
			Set.of("billing_profile_id", "target_id"), "SET_PAYMENT_INSTRUMENT", Set.of("billing_profile_id", "value"),
			"GRANT_ROLE", Set.of("billing_profile_id", "user_upn", "value"), "REVOKE_ROLE",
			Set.of("billing_profile_id", "user_upn"));

	public static final ExtractSpec PARTNERS = new ExtractSpec("partners", "partners.csv", true,
			List.of(required("partner_id", ValueType.TEXT), required("partner_name", ValueType.TEXT),
					required("country", ValueType.COUNTRY), optional("region", ValueType.TEXT),
					optional("tenant_domains", ValueType.TEXT)),
			List.of("partner_id"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec OFFERS = new ExtractSpec("offers", "offers.csv", true,
			List.of(required("offer_id", ValueType.TEXT), optional("offer_name", ValueType.TEXT),
					required("benefit_code", ValueType.TEXT), requiredEnum("benefit_type", BENEFIT_TYPES),
					required("amount", ValueType.POSITIVE_AMOUNT), required("currency", ValueType.CURRENCY),
					optional("activate_within_days", ValueType.DAYS)),
			List.of("offer_id", "benefit_code"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec BILLING_PROFILES = new ExtractSpec("billing-profiles", "billing-profiles.csv", true,
			List.of(requiredId("billing_profile_id"), required("billing_account_id", ValueType.TEXT),
					required("partner_id", ValueType.TEXT), requiredEnum("profile_type", PROFILE_TYPES),
					required("currency", ValueType.CURRENCY), required("has_payment_instrument", ValueType.BOOLEAN),
					optional("created_on", ValueType.DATE)),
			List.of("billing_profile_id"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec PURCHASES = new ExtractSpec("purchases", "purchases.csv", true,
			List.of(required("purchase_id", ValueType.TEXT), required("partner_id", ValueType.TEXT),
					required("offer_id", ValueType.TEXT), required("billing_account_id", ValueType.TEXT),
					required("purchase_date", ValueType.DATE), required("membership_end", ValueType.DATE),
					requiredEnum("status", PURCHASE_STATUSES), optional("status_date", ValueType.DATE)),
			List.of("purchase_id"), new PurchaseRules());

	public static final ExtractSpec USERS = new ExtractSpec(
			"users", "users.csv", false, List.of(requiredId("upn"), required("partner_id", ValueType.TEXT),
					requiredEnum("user_type", USER_TYPES), required("partner_admin", ValueType.BOOLEAN)),
			List.of("upn"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec PROFILE_ROLES = new ExtractSpec("profile-roles", "profile-roles.csv", false,
			List.of(requiredId("billing_profile_id"), requiredId("upn"), requiredEnum("role", ROLES)),
			List.of("billing_profile_id", "upn"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec SUBSCRIPTIONS = new ExtractSpec(
			"subscriptions", "subscriptions.csv", false, List.of(requiredId("subscription_id"),
					requiredId("billing_profile_id"), optional("created_on", ValueType.DATE)),
			List.of("subscription_id"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec ROLLOUT = new ExtractSpec("rollout", "rollout.csv", false,
			// a country code or region name: keys ignore case (de and DE are one scope)
			List.of(requiredId("scope"), required("modernized_from", ValueType.DATE)), List.of("scope"),
			ExtractSpec.RowRules.NONE);

	public static final ExtractSpec ACTIONS = new ExtractSpec("actions", "actions.csv", false,
			List.of(required("action_id", ValueType.TEXT), required("at", ValueType.INSTANT),
					requiredEnum("action", ACTION_TYPES), optionalId("actor_upn"),
					optional("benefit_id", ValueType.TEXT), optionalId("billing_profile_id"),
					optionalId("subscription_id"), optionalId("user_upn"), optional("target_id", ValueType.TEXT),
					optional("value", ValueType.TEXT)),
			List.of("action_id"), new ActionRules());

	public static final ExtractSpec REPORTED_LOTS = new ExtractSpec("reported-lots", "reported-lots.csv", false,
			List.of(requiredId("billing_profile_id"), optional("lot_reference", ValueType.TEXT),
					optional("source", ValueType.TEXT), required("currency", ValueType.CURRENCY),
					required("original_amount", ValueType.AMOUNT), required("closed_balance", ValueType.AMOUNT),
					required("start_date", ValueType.DATE), required("expiration_date", ValueType.DATE),
					requiredEnum("status", REPORTED_LOT_STATUSES), required("as_of", ValueType.DATE)),
			List.of("billing_profile_id", "lot_reference"), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec REPORTED_EVENTS = new ExtractSpec("reported-events", "reported-events.csv", false,
			List.of(requiredId("billing_profile_id"), optional("lot_id", ValueType.TEXT),
					required("transaction_date", ValueType.DATE), required("event_type", ValueType.TEXT),
					required("currency", ValueType.CURRENCY), optional("new_credit", ValueType.AMOUNT),
					optional("charges", ValueType.AMOUNT), optional("credit_expired", ValueType.AMOUNT),
					optional("canceled_credit", ValueType.AMOUNT), optional("adjustments", ValueType.AMOUNT),
					optional("closed_balance", ValueType.AMOUNT), optional("invoice_number", ValueType.TEXT)),
			List.of(), ExtractSpec.RowRules.NONE);

	public static final ExtractSpec REPORTED_BENEFITS = new ExtractSpec("reported-benefits", "reported-benefits.csv",
			false,
			List.of(required("benefit_id", ValueType.TEXT), requiredEnum("status", BENEFIT_STATUSES),
					optional("redeemed_on", ValueType.DATE), optionalId("billing_profile_id"),
					optional("expiry_date", ValueType.DATE), optional("credits_consumed", ValueType.AMOUNT),
					required("as_of", ValueType.DATE)),
			List.of("benefit_id"), ExtractSpec.RowRules.NONE);

	/** Every CSV extract in load order (usage is loaded after {@link #ACTIONS}). */
	public static final List<ExtractSpec> ALL = List.of(PARTNERS, OFFERS, BILLING_PROFILES, PURCHASES, USERS,
			PROFILE_ROLES, SUBSCRIPTIONS, ROLLOUT, ACTIONS, REPORTED_LOTS, REPORTED_EVENTS, REPORTED_BENEFITS);

	private Extracts() {
	}

	/** A purchase that is not ACTIVE needs the date of its status. */
	private static final class PurchaseRules implements ExtractSpec.RowRules {

		@Override
		public boolean isRequired(Column column, Function<String, String> raw) {
			if (column.name().equals("status_date")) {
				String status = raw.apply("status");
				return !status.isEmpty() && !status.equalsIgnoreCase("ACTIVE");
			}
			return column.required();
		}

	}

	/** Which optional columns an action needs, and what its {@code value} must be. */
	private static final class ActionRules implements ExtractSpec.RowRules {

		@Override
		public boolean isRequired(Column column, Function<String, String> raw) {
			Set<String> needed = ACTION_COLUMNS.get(raw.apply("action").toUpperCase(Locale.ROOT));
			return column.required() || (needed != null && needed.contains(column.name()));
		}

		@Override
		public Optional<Column> retyped(Column column, Function<String, String> raw) {
			if (!column.name().equals("value")) {
				return Optional.empty();
			}
			String action = raw.apply("action").toUpperCase(Locale.ROOT);
			if (action.equals("SET_PAYMENT_INSTRUMENT")) {
				return Optional.of(new Column("value", ValueType.BOOLEAN, false, false, List.of()));
			}
			if (action.equals("GRANT_ROLE")) {
				return Optional.of(new Column("value", ValueType.ENUM, false, false, ROLES));
			}
			return Optional.empty();
		}

	}

}
