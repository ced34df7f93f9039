package com.creditsrecon.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.store.BatchInsert;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.reconcile.ReportedLot;
import com.creditsrecon.model.result.ConsumptionRow;

/**
 * Starts a fresh reconciliation: creates the table of break rows and fills the work
 * tables that give every reported row the unit it is reconciled in, so that all rows that
 * can pair are in one unit:
 * <ul>
 * <li>a reported lot: the partner of the simulated lot its reference names (a lot with a
 * billing profile, or a benefit with exactly one lot, as rule RC1 pairs them), else the
 * partner owning its profile; when several reported lots name one simulated lot, only the
 * first in rule RC1's tie order stays with it, the others go to their profile's partner,
 * where they can only be matched by attributes;</li>
 * <li>a reported benefit: the partner of the simulated benefit with its ID;</li>
 * <li>a reported event: the partner owning the profile, given it at import;</li>
 * <li>a REPORTED_CREDIT total: the partner owning the profile.</li>
 * </ul>
 * Rows of no known partner get a blank unit. Every profile's owner is kept too, for the
 * partner of the break rows that only a profile places. Profiles are matched ignoring
 * case and spelled as billing-profiles.csv spells them (extracts.md). A restarted run
 * skips this step once it completed.
 */
public class PrepareReconciliationTasklet implements Tasklet {

	private static final String LOT_COLUMNS = "billing_profile_id, lot_reference, lot_source, currency,"
			+ " original_amount, closed_balance, start_date, expiration_date, status, as_of";

	private final JdbcTemplate jdbc;

	private final SimulationContext simulationContext;

	private final ImportContext importContext;

	private final ResultRuns runs;

