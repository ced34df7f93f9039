package com.creditsrecon.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.creditsrecon.generator.GeneratedPartner.Action;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Subscription;
import com.creditsrecon.generator.GeneratedPartner.User;

/**
 * The CSV extracts of extracts.md (all but usage and the reported ones), open for the
 * whole run: partners are appended one after another.
 */
final class ExtractWriters implements AutoCloseable {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'",
			Locale.ROOT);

	private final CsvTable partners;

	private final CsvTable profiles;

	private final CsvTable purchases;

	private final CsvTable users;

	private final CsvTable roles;

	private final CsvTable subscriptions;

	private final CsvTable actions;

	private final OpenWriters<CsvTable> all = new OpenWriters<>();

	ExtractWriters(Path folder, RolloutSchedule rollout) throws IOException {
		CsvTable offers = open(folder, "offers.csv", "offer_id", "offer_name", "benefit_code", "benefit_type", "amount",
				"currency", "activate_within_days");
		for (List<String> row : OfferCatalog.rows()) {
			offers.row(row.toArray());
		}
		CsvTable rolloutTable = open(folder, "rollout.csv", "scope", "modernized_from");
		for (List<String> row : rollout.rows()) {
			rolloutTable.row(row.toArray());
		}
		this.partners = open(folder, "partners.csv", "partner_id", "partner_name", "country", "region",
				"tenant_domains");
		this.profiles = open(folder, "billing-profiles.csv", "billing_profile_id", "billing_account_id", "partner_id",
				"profile_type", "currency", "has_payment_instrument", "created_on");
		this.purchases = open(folder, "purchases.csv", "purchase_id", "partner_id", "offer_id", "billing_account_id",
				"purchase_date", "membership_end", "status", "status_date");
		this.users = open(folder, "users.csv", "upn", "partner_id", "user_type", "partner_admin");
		this.roles = open(folder, "profile-roles.csv", "billing_profile_id", "upn", "role");
		this.subscriptions = open(folder, "subscriptions.csv", "subscription_id", "billing_profile_id", "created_on");
		this.actions = open(folder, "actions.csv", "action_id", "at", "action", "actor_upn", "benefit_id",
				"billing_profile_id", "subscription_id", "user_upn", "target_id", "value");
	}

	private CsvTable open(Path folder, String name, String... header) throws IOException {
		return this.all.add(new CsvTable(folder, name, List.of(header)));
	}

	void write(GeneratedPartner partner) throws IOException {
		String id = partner.partnerId;
		this.partners.row(id, partner.name, partner.country.code(), partner.region,
				String.join(";", partner.tenantDomains));
		for (Profile profile : partner.profiles) {
			this.profiles.row(profile.id, profile.account, id, profile.type, profile.currency,
					profile.paymentInstrument, profile.createdOn);
			for (Map.Entry<String, String> role : profile.roles.entrySet()) {
				this.roles.row(profile.id, role.getKey(), role.getValue());
			}
		}
		for (Purchase purchase : partner.purchases) {
			this.purchases.row(purchase.id, id, purchase.offer.id(), partner.mainAccount, purchase.date,
					purchase.membershipEnd, purchase.status, purchase.statusDate);
		}
		for (User user : partner.users) {
			this.users.row(user.upn, id, user.userType(), user.admin);
		}
		for (Subscription subscription : partner.subscriptions) {
			if (subscription.listed) {
				this.subscriptions.row(subscription.id, subscription.profile().id, subscription.createdOn);
			}
		}
		for (Map.Entry<String, Action> numbered : partner.actionsById().entrySet()) {
			Action action = numbered.getValue();
			this.actions.row(numbered.getKey(), INSTANT.format(action.at().atOffset(ZoneOffset.UTC)),
					action.type().name(), action.actorUpn(), action.benefitId(), action.billingProfileId(),
					action.subscriptionId(), action.userUpn(), action.targetId(), action.value());
		}
	}

	/** Each file written and its data rows, in the order they were opened. */
	List<GenerateSummary.FileRows> files() {
		return this.all.writers().stream().map(t -> new GenerateSummary.FileRows(t.name(), 1, t.rows())).toList();
	}

	@Override
	public void close() throws IOException {
		this.all.close();
	}

}
