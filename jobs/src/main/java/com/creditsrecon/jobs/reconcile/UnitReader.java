package com.creditsrecon.jobs.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.reconcile.ProfileOwners;
import com.creditsrecon.model.reconcile.ReconciliationInput;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.reconcile.ReportedBenefit;
import com.creditsrecon.model.reconcile.ReportedCredit;
import com.creditsrecon.model.reconcile.ReportedEvent;
import com.creditsrecon.model.reconcile.ReportedLot;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;

/**
 * Reads the units of reconciliation, a block at a time: the partners of one block of the
 * simulation, their simulated rows from that block's runs and their reported rows from
 * the work tables by an {@code IN} list of their IDs (so that no order of the store's
 * collation is relied on); and the rows of no known partner a block of profile keys at a
 * time (they pair with no simulated row, so rows of different profiles never meet).
 */
class UnitReader {

	private static final int OWNERS_PER_QUERY = 500;

	private final JdbcTemplate jdbc;

	private final ResultRuns runs;

	UnitReader(JdbcTemplate jdbc, ResultRuns runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** The blocks of the simulation, in the order their partners sort in the store. */
	List<String> blocks() {
		return this.runs.blocks(ResultTables.PARTNERS);
	}

	/** The next profile keys of the rows of no known partner, in code point order. */
	List<String> orphanKeys(String after, int limit) {
		if (after == null) {
			return this.jdbc.queryForList(
					"SELECT profile_key FROM " + WorkTables.ORPHAN + " ORDER BY profile_key LIMIT " + limit,
					String.class);
		}
		return this.jdbc.queryForList("SELECT profile_key FROM " + WorkTables.ORPHAN
				+ " WHERE profile_key > ? ORDER BY profile_key LIMIT " + limit, String.class, after);
	}

	/**
	 * One unit per partner of a simulation block, in the order it simulated them: its
	 * simulated lots, events and benefits, and the reported rows and credits it owns.
	 */
	Map<String, ReconciliationInput> partners(String block, Set<ReportedExtract> present) {
		Map<String, Unit> units = new LinkedHashMap<>();
		this.runs.forEachInBlock(ResultTables.PARTNERS, block, id -> units.put(id, new Unit()));
		this.runs.forEachInBlock(ResultTables.LOTS, block, lot -> unit(units, lot.partnerId()).lots.add(lot));
		this.runs.forEachInBlock(ResultTables.EVENTS, block, event -> unit(units, event.partnerId()).events.add(event));
		this.runs.forEachInBlock(ResultTables.BENEFITS, block,
				benefit -> unit(units, benefit.partnerId()).benefits.add(benefit));
		String in = in("partner_id", units.size());
		Object[] ids = units.keySet().toArray();
		readReported(in, ids, rs -> unit(units, rs.getString(1)));
		ProfileOwners owners = owners(in, ids, units.values());
		return units.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().input(present, owners), (a, b) -> a,
					LinkedHashMap::new));
	}

	/**
	 * The owners of the profiles the block's rows name: the block's own profiles, then,
	 * only for the profiles left (a legacy lot under another partner's profile, a
	 * reported lot on one), the work table of every profile's owner,
	 * {@value #OWNERS_PER_QUERY} at a time.
	 */
	private ProfileOwners owners(String partnerIn, Object[] partnerIds, Collection<Unit> units) {
		Map<String, String> owners = new HashMap<>();
		this.jdbc.query("SELECT billing_profile_id, partner_id FROM cr_billing_profiles WHERE " + partnerIn, rs -> {
			owners.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
		}, partnerIds);
		Set<String> others = new TreeSet<>();
		units.forEach(unit -> unit.profileKeys(others));
		others.removeAll(owners.keySet());
		List<String> left = new ArrayList<>(others);
		for (int from = 0; from < left.size(); from += OWNERS_PER_QUERY) {
			List<String> some = left.subList(from, Math.min(left.size(), from + OWNERS_PER_QUERY));
			this.jdbc.query("SELECT profile_key, partner_id FROM " + WorkTables.PROFILE_OWNER + " WHERE "
					+ in("profile_key", some.size()), rs -> {
						owners.put(rs.getString(1), rs.getString(2));
					}, some.toArray());
		}
		return ProfileOwners.of(owners);
	}

	/** The reported rows and credits of no known partner with these profile keys. */
	ReconciliationInput orphans(List<String> profileKeys, Set<ReportedExtract> present) {
		Unit unit = new Unit();
		List<Object> parameters = new ArrayList<>(profileKeys);
		readReported("partner_id = '' AND " + in("profile_key", profileKeys.size()), parameters.toArray(), rs -> unit);
		// their profiles are of no known partner: that is what puts them here
		return unit.input(present, ProfileOwners.none());
	}

	private void readReported(String where, Object[] parameters, UnitOf unitOf) {
		this.jdbc.query("SELECT partner_id, source_line, billing_profile_id, lot_reference, lot_source, currency,"
				+ " original_amount, closed_balance, start_date, expiration_date, status, as_of FROM "
				+ WorkTables.REPORTED_LOT + " WHERE " + where, rs -> {
					unitOf.apply(rs).reportedLots.add(new ReportedLot(rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), ResultTables.exact(rs.getBigDecimal(7)),
							ResultTables.exact(rs.getBigDecimal(8)), date(rs, 9), date(rs, 10), rs.getString(11),
							date(rs, 12)));
				}, parameters);
		this.jdbc.query("SELECT partner_id, source_line, profile_id, COALESCE(lot_id, ''), transaction_date,"
				+ " event_type, currency, new_credit, charges, credit_expired, canceled_credit, adjustments FROM "
				+ WorkTables.REPORTED_EVENT + " WHERE " + where, rs -> {
					unitOf.apply(rs).reportedEvents
						.add(new ReportedEvent(rs.getLong(2), rs.getString(3), rs.getString(4), date(rs, 5),
								rs.getString(6), rs.getString(7), ResultTables.exact(rs.getBigDecimal(8)),
								ResultTables.exact(rs.getBigDecimal(9)), ResultTables.exact(rs.getBigDecimal(10)),
								ResultTables.exact(rs.getBigDecimal(11)), ResultTables.exact(rs.getBigDecimal(12))));
				}, parameters);
		this.jdbc.query("SELECT partner_id, source_line, benefit_id, status, redeemed_on, billing_profile_id,"
				+ " expiry_date, credits_consumed, as_of FROM " + WorkTables.REPORTED_BENEFIT + " WHERE " + where,
				rs -> {
					unitOf.apply(rs).reportedBenefits
						.add(new ReportedBenefit(rs.getLong(2), rs.getString(3), rs.getString(4), date(rs, 5),
								rs.getString(6), date(rs, 7), ResultTables.exact(rs.getBigDecimal(8)), date(rs, 9)));
				}, parameters);
		this.jdbc.query("SELECT partner_id, billing_profile_id, usage_month, currency, amount FROM " + WorkTables.CREDIT
				+ " WHERE " + where, rs -> {
					unitOf.apply(rs).credits.add(new ReportedCredit(rs.getString(2), YearMonth.parse(rs.getString(3)),
							rs.getString(4), ResultTables.exact(rs.getBigDecimal(5))));
				}, parameters);
	}

	private static Unit unit(Map<String, Unit> units, String partnerId) {
		Unit unit = units.get(partnerId);
		if (unit == null) {
			throw new IllegalStateException("A row of partner '" + partnerId + "' read for another block");
		}
		return unit;
	}

	private static String in(String column, int size) {
		return column + " IN (" + String.join(", ", java.util.Collections.nCopies(size, "?")) + ")";
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	@FunctionalInterface
	private interface UnitOf {

		Unit apply(ResultSet rs) throws SQLException;

	}

	/** The rows of one unit as they are read. */
	private static final class Unit {

		final List<LotRow> lots = new ArrayList<>();

		final List<EventRow> events = new ArrayList<>();

		final List<BenefitRow> benefits = new ArrayList<>();

		final List<ReportedLot> reportedLots = new ArrayList<>();

		final List<ReportedEvent> reportedEvents = new ArrayList<>();

		final List<ReportedBenefit> reportedBenefits = new ArrayList<>();

		final List<ReportedCredit> credits = new ArrayList<>();

		ReconciliationInput input(Set<ReportedExtract> present, ProfileOwners owners) {
			return new ReconciliationInput(this.lots, this.events, this.benefits, this.reportedLots,
					this.reportedEvents, this.reportedBenefits, this.credits, present, owners);
		}

		/** Adds the lower-case keys of the profiles its rows name. */
		void profileKeys(Set<String> keys) {
			this.lots.forEach(lot -> add(keys, lot.billingProfileId()));
			this.reportedLots.forEach(lot -> add(keys, lot.billingProfileId()));
			this.reportedEvents.forEach(event -> add(keys, event.billingProfileId()));
			this.credits.forEach(credit -> add(keys, credit.billingProfileId()));
		}

		private static void add(Set<String> keys, String billingProfileId) {
			if (billingProfileId != null && !billingProfileId.isEmpty()) {
				keys.add(billingProfileId.toLowerCase(Locale.ROOT));
			}
		}

	}

}
