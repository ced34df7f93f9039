package com.creditsrecon.jobs.simulate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.creditsrecon.jobs.importing.ProgressSink;
import com.creditsrecon.jobs.run.StoreSchema;
import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EligibilityRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.result.RollforwardRow;
import com.creditsrecon.model.world.Offers;
import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.Rollout;

/**
 * Results written by hand into a store, as the simulate steps would write them, with IDs
 * whose code-point order differs from a locale's (upper case before lower case, accents),
 * partners written out of order, and consumption of one key from several simulations.
 */
final class HandMadeResults {

	static final LocalDate AS_OF = LocalDate.of(2026, 2, 28);

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	private HandMadeResults() {
	}

	static Scenario scenario() {
		return new Scenario(Policy.defaults(), Rollout.none(), new Offers(List.of()), AS_OF);
	}

	/**
	 * Creates the store's tables, two partners and their results, writes the upper
	 * roll-forward levels; page size 2, so that every file spans several pages. The
	 * tables kept in runs are kept under {@code storeDir}.
	 */
	static ResultPages write(DataSource dataSource, Path storeDir) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		migrate(dataSource);
		jdbc.update("DELETE FROM cr_partners");
		jdbc.update("INSERT INTO cr_partners (partner_id, partner_name, country, region, tenant_domains, source_line)"
				+ " VALUES ('Zeta', 'B', 'DE', 'EMEA', NULL, 2), ('alpha', 'A', 'MX', NULL, NULL, 3)");
		ResultTables.recreate().forEach(jdbc::execute);
		ResultRuns runs = new ResultRuns(() -> storeDir);
		runs.clear();
		ResultWriter writer = new ResultWriter(jdbc, new DataSourceTransactionManager(dataSource), runs);
		ResultWriter.Block block = new ResultWriter.Block("hand-made", 1);
		block.add("Zeta", partnerB(), 0);
		block.add("alpha", partnerA(), 0);
		int seq = block.add("", unattributed("3.00", 1), 0);
		block.add("", unattributed("4.50", 2), seq);
		writer.write(block);
		ResultPages pages = new ResultPages(jdbc, runs, 2);
		new RollforwardTasklet(jdbc, writer, pages, null).complete();
		return pages;
	}

	/** The store's tables, as a run's migrations make them in the connection's schema. */
	private static void migrate(DataSource dataSource) {
		try {
			StoreSchema.migrate(dataSource, null, "hand-made store");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long writeFiles(ResultPages pages, Path folder) {
		return writeFiles(pages, folder, false);
	}

	/**
	 * @param bom whether the files start with a UTF-8 byte-order mark
	 */
	static long writeFiles(ResultPages pages, Path folder, boolean bom) {
		// the partners inserted above, as the store gives them
		Map<String, Partner> partners = Map.of("Zeta", new Partner("Zeta", "B", "DE", "EMEA", List.of()), "alpha",
				new Partner("alpha", "A", "MX", null, List.of()));
		return SimulationFilesTasklet.writeAll(pages, folder, new SimulationTotals(), ProgressSink.NONE,
				new SimulationFilesTasklet.Labels(partners, AS_OF, bom));
	}

	private static PartnerResult partnerA() {
		return new PartnerResult("alpha",
				List.of(new BenefitRow("=PU-a-BULK", "=PU-a", "alpha", "MX", "", "AZURE_BULK", "LEGACY", "ACTIVE",
						LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 6), "", "sub-1", "u@a.mx", 0, "USD",
						new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("10.00"), ZERO, ZERO, ZERO,
						ZERO, new BigDecimal("90.00"), ZERO, LocalDate.of(2027, 1, 5))),
				List.of(lot("=PU-a-BULK-01", "alpha", "100.00", "10.00", "90.00")),
				List.of(event(6, "=PU-a-BULK-01", EventType.NEW_CREDIT, "100.00", "100.00", "alpha"),
						event(20, "=PU-a-BULK-01", EventType.SETTLED_CHARGES, "10.00", "90.00", "alpha")),
				List.of(new DecisionRow("A2", Instant.parse("2026-01-06T08:00:00Z"), "ACTIVATE", "alpha", "=PU-a-BULK",
						"", "", "u@a.mx", "", "", "", true, "", "")),
				List.of(),
				List.of(new ConsumptionRow("BP-é", YearMonth.of(2026, 1), "ELIGIBLE", "USD", 3, new BigDecimal("10.00"),
						new BigDecimal("10.00"), ZERO, ZERO, ZERO)),
				List.of(), List.of(rf("PARTNER", "alpha", "2026-01", "0.00", "100.00", "10.00", "90.00"),
						rf("PARTNER", "alpha", "2026-02", "90.00", "0.00", "0.00", "90.00")));
	}

	private static PartnerResult partnerB() {
		return new PartnerResult("Zeta",
				List.of(new BenefitRow("PU-b-MONTHLY", "PU-b", "Zeta", "DE", "EMEA", "AZURE_MONTHLY", "MODERNIZED",
						"REVOKED", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 2),
						"bp-a", "", "", 0, "USD", new BigDecimal("1200.00"), new BigDecimal("100.00"), ZERO, ZERO, ZERO,
						ZERO, new BigDecimal("100.00"), ZERO, ZERO, LocalDate.of(2027, 1, 1))),
				List.of(lot("PU-b-MONTHLY-01", "Zeta", "100.00", "0.00", "0.00")),
				List.of(event(20, "PU-b-MONTHLY-01", EventType.CREDIT_REVOKED, "100.00", "0.00", "Zeta"),
						event(2, "PU-b-MONTHLY-01", EventType.NEW_CREDIT, "100.00", "100.00", "Zeta")),
				List.of(new DecisionRow("A1", Instant.parse("2026-01-02T09:30:00Z"), "REDEEM", "Zeta", "PU-b-MONTHLY",
						"bp-a", "", "", "admin@b.de", "", "", false, "NO_PAYMENT_INSTRUMENT",
						"-This Billing Profile doesn't have a credit card, or a payment instrument")),
				List.of(new EligibilityRow("PU-b-MONTHLY", "Zeta", "bp-a", "NOT_ELIGIBLE",
						"NOT_ELIGIBLE_ACCOUNT_TYPE")),
				List.of(new ConsumptionRow("BP-é", YearMonth.of(2026, 1), "ELIGIBLE", "USD", 2, new BigDecimal("5.00"),
						ZERO, new BigDecimal("5.00"), ZERO, ZERO),
						new ConsumptionRow("bp-a", YearMonth.of(2026, 1), "ELIGIBLE", "USD", 1, new BigDecimal("-1.00"),
								ZERO, ZERO, ZERO, new BigDecimal("1.00"))),
				List.of(new RevocationRow("PU-b", "PU-b-MONTHLY", "Zeta", LocalDate.of(2026, 1, 20), "USD",
						new BigDecimal("100.00"), new BigDecimal("100.00"), ZERO, ZERO, ZERO,
						new BigDecimal("1100.00"))),
				List.of(rf("BILLING_PROFILE", "bp-a", "2026-01", "0.00", "100.00", "0.00", "100.00", "0.00"),
						rf("BILLING_PROFILE", "bp-a", "2026-02", "0.00", "0.00", "0.00", "0.00", "0.00"),
						rf("PARTNER", "Zeta", "2026-01", "0.00", "100.00", "0.00", "100.00", "0.00"),
						rf("PARTNER", "Zeta", "2026-02", "0.00", "0.00", "0.00", "0.00", "0.00")));
	}

	private static PartnerResult unattributed(String amount, long rows) {
		return new PartnerResult("", List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(new ConsumptionRow("", YearMonth.of(2026, 1), "OTHER_PROVIDER", "USD", rows,
						new BigDecimal(amount), ZERO, ZERO, ZERO, ZERO)),
				List.of(), List.of());
	}

	private static LotRow lot(String lotId, String partner, String original, String charged, String closed) {
		String benefit = lotId.substring(0, lotId.length() - 3);
		BigDecimal revoked = new BigDecimal(original).subtract(new BigDecimal(charged))
			.subtract(new BigDecimal(closed));
		return new LotRow(lotId, benefit, benefit.substring(0, benefit.lastIndexOf('-')), partner, "AZURE_BULK",
				"LEGACY", "SUBSCRIPTION", "", "sub-1", "USD", new BigDecimal(original), LocalDate.of(2026, 1, 6),
				LocalDate.of(2027, 1, 5), new BigDecimal(charged), ZERO, ZERO, ZERO, revoked, new BigDecimal(closed),
				closed.equals("0.00") ? "REVOKED" : "ACTIVE");
	}

	private static EventRow event(int day, String lot, EventType type, String amount, String closed, String partner) {
		return new EventRow(LocalDate.of(2026, 1, day), lot, lot.substring(0, lot.length() - 3), type, "USD",
				new BigDecimal(amount), new BigDecimal(closed), partner, "");
	}

	private static RollforwardRow rf(String type, String id, String month, String opening, String newCredit,
			String charges, String closing) {
		return rf(type, id, month, opening, newCredit, charges, "0.00", closing);
	}

	private static RollforwardRow rf(String type, String id, String month, String opening, String newCredit,
			String charges, String revoked, String closing) {
		return new RollforwardRow(type, id, "USD", YearMonth.parse(month), new BigDecimal(opening),
				new BigDecimal(newCredit), new BigDecimal(charges), ZERO, ZERO, ZERO, new BigDecimal(revoked),
				new BigDecimal(closing));
	}

}
