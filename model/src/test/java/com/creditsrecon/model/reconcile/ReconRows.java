package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;
import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.result.LotRow;

/**
 * Hand-made simulated and reported rows for the reconciliation rule tests: small builders
 * whose defaults agree with each other, so that a test names only what it is about.
 */
final class ReconRows {

	/**
	 * The owners of the profiles the tests name: P1, the partner of every simulated row,
	 * owns BP1 and BP2; no known partner owns the others.
	 */
	static final Map<String, String> OWNERS = Map.of("BP1", "P1", "BP2", "P1");

	/** The as-of day of every test unless it says otherwise. */
	static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

	private ReconRows() {
	}

	/** As-of 2025-06-30, the policy defaults: match-days 2, tolerance 0.01. */
	static ReconciliationSettings settings() {
		return new ReconciliationSettings(AS_OF, 2, new BigDecimal("0.01"));
	}

	static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	/**
	 * An ACTIVE USD lot of 100.00 on BP1, untouched, from 2025-06-01 to 2025-07-31, the
	 * only lot of benefit {@code BEN-<lotId>}.
	 */
	static Lot lot(String lotId) {
		return new Lot(lotId);
	}

	/**
	 * A reported lot on BP1 without a reference: USD 100.00, untouched, from 2025-06-01
	 * to 2025-07-31, Active, as of the as-of day.
	 */
	static Reported reported(long line) {
		return new Reported(line);
	}

	/** A started ACTIVE USD benefit on BP1 with nothing charged and 1000.00 left. */
	static Benefit benefit(String benefitId) {
		return new Benefit(benefitId);
	}

	/** Partner Center's faithful view of a simulated benefit. */
	static ReportedBenefit reportedBenefit(long line, BenefitRow benefit) {
		return new ReportedBenefit(line, benefit.benefitId(), benefit.status(), benefit.startedOn(),
				benefit.billingProfileId(), benefit.expiresOn(), benefit.charged().subtract(benefit.adjusted()), AS_OF);
	}

	static EventRow event(String date, String lotId, EventType type, String currency, String amount) {
		return new EventRow(day(date), lotId, "BEN-" + lotId, type, currency, money(amount), BigDecimal.ZERO, "P1", "");
	}

	/**
	 * A reported transaction with no amounts; set them with the {@code with*} methods.
	 */
	static ReportedTransaction transaction(long line, String profile, String date, String eventType, String currency) {
		return new ReportedTransaction(line, profile, date, eventType, currency);
	}

	static ReportedCredit credit(String profile, String month, String currency, String amount) {
		return new ReportedCredit(profile, YearMonth.parse(month), currency, money(amount));
	}

	static Input input() {
		return new Input();
	}