	public PrepareReconciliationTasklet(JdbcTemplate jdbc, SimulationContext simulationContext,
			ImportContext importContext, ResultRuns runs) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.simulationContext = simulationContext;
		this.importContext = importContext;
	}

	/**
	 * Rule RC6: the simulated consumption rows of the usage exports' REPORTED_CREDIT rows
	 * with a billing profile (a few per profile and month).
	 */
	private List<ConsumptionRow> reportedCredits() {
		List<ConsumptionRow> credits = new ArrayList<>();
		this.runs.forEach(ResultTables.REPORTED_CREDITS, credits::add);
		return credits;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		SqlDialect dialect = SqlDialect.of(this.jdbc);
		ResultTables.recreateBreaks(dialect).forEach(this.jdbc::execute);
		WorkTables.recreate(dialect).forEach(this.jdbc::execute);
		Optional<Scenario> scenario = this.simulationContext.scenario();
		if (scenario.isEmpty()) {
			// no as-of day: nothing was simulated, nothing is reconciled
			return RepeatStatus.FINISHED;
		}
		List<ConsumptionRow> credits = reportedCredits();
		if (ReportedInputs.present(this.importContext).isEmpty() && credits.isEmpty()) {
			// Nothing to compare (as when generate simulates a folder's truth): no work
			// table is filled, which takes a while on a world of 100,000 partners.
			return RepeatStatus.FINISHED;
		}
		Profiles profiles = new Profiles(this.jdbc);
		profiles.writeOwners(this.jdbc);
		LocalDate asOf = scenario.get().asOf();
		Map<String, Long> counted = countedReferences(asOf);
		Set<String> benefitIds = new HashSet<>(
				this.jdbc.queryForList("SELECT DISTINCT benefit_id FROM cr_reported_benefits", String.class));
		NamedResults named = NamedResults.read(this.runs, counted.keySet(), benefitIds);
		long rows = lots(asOf, profiles, counted, named);
		rows += benefits(profiles, named);
		rows += credits(profiles, credits);
		List<String> orphans = new ArrayList<>();
		for (String table : WorkTables.OWNED) {
			orphans.add("SELECT profile_key FROM " + table + " WHERE partner_id = ''");
		}
		this.jdbc.update("INSERT INTO " + WorkTables.ORPHAN + " (profile_key) " + String.join(" UNION ", orphans));
		contribution.incrementWriteCount(rows);
		return RepeatStatus.FINISHED;
	}

	/**
	 * The reported lots that count at {@code as-of} (the only ones rule RC1 pairs by
	 * reference): how many name each reference.
	 */
	private Map<String, Long> countedReferences(LocalDate asOf) {
		Map<String, Long> counted = new HashMap<>();
		this.jdbc.query("SELECT lot_reference, COUNT(*) FROM cr_reported_lots WHERE as_of <= ? AND start_date <= ?"
				+ " AND lot_reference IS NOT NULL GROUP BY lot_reference", rs -> {
					counted.put(rs.getString(1), rs.getLong(2));
				}, asOf, asOf);
		return counted;
	}

	/**
	 * Reported lots, each with its unit: the partner of the simulated lot its reference
	 * names, else the partner owning its profile.
	 * @param counted {@link #countedReferences}
	 */
	private long lots(LocalDate asOf, Profiles profiles, Map<String, Long> counted, NamedResults named) {
		Map<String, Long> namings = new HashMap<>();
		counted.forEach((reference, rows) -> {
			NamedResults.NamedLot lot = named.lot(reference);
			if (lot != null) {
				namings.merge(lot.lotId(), rows, Long::sum);
			}
		});
		BatchInsert batch = new BatchInsert(this.jdbc,
				"INSERT INTO " + WorkTables.REPORTED_LOT + " (partner_id, profile_key, source_line, " + LOT_COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		Map<String, List<SharedReference>> sharing = new TreeMap<>();
		this.jdbc.query("SELECT source_line, " + LOT_COLUMNS + " FROM cr_reported_lots", rs -> {
			Profiles.Profile profile = profiles.of(rs.getString(2));
			Object[] row = lotRow(rs, profile);
			LocalDate rowAsOf = rs.getObject(11, LocalDate.class);
			LocalDate start = rs.getObject(8, LocalDate.class);
			boolean counts = rowAsOf != null && !rowAsOf.isAfter(asOf) && start != null && !start.isAfter(asOf);
			NamedResults.NamedLot lot = counts ? named.lot(rs.getString(3)) : null;
			if (lot != null && namings.get(lot.lotId()) > 1) {
				sharing.computeIfAbsent(lot.lotId(), k -> new ArrayList<>())
					.add(SharedReference.of(row, lot.partnerId(), profile.partnerId()));
			}
			else {
				row[0] = lot != null ? lot.partnerId() : profile.partnerId();
				batch.add(row);
			}
		});
		// Several reported lots name one simulated lot: the first in rule RC1's tie order
		// pairs with it; the others can only match by attributes, within their profile.
		for (List<SharedReference> group : sharing.values()) {
			group.sort(SharedReference.TIE_ORDER);
			for (int i = 0; i < group.size(); i++) {
				SharedReference reference = group.get(i);
				reference.row()[0] = i == 0 ? reference.lotPartner() : reference.profilePartner();
				batch.add(reference.row());
			}
		}
		return batch.flush();
	}

	/** A reported lot's work row, its unit (the first value) still to be set. */
	private static Object[] lotRow(ResultSet rs, Profiles.Profile profile) throws SQLException {
		return new Object[] { null, profile.key(), rs.getLong(1), profile.id(), blank(rs.getString(3)),
				blank(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
				rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10),
				rs.getObject(11, LocalDate.class) };
	}

	/** Reported benefits, each with its unit: the partner of the simulated benefit. */
	private long benefits(Profiles profiles, NamedResults named) {
		BatchInsert batch = new BatchInsert(this.jdbc,
				"INSERT INTO " + WorkTables.REPORTED_BENEFIT
						+ " (partner_id, profile_key, source_line, benefit_id, status, redeemed_on, billing_profile_id,"
						+ " expiry_date, credits_consumed, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		this.jdbc.query("SELECT source_line, benefit_id, status, redeemed_on, billing_profile_id, expiry_date,"
				+ " credits_consumed, as_of FROM cr_reported_benefits", rs -> {
					Profiles.Profile profile = profiles.of(rs.getString(5));
					batch.add(named.benefitPartner(rs.getString(2)), profile.key(), rs.getLong(1), rs.getString(2),
							rs.getString(3), rs.getObject(4, LocalDate.class), profile.id(),
							rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class));
				});
		return batch.flush();
	}

	/** Rule RC6: the usage exports' REPORTED_CREDIT totals, each with its unit. */
	private long credits(Profiles profiles, List<ConsumptionRow> credits) {
		BatchInsert batch = new BatchInsert(this.jdbc,
				"INSERT INTO " + WorkTables.CREDIT
						+ " (partner_id, profile_key, billing_profile_id, usage_month, currency, amount)"
						+ " VALUES (?, ?, ?, ?, ?, ?)");
		for (ConsumptionRow row : credits) {
			Profiles.Profile profile = profiles.of(row.billingProfileId());
			batch.add(profile.partnerId(), profile.key(), profile.id(), row.month().toString(), row.currency(),
					row.amount());
		}
		return batch.flush();
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

	/**
	 * A reported lot whose reference names a simulated lot that other reported lots name
	 * too.
	 */
	private record SharedReference(Object[] row, ReportedLot reported, String lotPartner, String profilePartner) {

		/** Rule RC1's tie order, the model's. */
		static final Comparator<SharedReference> TIE_ORDER = Comparator.comparing(SharedReference::reported,
				ReportedLot.TIE_ORDER);

		/** The work row ({@link #lotRow}'s layout) and the reported lot it holds. */
		static SharedReference of(Object[] r, String lotPartner, String profilePartner) {
			ReportedLot reported = new ReportedLot((Long) r[2], (String) r[3], (String) r[4], (String) r[5],
					(String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (LocalDate) r[9], (LocalDate) r[10],
					(String) r[11], (LocalDate) r[12]);
			return new SharedReference(r, reported, lotPartner, profilePartner);
		}

	}

	/**
	 * Every billing profile by its lower-case ID: its spelling and partner. As many as
	 * the simulation's own preparation holds.
	 */
	private static final class Profiles {

		private final Map<String, Profile> byKey = new HashMap<>();

		Profiles(JdbcTemplate jdbc) {
			jdbc.query("SELECT billing_profile_id, partner_id FROM cr_billing_profiles", rs -> {
				String id = rs.getString(1);
				this.byKey.putIfAbsent(key(id), new Profile(key(id), id, rs.getString(2)));
			});
		}

		void writeOwners(JdbcTemplate jdbc) {
			BatchInsert batch = new BatchInsert(jdbc,
					"INSERT INTO " + WorkTables.PROFILE_OWNER + " (profile_key, partner_id) VALUES (?, ?)");
			this.byKey.values().forEach(profile -> batch.add(profile.key(), profile.partnerId()));
			batch.flush();
		}

		/** The profile of an ID as a reported row writes it; of no partner if unknown. */
		Profile of(String reported) {
			String id = blank(reported);
			Profile known = this.byKey.get(key(id));
			return known != null ? known : new Profile(key(id), id, "");
		}

		private static String key(String id) {
			return id.toLowerCase(Locale.ROOT);
		}

		record Profile(String key, String id, String partnerId) {
		}

	}

}
