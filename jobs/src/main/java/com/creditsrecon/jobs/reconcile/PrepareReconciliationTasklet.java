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
import com.creditsrecon.jobs.simulate.ResultPages;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.model.engine.Scenario;

/**
 * Starts a fresh reconciliation: creates the table of break rows, indexes the result
 * tables by partner, and fills the work tables that give every reported row the unit it
 * is reconciled in, so that all rows that can pair are in one unit:
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

	private final ResultPages pages;

	public PrepareReconciliationTasklet(JdbcTemplate jdbc, SimulationContext simulationContext,
			ImportContext importContext, ResultPages pages) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.simulationContext = simulationContext;
		this.importContext = importContext;
	}

	/**
	 * Rule RC6: the simulated consumption rows of the usage exports' REPORTED_CREDIT rows
	 * with a billing profile (a few per profile and month), read once from their runs.
	 */
	private List<ConsumptionRow> reportedCredits() {
		List<ConsumptionRow> credits = new ArrayList<>();
		this.pages.forEach(ResultTables.CONSUMPTION, row -> {
			if (row.classification().equals("REPORTED_CREDIT") && !row.billingProfileId().isEmpty()) {
				credits.add(row);
			}
		});
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
		long rows = lots(scenario.get().asOf(), profiles, dialect.codePointCollation());
		rows += benefits(profiles, dialect.codePointCollation());
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
	 * Reported lots: first those whose reference names a simulated lot (rule RC1: a lot
	 * ID, else the ID of a benefit with a single lot; only lots with a profile, and only
	 * reported rows that count at {@code as-of}), then each row with its unit.
	 */
	private long lots(LocalDate asOf, Profiles profiles, String collation) {
		String lots = ResultTables.LOTS.name();
		String counted = " WHERE l.billing_profile_id <> '' AND r.as_of <= ? AND r.start_date <= ?";
		this.jdbc.update("INSERT INTO " + WorkTables.LOT_REFERENCE + " (source_line, lot_id, partner_id)"
				+ " SELECT r.source_line, l.lot_id, l.partner_id FROM cr_reported_lots r JOIN " + lots
				+ " l ON l.lot_id = r.lot_reference" + collation + counted, asOf, asOf);
		this.jdbc.update("INSERT INTO " + WorkTables.LOT_REFERENCE + " (source_line, lot_id, partner_id)"
				+ " SELECT r.source_line, l.lot_id, l.partner_id FROM cr_reported_lots r JOIN " + lots
				+ " l ON l.benefit_id = r.lot_reference" + collation + counted + " AND NOT EXISTS (SELECT 1 FROM "
				+ lots + " o WHERE o.benefit_id = l.benefit_id AND o.lot_id <> l.lot_id) AND NOT EXISTS (SELECT 1 FROM "
				+ WorkTables.LOT_REFERENCE + " d WHERE d.source_line = r.source_line)", asOf, asOf);
		Set<String> shared = new HashSet<>(this.jdbc.queryForList(
				"SELECT lot_id FROM " + WorkTables.LOT_REFERENCE + " GROUP BY lot_id HAVING COUNT(*) > 1",
				String.class));
		BatchInsert batch = new BatchInsert(this.jdbc,
				"INSERT INTO " + WorkTables.REPORTED_LOT + " (partner_id, profile_key, source_line, " + LOT_COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		Map<String, List<SharedReference>> sharing = new TreeMap<>();
		this.jdbc.query("SELECT r.source_line, r." + LOT_COLUMNS.replace(", ", ", r.")
				+ ", f.lot_id, f.partner_id FROM cr_reported_lots r LEFT JOIN " + WorkTables.LOT_REFERENCE
				+ " f ON f.source_line = r.source_line", rs -> {
					String lotId = rs.getString(12);
					Profiles.Profile profile = profiles.of(rs.getString(2));
					Object[] row = lotRow(rs, profile);
					if (lotId != null && shared.contains(lotId)) {
						sharing.computeIfAbsent(lotId, k -> new ArrayList<>())
							.add(new SharedReference(row, rs.getString(13), profile.partnerId()));
					}
					else {
						row[0] = lotId != null ? rs.getString(13) : profile.partnerId();
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

	private long benefits(Profiles profiles, String collation) {
		BatchInsert batch = new BatchInsert(this.jdbc,
				"INSERT INTO " + WorkTables.REPORTED_BENEFIT
						+ " (partner_id, profile_key, source_line, benefit_id, status, redeemed_on, billing_profile_id,"
						+ " expiry_date, credits_consumed, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		this.jdbc.query("SELECT r.source_line, r.benefit_id, r.status, r.redeemed_on, r.billing_profile_id,"
				+ " r.expiry_date, r.credits_consumed, r.as_of, b.partner_id FROM cr_reported_benefits r LEFT JOIN "
				+ ResultTables.BENEFITS.name() + " b ON b.benefit_id = r.benefit_id" + collation, rs -> {
					Profiles.Profile profile = profiles.of(rs.getString(5));
					batch.add(blank(rs.getString(9)), profile.key(), rs.getLong(1), rs.getString(2), rs.getString(3),
							rs.getObject(4, LocalDate.class), profile.id(), rs.getObject(6, LocalDate.class),
							rs.getBigDecimal(7), rs.getObject(8, LocalDate.class));
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
	private record SharedReference(Object[] row, String lotPartner, String profilePartner) {

		/**
		 * Rule RC1's tie order: profile, start date, reference, original amount, line.
		 */
		static final Comparator<SharedReference> TIE_ORDER = Comparator
			.comparing((SharedReference r) -> (String) r.row()[3])
			.thenComparing(r -> (LocalDate) r.row()[9])
			.thenComparing(r -> (String) r.row()[4])
			.thenComparing(r -> (BigDecimal) r.row()[7])
			.thenComparingLong(r -> (Long) r.row()[2]);

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