	static <T> T one(List<T> rows, Predicate<T> which, String what) {
		List<T> found = rows.stream().filter(which).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one " + what + ", found " + found.size() + " in " + rows);
		}
		return found.get(0);
	}

	static List<String> fields(List<BreakRow> rows) {
		return rows.stream().map(BreakRow::field).toList();
	}

	static List<BreakClass> classes(List<BreakRow> rows) {
		return rows.stream().map(BreakRow::breakClass).toList();
	}

	static List<BreakRow> ofObject(List<BreakRow> rows, BreakObject object) {
		return rows.stream().filter(row -> row.object() == object).toList();
	}

	/** A simulated lot (lots.csv row). */
	static final class Lot {

		private final String lotId;

		private String benefitId;

		private String billingProfileId = "BP1";

		private String currency = "USD";

		private String originalAmount = "100.00";

		private String closedBalance = "100.00";

		private String startDate = "2025-06-01";

		private String endDate = "2025-07-31";

		private String status = "ACTIVE";

		private Lot(String lotId) {
			this.lotId = lotId;
			this.benefitId = "BEN-" + lotId;
		}

		Lot benefit(String benefitId) {
			this.benefitId = benefitId;
			return this;
		}

		Lot profile(String billingProfileId) {
			this.billingProfileId = billingProfileId;
			return this;
		}

		Lot currency(String currency) {
			this.currency = currency;
			return this;
		}

		Lot original(String amount) {
			this.originalAmount = amount;
			return this;
		}

		Lot closed(String amount) {
			this.closedBalance = amount;
			return this;
		}

		Lot start(String date) {
			this.startDate = date;
			return this;
		}

		Lot end(String date) {
			this.endDate = date;
			return this;
		}

		Lot status(String status) {
			this.status = status;
			return this;
		}

		LotRow row() {
			BigDecimal original = money(this.originalAmount);
			BigDecimal closed = money(this.closedBalance);
			// what left the lot counts as charged; only the balance matters here
			return new LotRow(this.lotId, this.benefitId, "PU1", "P1", "AZURE_MONTHLY", "MODERNIZED", "BILLING_PROFILE",
					this.billingProfileId, "", this.currency, original, day(this.startDate), day(this.endDate),
					original.subtract(closed), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
					closed, this.status);
		}

		/** Azure's faithful view of the lot: referenced by its lot ID. */
		ReportedLot copy(long line) {
			LotRow row = row();
			return new ReportedLot(line, row.billingProfileId(), row.lotId(), "Partner", row.currency(),
					row.originalAmount(), row.closedBalance(), row.startDate(), row.endDate(),
					LotStatuses.reported(row.status()), AS_OF);
		}

	}

	/** A reported lot (reported-lots.csv row). */
	static final class Reported {

		private final long line;

		private String billingProfileId = "BP1";

		private String lotReference = "";

		private String currency = "USD";

		private String originalAmount = "100.00";

		private String closedBalance = "100.00";

		private String startDate = "2025-06-01";

		private String expirationDate = "2025-07-31";

		private String status = "Active";

		private LocalDate asOf = AS_OF;

		private Reported(long line) {
			this.line = line;
		}

		Reported profile(String billingProfileId) {
			this.billingProfileId = billingProfileId;
			return this;
		}

		Reported reference(String lotReference) {
			this.lotReference = lotReference;
			return this;
		}

		Reported currency(String currency) {
			this.currency = currency;
			return this;
		}

		Reported original(String amount) {
			this.originalAmount = amount;
			return this;
		}

		Reported closed(String amount) {
			this.closedBalance = amount;
			return this;
		}

		Reported start(String date) {
			this.startDate = date;
			return this;
		}

		Reported expiration(String date) {
			this.expirationDate = date;
			return this;
		}

		Reported status(String status) {
			this.status = status;
			return this;
		}

		Reported asOf(String date) {
			this.asOf = day(date);
			return this;
		}

		ReportedLot row() {
			return new ReportedLot(this.line, this.billingProfileId, this.lotReference, "Partner", this.currency,
					money(this.originalAmount), money(this.closedBalance), day(this.startDate),
					(this.expirationDate == null) ? null : day(this.expirationDate), this.status, this.asOf);
		}

	}

	/** A simulated benefit (benefits.csv row). */
	static final class Benefit {

		private final String benefitId;

		private String status = "ACTIVE";

		private LocalDate startedOn = day("2025-01-10");

		private String billingProfileId = "BP1";

		private LocalDate expiresOn = day("2026-01-09");

		private String currency = "USD";

		private String charged = "0.00";

		private String adjusted = "0.00";

		private String closedBalance = "1000.00";

		private Benefit(String benefitId) {
			this.benefitId = benefitId;
		}

		Benefit status(String status) {
			this.status = status;
			return this;
		}

		Benefit startedOn(String date) {
			this.startedOn = (date == null) ? null : day(date);
			return this;
		}

		Benefit profile(String billingProfileId) {
			this.billingProfileId = billingProfileId;
			return this;
		}

		Benefit expiresOn(String date) {
			this.expiresOn = (date == null) ? null : day(date);
			return this;
		}

		Benefit currency(String currency) {
			this.currency = currency;
			return this;
		}

		Benefit charged(String amount) {
			this.charged = amount;
			return this;
		}

		Benefit adjusted(String amount) {
			this.adjusted = amount;
			return this;
		}

		Benefit closed(String amount) {
			this.closedBalance = amount;
			return this;
		}

		BenefitRow row() {
			BigDecimal closed = money(this.closedBalance);
			BigDecimal granted = closed.add(money(this.charged)).subtract(money(this.adjusted));
			return new BenefitRow(this.benefitId, "PU1", "P1", "US", "NA", "AZURE_BULK", "MODERNIZED", this.status,
					day("2025-01-01"), null, this.startedOn, this.billingProfileId, "", "", 0, this.currency, granted,
					granted, money(this.charged), money(this.adjusted), BigDecimal.ZERO, BigDecimal.ZERO,
					BigDecimal.ZERO, closed, BigDecimal.ZERO, this.expiresOn);
		}

	}

	/** A reported transaction (reported-events.csv row). */
	static final class ReportedTransaction {

		private final long line;

		private final String billingProfileId;

		private final LocalDate transactionDate;

		private final String eventType;

		private final String currency;

		private final BigDecimal[] amounts = new BigDecimal[5];

		private ReportedTransaction(long line, String billingProfileId, String date, String eventType,
				String currency) {
			this.line = line;
			this.billingProfileId = billingProfileId;
			this.transactionDate = day(date);
			this.eventType = eventType;
			this.currency = currency;
		}

		ReportedTransaction withNewCredit(String amount) {
			return with(0, amount);
		}

		ReportedTransaction withCharges(String amount) {
			return with(1, amount);
		}

		ReportedTransaction withCreditExpired(String amount) {
			return with(2, amount);
		}

		ReportedTransaction withCanceledCredit(String amount) {
			return with(3, amount);
		}

		ReportedTransaction withAdjustments(String amount) {
			return with(4, amount);
		}

		/**
		 * A simulated event's amount in the column Azure shows it in, charges negative.
		 */
		ReportedTransaction with(EventType type, BigDecimal amount) {
			return switch (type) {
				case NEW_CREDIT -> with(0, amount);
				case SETTLED_CHARGES -> with(1, amount.negate());
				case CREDIT_LAPSED, CREDIT_EXPIRED -> with(2, amount);
				case CREDIT_REVOKED -> with(3, amount);
				case ADJUSTMENT -> with(4, amount);
			};
		}

		private ReportedTransaction with(int column, String amount) {
			return with(column, money(amount));
		}

		private ReportedTransaction with(int column, BigDecimal amount) {
			this.amounts[column] = amount;
			return this;
		}

		ReportedEvent row() {
			return new ReportedEvent(this.line, this.billingProfileId, "", this.transactionDate, this.eventType,
					this.currency, this.amounts[0], this.amounts[1], this.amounts[2], this.amounts[3], this.amounts[4]);
		}

	}

	/** A unit of reconciliation; every reported extract is present unless said. */
	static final class Input {

		private final List<LotRow> lots = new ArrayList<>();

		private final List<EventRow> events = new ArrayList<>();

		private final List<BenefitRow> benefits = new ArrayList<>();

		private final List<ReportedLot> reportedLots = new ArrayList<>();

		private final List<ReportedEvent> reportedEvents = new ArrayList<>();

		private final List<ReportedBenefit> reportedBenefits = new ArrayList<>();

		private final List<ReportedCredit> credits = new ArrayList<>();

		private Set<ReportedExtract> present = EnumSet.allOf(ReportedExtract.class);

		private final Map<String, String> owners = new HashMap<>(OWNERS);

		Input lots(Lot... lots) {
			Arrays.stream(lots).map(Lot::row).forEach(this.lots::add);
			return this;
		}

		Input lotRows(List<LotRow> lots) {
			this.lots.addAll(lots);
			return this;
		}

		Input reported(Reported... reported) {
			Arrays.stream(reported).map(Reported::row).forEach(this.reportedLots::add);
			return this;
		}

		Input reportedLots(List<ReportedLot> reported) {
			this.reportedLots.addAll(reported);
			return this;
		}

		Input events(EventRow... events) {
			this.events.addAll(Arrays.asList(events));
			return this;
		}

		Input eventRows(List<EventRow> events) {
			this.events.addAll(events);
			return this;
		}

		Input benefits(Benefit... benefits) {
			Arrays.stream(benefits).map(Benefit::row).forEach(this.benefits::add);
			return this;
		}

		Input benefitRows(List<BenefitRow> benefits) {
			this.benefits.addAll(benefits);
			return this;
		}

		Input reportedBenefits(ReportedBenefit... reported) {
			this.reportedBenefits.addAll(Arrays.asList(reported));
			return this;
		}

		Input reportedBenefitRows(List<ReportedBenefit> reported) {
			this.reportedBenefits.addAll(reported);
			return this;
		}

		Input transactions(ReportedTransaction... transactions) {
			Arrays.stream(transactions).map(ReportedTransaction::row).forEach(this.reportedEvents::add);
			return this;
		}

		Input reportedEventRows(List<ReportedEvent> reported) {
			this.reportedEvents.addAll(reported);
			return this;
		}

		Input credits(ReportedCredit... credits) {
			this.credits.addAll(Arrays.asList(credits));
			return this;
		}

		Input creditRows(List<ReportedCredit> credits) {
			this.credits.addAll(credits);
			return this;
		}

		/** Another partner owns a profile. */
		Input owner(String billingProfileId, String partnerId) {
			this.owners.put(billingProfileId, partnerId);
			return this;
		}

		/** Only these reported extracts are in the input folder. */
		Input present(ReportedExtract... present) {
			this.present = present.length == 0 ? EnumSet.noneOf(ReportedExtract.class)
					: EnumSet.copyOf(Arrays.asList(present));
			return this;
		}

		ReconciliationInput build() {
			return new ReconciliationInput(this.lots, this.events, this.benefits, this.reportedLots,
					this.reportedEvents, this.reportedBenefits, this.credits, this.present,
					ProfileOwners.of(this.owners));
		}

		List<BreakRow> reconcile() {
			return Reconciliation.reconcile(build(), settings());
		}

		List<BreakRow> reconcile(ReconciliationSettings settings) {
			return Reconciliation.reconcile(build(), settings);
		}

	}

}
