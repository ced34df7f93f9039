package com.creditsrecon.jobs.simulate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.BillingProfile;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.ProfileRole;
import com.creditsrecon.model.world.Purchase;
import com.creditsrecon.model.world.Subscription;
import com.creditsrecon.model.world.UsageSum;
import com.creditsrecon.model.world.User;

/**
 * Reads the worlds of a block of partners from the store: one query per table for the
 * whole block (an ID range, which every table's {@code partner_id} index serves), rows
 * grouped by partner in memory. Each partner's lists are sorted by their own keys, so
 * that a world never depends on the order of the input files (rule T4) nor on the
 * database.
 */
public class WorldReader {

	private static final String RANGE = " WHERE partner_id >= ? AND partner_id <= ?";

	private static final Comparator<UsageSum> USAGE_ORDER = Comparator.comparing(UsageSum::chargeDate)
		.thenComparing(UsageSum::subscriptionId)
		.thenComparing(UsageSum::exportProfileId)
		.thenComparing(UsageSum::currency)
		.thenComparing(UsageSum::negative)
		.thenComparing(UsageSum::preClass)
		.thenComparing(UsageSum::serviceName)
		.thenComparing(UsageSum::meterCategory);

	private final JdbcTemplate jdbc;

	public WorldReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The IDs of up to {@code limit} partners after {@code after} (exclusive; null: from
	 * {@code first}) up to {@code last}, in the store's order.
	 */
	public List<String> partnerIds(String first, String after, String last, int limit) {
		if (after == null) {
			return this.jdbc.queryForList("SELECT partner_id FROM cr_partners WHERE partner_id >= ? AND partner_id <= ?"
					+ " ORDER BY partner_id LIMIT " + limit, String.class, first, last);
		}
		return this.jdbc.queryForList("SELECT partner_id FROM cr_partners WHERE partner_id > ? AND partner_id <= ?"
				+ " ORDER BY partner_id LIMIT " + limit, String.class, after, last);
	}

