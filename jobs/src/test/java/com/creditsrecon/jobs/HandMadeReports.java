package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.creditsrecon.model.reconcile.LotStatuses;

/**
 * Reported extracts as a faithful billing system would write them, made from a run's own
 * outputs, for a test to change here and there: one reported lot per simulated lot with a
 * billing profile (its lot ID as reference), one reported benefit per simulated benefit,
 * one reported transaction per simulated event of a lot with a profile.
 */
final class HandMadeReports {

	static final List<String> LOT_COLUMNS = List.of("billing_profile_id", "lot_reference", "source", "currency",
			"original_amount", "closed_balance", "start_date", "expiration_date", "status", "as_of");

	static final List<String> EVENT_COLUMNS = List.of("billing_profile_id", "lot_id", "transaction_date", "event_type",
			"currency", "new_credit", "charges", "credit_expired", "canceled_credit", "adjustments", "closed_balance",
			"invoice_number");

	static final List<String> BENEFIT_COLUMNS = List.of("benefit_id", "status", "redeemed_on", "billing_profile_id",
			"expiry_date", "credits_consumed", "as_of");

	/** The as-of day of the hand-made extracts' runs. */
	static final String AS_OF = "2026-10-31";

	private HandMadeReports() {
	}

	/**
	 * input-samples with reported extracts made from the outputs of its run as of
	 * {@link #AS_OF} ({@code baseline}), changed here and there: each change is one
	 * deliberate difference that reconciliation must find (ReconcileStepFunctionalTests
	 * lists the break rows each gives).
	 */
	static Path handMade(Path samples, Path baseline, Path input) {
		copyWithoutReports(samples, input);
		Map<String, Map<String, String>> lots = lots(baseline, AS_OF);
		// TIMING: Azure has not applied the charges of as-of and the day before (8.57 +
		// 9.85)
		lots.get("PU0402-AZBULK-01").put("closed_balance", "5732.49");
		// UNEXPLAINED: ten more consumed than simulated
		lots.get("PU1401-GHEMETER-01").put("closed_balance", "1982.93");
		// LAPSE_NOT_APPLIED: an expired lot still active with a balance
		lots.get("PU0201-AZBULK-01").put("closed_balance", "50.00");
		lots.get("PU0201-AZBULK-01").put("status", "Active");
		// REVOCATION_NOT_APPLIED: a revoked lot still active with a balance
		lots.get("PU0601-GHCOPILOT-01").put("closed_balance", "20.00");
		lots.get("PU0601-GHCOPILOT-01").put("status", "Active");
		// DEPOSIT_MISSING: a lot Azure does not show
		lots.remove("PU0802-CPSEC-01");
		// matched by attributes (no reference, a day later): only its end differs
		lots.get("PU0504-AZBULK-01").put("lot_reference", "");
		lots.get("PU0504-AZBULK-01").put("start_date", "2025-11-11");
		lots.get("PU0504-AZBULK-01").put("expiration_date", "2026-11-10");
		// by the ID of a benefit with one lot, and a profile in other letters: no break
		lots.get("PU0102-GHCOPILOT-01").put("lot_reference", "PU0102-GHCOPILOT");
		lots.get("PU1201-GHCOPILOT-01").put("billing_profile_id", "tr2w-zc2u-elb-6jc");
		// deposited on the profile of another partner (Rosewood's)
		lots.get("PU0802-GHEMETER-01").put("billing_profile_id", "RCE8-K743-C4T-XP7");
		List<Map<String, String>> reportedLots = new ArrayList<>(lots.values());
		// a second lot naming Alpine's lot, on Trey's profile: Alpine's first row keeps
		// the
		// reference, this one is unexpected at Trey
		reportedLots.add(row(LOT_COLUMNS, "TTXR-VAKQ-V2Z-LQ9", "PU1001-AZBULK-01", "", "USD", "6000.00", "4408.67",
				"2025-11-20", "2026-11-19", "Active", AS_OF));
		// unexpected on a known profile, and on a profile no extract knows
		reportedLots.add(row(LOT_COLUMNS, "CWMR-S4YV-73S-6L9", "PO-4711", "", "USD", "1234.00", "1234.00", "2026-06-01",
				"2027-05-31", "Active", AS_OF));
		reportedLots.add(row(LOT_COLUMNS, "ZZZZ-0000-UNK-NOWN", "PO-1", "", "EUR", "10.00", "10.00", "2026-10-01",
				"2027-09-30", "Active", AS_OF));
		// reported after as-of, starting after it: ignored
		reportedLots.add(row(LOT_COLUMNS, "CWMR-S4YV-73S-6L9", "PO-LATE", "", "USD", "99.00", "99.00", "2026-10-01",
				"2027-09-30", "Active", "2026-11-02"));
		reportedLots.add(row(LOT_COLUMNS, "CWMR-S4YV-73S-6L9", "PO-NEXT", "", "USD", "99.00", "99.00", "2026-11-15",
				"2027-11-14", "Active", AS_OF));
		write(input.resolve("reported-lots.csv"), LOT_COLUMNS, reportedLots);

		Map<String, Map<String, String>> benefits = benefits(baseline, AS_OF);
		benefits.get("PU0402-AZBULK").put("status", "EXPIRED");
		// blank: none consumed, against 285.93 simulated
		benefits.get("PU0402-AZBULK").put("credits_consumed", "");
		benefits.remove("PU0802-CPSEC");
		List<Map<String, String>> reportedBenefits = new ArrayList<>(benefits.values());
		reportedBenefits.add(row(BENEFIT_COLUMNS, "PU9999-AZBULK", "ACTIVE", "2026-01-01", "", "", "12.50", AS_OF));
		reportedBenefits
			.add(row(BENEFIT_COLUMNS, "PU9998-LATE", "ACTIVE", "2026-01-01", "", "", "12.50", "2026-11-01"));
		write(input.resolve("reported-benefits.csv"), BENEFIT_COLUMNS, reportedBenefits);

		List<Map<String, String>> events = new ArrayList<>(events(baseline));
		// the charges of as-of on Adatum's bulk lot are missing
		events.removeIf(e -> e.get("lot_id").equals("PU0402-AZBULK-01") && e.get("transaction_date").equals(AS_OF)
				&& e.get("event_type").equals("SettledCharges"));
		Map<String, String> unknown = row(EVENT_COLUMNS, "ZZZZ-0000-UNK-NOWN", "PO-1", "2026-10-01", "NewCredit", "EUR",
				"10.00", "", "", "", "", "10.00", "");
		events.add(unknown);
		Map<String, String> late = new HashMap<>(unknown);
		late.put("transaction_date", "2026-11-01");
		events.add(late);
		write(input.resolve("reported-events.csv"), EVENT_COLUMNS, events);
		return input;
	}

