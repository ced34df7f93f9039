package com.creditsrecon.jobs.reconcile;

import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.jobs.store.SqlDialect;

/**
 * The reconcile steps' work tables: the reported lots and benefits copied with the unit
 * that owns them ({@code partner_id}, blank for none), the lower-case key of their
 * billing profile ({@code profile_key}) and their profile spelled as billing-profiles.csv
 * does when it knows it (the reported events carry the same columns from the import); the
 * usage exports' REPORTED_CREDIT totals likewise; the profile keys of the rows of no
 * known partner; and every billing profile's owner by its lower-case key.
 */
final class WorkTables {

	/** A work table of earlier versions, dropped from the stores they wrote. */
	private static final String LOT_REFERENCE = "cr_rec_lot_ref";

	static final String REPORTED_LOT = "cr_rec_reported_lot";

	/**
	 * The reported events, as imported: they carry their unit from the import (the
	 * partner owning their profile), so that they need no copy here.
	 */
	static final String REPORTED_EVENT = "cr_reported_events";

	static final String REPORTED_BENEFIT = "cr_rec_reported_benefit";

	static final String CREDIT = "cr_rec_credit";

	static final String ORPHAN = "cr_rec_orphan";

	static final String PROFILE_OWNER = "cr_rec_profile_owner";

	/** The tables that give a reported row its unit. */
	static final List<String> OWNED = List.of(REPORTED_LOT, REPORTED_EVENT, REPORTED_BENEFIT, CREDIT);

	/** The work tables among {@link #OWNED}, which this step makes. */
	private static final List<String> MADE = List.of(REPORTED_LOT, REPORTED_BENEFIT, CREDIT);

	private static final String TEXT = "VARCHAR(4000)";

	private static final String AMOUNT = "NUMERIC(38,18)";

	private WorkTables() {
	}

	/**
	 * Drops and creates every work table. Made here rather than by the store's migrations
	 * ({@code db/migration}): they hold only what one run derives, and their collation is
	 * the database's.
	 */
	static List<String> recreate(SqlDialect dialect) {
		List<String> ddl = new ArrayList<>();
		for (String table : List.of(LOT_REFERENCE, REPORTED_LOT, REPORTED_BENEFIT, CREDIT, ORPHAN, PROFILE_OWNER)) {
			ddl.add("DROP TABLE IF EXISTS " + table);
		}
		String owner = "partner_id " + TEXT + " NOT NULL, profile_key " + TEXT + dialect.codePointCollation()
				+ " NOT NULL, ";
		ddl.add("CREATE TABLE " + REPORTED_LOT + " (" + owner + "source_line BIGINT NOT NULL, billing_profile_id "
				+ TEXT + ", lot_reference " + TEXT + ", lot_source " + TEXT + ", currency " + TEXT
				+ ", original_amount " + AMOUNT + ", closed_balance " + AMOUNT
				+ ", start_date DATE, expiration_date DATE, status " + TEXT + ", as_of DATE)");
		ddl.add("CREATE TABLE " + REPORTED_BENEFIT + " (" + owner + "source_line BIGINT NOT NULL, benefit_id " + TEXT
				+ ", status " + TEXT + ", redeemed_on DATE, billing_profile_id " + TEXT
				+ ", expiry_date DATE, credits_consumed " + AMOUNT + ", as_of DATE)");
		ddl.add("CREATE TABLE " + CREDIT + " (" + owner + "billing_profile_id " + TEXT + ", usage_month " + TEXT
				+ ", currency " + TEXT + ", amount " + AMOUNT + ")");
		ddl.add("CREATE TABLE " + ORPHAN + " (profile_key " + TEXT + dialect.codePointCollation()
				+ " NOT NULL PRIMARY KEY)");
		ddl.add("CREATE TABLE " + PROFILE_OWNER + " (profile_key " + TEXT + dialect.codePointCollation()
				+ " NOT NULL PRIMARY KEY, partner_id " + TEXT + " NOT NULL)");
		for (String table : MADE) {
			ddl.add("CREATE INDEX ix_" + table + " ON " + table + " (partner_id, profile_key)");
		}
		return ddl;
	}

}