	/**
	 * The worlds of the partners {@code first} to {@code last}, in the order of
	 * {@code partnerIds} (the IDs of that range).
	 * @param asOf usage charged later is not read
	 * @param usage the store's daily sums
	 */
	public List<PartnerWorld> read(List<String> partnerIds, LocalDate asOf, UsageSums usage) {
		if (partnerIds.isEmpty()) {
			return List.of();
		}
		String first = partnerIds.get(0);
		String last = partnerIds.get(partnerIds.size() - 1);
		Map<String, Builder> worlds = new LinkedHashMap<>();
		partnerIds.forEach(id -> worlds.put(id, new Builder()));
		this.jdbc.query("SELECT partner_id, partner_name, country, region, tenant_domains FROM cr_partners" + RANGE,
				rs -> {
					Builder world = worlds.get(rs.getString(1));
					if (world != null) {
						world.partner = new Partner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
								domains(rs.getString(5)));
					}
				}, first, last);
		this.jdbc.query("SELECT partner_id, billing_profile_id, billing_account_id, profile_type, currency,"
				+ " has_payment_instrument, created_on FROM cr_billing_profiles" + RANGE, rs -> {
					add(worlds, rs, w -> w.profiles,
							new BillingProfile(rs.getString(2), rs.getString(3), rs.getString(1), rs.getString(4),
									rs.getString(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class)));
				}, first, last);
		this.jdbc.query("SELECT partner_id, purchase_id, offer_id, billing_account_id, purchase_date, membership_end,"
				+ " status, status_date FROM cr_purchases" + RANGE, rs -> {
					add(worlds, rs, w -> w.purchases,
							new Purchase(rs.getString(2), rs.getString(1), rs.getString(3), rs.getString(4),
									rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
									rs.getObject(8, LocalDate.class)));
				}, first, last);
		this.jdbc.query("SELECT partner_id, upn, user_type, partner_admin FROM cr_users" + RANGE, rs -> {
			add(worlds, rs, w -> w.users,
					new User(rs.getString(2), rs.getString(1), rs.getString(3), rs.getBoolean(4)));
		}, first, last);
		this.jdbc.query("SELECT partner_id, billing_profile_id, upn, role_name FROM cr_profile_roles" + RANGE, rs -> {
			add(worlds, rs, w -> w.roles, new ProfileRole(rs.getString(2), rs.getString(3), rs.getString(4)));
		}, first, last);
		this.jdbc.query(
				"SELECT partner_id, subscription_id, billing_profile_id, created_on FROM cr_subscriptions" + RANGE,
				rs -> {
					add(worlds, rs, w -> w.subscriptions,
							new Subscription(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
				}, first, last);
		this.jdbc.query("SELECT partner_id, action_id, action_at, action, actor_upn, benefit_id, billing_profile_id,"
				+ " subscription_id, user_upn, target_id, action_value FROM cr_actions" + RANGE, rs -> {
					add(worlds, rs, w -> w.actions, action(rs, 2));
				}, first, last);
		this.jdbc.query("SELECT partner_id, subscription_key FROM " + ResultTables.SIM_FOREIGN_SUBSCRIPTION + RANGE,
				rs -> {
					Builder world = worlds.get(rs.getString(1));
					if (world != null) {
						world.foreign.add(rs.getString(2));
					}
				}, first, last);
		usage.readPartners(worlds.keySet(), asOf, (partnerId, sum) -> worlds.get(partnerId).usage.add(sum));
		List<PartnerWorld> result = new ArrayList<>(worlds.size());
		worlds.forEach((id, world) -> {
			if (world.partner != null) {
				result.add(world.build());
			}
		});
		return result;
	}

	/** An action from its columns starting at {@code from}, blanks for none. */
	static Action action(ResultSet rs, int from) throws SQLException {
		LocalDateTime at = rs.getObject(from + 1, LocalDateTime.class);
		return new Action(text(rs, from), at.toInstant(ZoneOffset.UTC), text(rs, from + 2), text(rs, from + 3),
				text(rs, from + 4), text(rs, from + 5), text(rs, from + 6), text(rs, from + 7), text(rs, from + 8),
				text(rs, from + 9));
	}

	/**
	 * Usage sorted by its key, sums of the same key (the same day's rows of two billing
	 * periods) added up.
	 */
	static List<UsageSum> sortedUsage(List<UsageSum> usage) {
		List<UsageSum> sorted = new ArrayList<>(usage);
		sorted.sort(USAGE_ORDER);
		List<UsageSum> merged = new ArrayList<>(sorted.size());
		for (UsageSum sum : sorted) {
			int lastIndex = merged.size() - 1;
			if (lastIndex >= 0 && USAGE_ORDER.compare(merged.get(lastIndex), sum) == 0) {
				UsageSum last = merged.get(lastIndex);
				BigDecimal amount = last.amount().add(sum.amount());
				merged.set(lastIndex,
						new UsageSum(last.subscriptionId(), last.exportProfileId(), last.chargeDate(), last.currency(),
								last.negative(), last.preClass(), last.serviceName(), last.meterCategory(),
								last.rows() + sum.rows(), amount));
			}
			else {
				merged.add(sum);
			}
		}
		return merged;
	}

	/** Actions in the order the engine takes them: by {@code at}, then ID (rule T2). */
	static List<Action> sortedActions(List<Action> actions) {
		List<Action> sorted = new ArrayList<>(actions);
		sorted.sort(Comparator.comparing(Action::at).thenComparing(Action::actionId));
		return sorted;
	}

	private static <T> void add(Map<String, Builder> worlds, ResultSet rs,
			java.util.function.Function<Builder, List<T>> list, T row) throws SQLException {
		Builder world = worlds.get(rs.getString(1));
		if (world != null) {
			list.apply(world).add(row);
		}
	}

	private static String text(ResultSet rs, int column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? "" : text;
	}

	private static List<String> domains(String tenantDomains) {
		if (tenantDomains == null) {
			return List.of();
		}
		return Arrays.stream(tenantDomains.split(";"))
			.map(d -> d.trim().toLowerCase(Locale.ROOT))
			.filter(d -> !d.isEmpty())
			.toList();
	}

	/** One partner's rows while a block is read. */
	private static final class Builder {

		private Partner partner;

		private final List<BillingProfile> profiles = new ArrayList<>();

		private final List<Purchase> purchases = new ArrayList<>();

		private final List<User> users = new ArrayList<>();

		private final List<ProfileRole> roles = new ArrayList<>();

		private final List<Subscription> subscriptions = new ArrayList<>();

		private final List<Action> actions = new ArrayList<>();

		private final Set<String> foreign = new TreeSet<>();

		private final List<UsageSum> usage = new ArrayList<>();

		PartnerWorld build() {
			this.profiles.sort(Comparator.comparing(BillingProfile::billingProfileId));
			this.purchases.sort(Comparator.comparing(Purchase::purchaseId));
			this.users.sort(Comparator.comparing(User::upn));
			this.roles.sort(Comparator.comparing(ProfileRole::billingProfileId).thenComparing(ProfileRole::upn));
			this.subscriptions.sort(Comparator.comparing(Subscription::subscriptionId));
			return new PartnerWorld(this.partner, this.profiles, this.purchases, this.users, this.roles,
					this.subscriptions, sortedActions(this.actions), this.foreign, sortedUsage(this.usage));
		}

	}

}