	/**
	 * Copies an input folder, sub-folders included, but not its reported extracts: the
	 * bundled samples have their own, and a test starts from none.
	 */
	static void copyWithoutReports(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !isReportedExtract(from, f)).toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isReportedExtract(Path folder, Path file) {
		return file.getParent().equals(folder) && file.getFileName().toString().startsWith("reported-");
	}

	/** Per lot ID, in lots.csv order, the reported row of each lot with a profile. */
	static Map<String, Map<String, String>> lots(Path out, String asOf) {
		Map<String, Map<String, String>> lots = new LinkedHashMap<>();
		for (Map<String, String> lot : RunCommand.rows(out.resolve("lots.csv"))) {
			if (lot.get("billing_profile_id").isEmpty()) {
				continue;
			}
			Map<String, String> row = new LinkedHashMap<>();
			row.put("billing_profile_id", lot.get("billing_profile_id"));
			row.put("lot_reference", lot.get("lot_id"));
			row.put("source", "Partner Center");
			row.put("currency", lot.get("currency"));
			row.put("original_amount", lot.get("original_amount"));
			row.put("closed_balance", lot.get("closed_balance"));
			row.put("start_date", lot.get("start_date"));
			row.put("expiration_date", lot.get("end_date"));
			row.put("status", LotStatuses.reported(lot.get("status")));
			row.put("as_of", asOf);
			lots.put(lot.get("lot_id"), row);
		}
		return lots;
	}

	/** Per benefit ID, in benefits.csv order, its reported row. */
	static Map<String, Map<String, String>> benefits(Path out, String asOf) {
		Map<String, Map<String, String>> benefits = new LinkedHashMap<>();
		for (Map<String, String> benefit : RunCommand.rows(out.resolve("benefits.csv"))) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("benefit_id", benefit.get("benefit_id"));
			row.put("status", benefit.get("status"));
			row.put("redeemed_on", benefit.get("started_on"));
			row.put("billing_profile_id", benefit.get("billing_profile_id"));
			row.put("expiry_date", benefit.get("expires_on"));
			row.put("credits_consumed",
					new BigDecimal(benefit.get("charged")).subtract(new BigDecimal(benefit.get("adjusted")))
						.toPlainString());
			row.put("as_of", asOf);
			benefits.put(benefit.get("benefit_id"), row);
		}
		return benefits;
	}

	/**
	 * In events.csv order, a transaction per event of a lot with a profile: its amount in
	 * the column of its type.
	 */
	static List<Map<String, String>> events(Path out) {
		Map<String, Map<String, String>> lots = new HashMap<>();
		RunCommand.rows(out.resolve("lots.csv")).forEach(lot -> lots.put(lot.get("lot_id"), lot));
		List<Map<String, String>> events = new ArrayList<>();
		for (Map<String, String> event : RunCommand.rows(out.resolve("events.csv"))) {
			Map<String, String> lot = lots.get(event.get("lot_id"));
			if (lot.get("billing_profile_id").isEmpty()) {
				continue;
			}
			Map<String, String> row = new LinkedHashMap<>();
			EVENT_COLUMNS.forEach(column -> row.put(column, ""));
			row.put("billing_profile_id", lot.get("billing_profile_id"));
			row.put("lot_id", event.get("lot_id"));
			row.put("transaction_date", event.get("date"));
			row.put("currency", lot.get("currency"));
			row.put("closed_balance", event.get("closed_balance"));
			String[] typeAndColumn = switch (event.get("event_type")) {
				case "NEW_CREDIT" -> new String[] { "NewCredit", "new_credit" };
				case "SETTLED_CHARGES" -> new String[] { "SettledCharges", "charges" };
				case "CREDIT_LAPSED", "CREDIT_EXPIRED" -> new String[] { "CreditExpired", "credit_expired" };
				case "CREDIT_REVOKED" -> new String[] { "CanceledCredit", "canceled_credit" };
				default -> new String[] { "Adjustment", "adjustments" };
			};
			row.put("event_type", typeAndColumn[0]);
			row.put(typeAndColumn[1], event.get("amount"));
			events.add(row);
		}
		return events;
	}

	/** A reported row from its values in column order. */
	static Map<String, String> row(List<String> columns, String... values) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			row.put(columns.get(i), values[i]);
		}
		return row;
	}

	/** Writes rows under their header (values hold no separator). */
	static void write(Path file, List<String> columns, Collection<Map<String, String>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
		for (Map<String, String> row : rows) {
			text.append(String.join(",", columns.stream().map(row::get).toList())).append('\n');
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
