package com.creditsrecon.reports.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.creditsrecon.model.result.BenefitRow;
import com.creditsrecon.model.result.ConsumptionRow;
import com.creditsrecon.model.result.DecisionRow;
import com.creditsrecon.model.result.EligibilityRow;
import com.creditsrecon.model.result.EventRow;
import com.creditsrecon.model.result.LotRow;
import com.creditsrecon.model.result.RevocationRow;
import com.creditsrecon.model.result.RollforwardRow;

/**
 * The simulation's output files (outputs.md): names, columns, and the cells of a row,
 * dates {@code yyyy-MM-dd}, months {@code yyyy-MM}, instants
 * {@code yyyy-MM-ddTHH:mm:ssZ}, amounts at the currency's minor unit, text guarded
 * against formulas, blank for none. The rows' order is the caller's: each file is
 * streamed sorted by its first columns (events by date, lot and the T2 order of their
 * type).
 */
public final class SimulationFiles {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	public static final ResultFile<BenefitRow> BENEFITS = ResultFile.of("benefits.csv",
			List.of("benefit_id", "purchase_id", "partner_id", "country", "region", "benefit_type", "experience",
					"status", "provisioned_on", "activate_by", "started_on", "billing_profile_id", "subscription_id",
					"assigned_user", "reassignments_used", "currency", "entitlement", "granted", "charged", "adjusted",
					"lapsed", "expired", "revoked", "closed_balance", "forfeited", "expires_on"),
			r -> new String[] { text(r.benefitId()), text(r.purchaseId()), text(r.partnerId()), text(r.country()),
					text(r.region()), text(r.benefitType()), text(r.experience()), text(r.status()),
					date(r.provisionedOn()), date(r.activateBy()), date(r.startedOn()), text(r.billingProfileId()),
					text(r.subscriptionId()), text(r.assignedUser()), Integer.toString(r.reassignmentsUsed()),
					text(r.currency()), amount(r.entitlement(), r.currency()), amount(r.granted(), r.currency()),
					amount(r.charged(), r.currency()), amount(r.adjusted(), r.currency()),
					amount(r.lapsed(), r.currency()), amount(r.expired(), r.currency()),
					amount(r.revoked(), r.currency()), amount(r.closedBalance(), r.currency()),
					amount(r.forfeited(), r.currency()), date(r.expiresOn()) });

	public static final ResultFile<LotRow> LOTS = ResultFile.of("lots.csv",
			List.of("lot_id", "benefit_id", "purchase_id", "partner_id", "benefit_type", "experience", "scope_type",
					"billing_profile_id", "subscription_id", "currency", "original_amount", "start_date", "end_date",
					"charged", "adjusted", "lapsed", "expired", "revoked", "closed_balance", "status"),
			r -> new String[] { text(r.lotId()), text(r.benefitId()), text(r.purchaseId()), text(r.partnerId()),
					text(r.benefitType()), text(r.experience()), text(r.scopeType()), text(r.billingProfileId()),
					text(r.subscriptionId()), text(r.currency()), amount(r.originalAmount(), r.currency()),
					date(r.startDate()), date(r.endDate()), amount(r.charged(), r.currency()),
					amount(r.adjusted(), r.currency()), amount(r.lapsed(), r.currency()),
					amount(r.expired(), r.currency()), amount(r.revoked(), r.currency()),
					amount(r.closedBalance(), r.currency()), text(r.status()) });

	public static final ResultFile<EventRow> EVENTS = ResultFile.of("events.csv",
			List.of("date", "lot_id", "benefit_id", "event_type", "amount", "closed_balance"),
			r -> new String[] { date(r.date()), text(r.lotId()), text(r.benefitId()), r.eventType().name(),
					amount(r.amount(), r.currency()), amount(r.closedBalance(), r.currency()) });

	public static final ResultFile<DecisionRow> DECISIONS = ResultFile.of("decisions.csv",
			List.of("action_id", "at", "action", "partner_id", "benefit_id", "billing_profile_id", "subscription_id",
					"user_upn", "actor_upn", "target_id", "value", "outcome", "reason_code", "message"),
			r -> new String[] { text(r.actionId()), instant(r.at()), text(r.action()), text(r.partnerId()),
					text(r.benefitId()), text(r.billingProfileId()), text(r.subscriptionId()), text(r.userUpn()),
					text(r.actorUpn()), text(r.targetId()), text(r.value()), r.accepted() ? "ACCEPTED" : "REJECTED",
					text(r.reasonCode()), text(r.message()) });

	public static final ResultFile<EligibilityRow> ELIGIBILITY = ResultFile.of("eligibility.csv",
			List.of("benefit_id", "partner_id", "billing_profile_id", "status", "reason_code"),
			r -> new String[] { text(r.benefitId()), text(r.partnerId()), text(r.billingProfileId()), text(r.status()),
					text(r.reasonCode()) });

	/**
	 * One row per (billing profile, month, classification, currency): rows of the same
	 * key from several simulations (a profile named by the usage of two partners, or
	 * unattributed usage simulated in parts) are summed.
	 */
	public static final ResultFile<ConsumptionRow> CONSUMPTION = ResultFile.combining("consumption.csv",
			List.of("billing_profile_id", "month", "classification", "currency", "rows", "amount", "covered",
					"uncovered", "restored", "unapplied"),
			r -> new String[] { text(r.billingProfileId()), month(r.month()), text(r.classification()),
					text(r.currency()), Long.toString(r.rows()), amount(r.amount(), r.currency()),
					amount(r.covered(), r.currency()), amount(r.uncovered(), r.currency()),
					amount(r.restored(), r.currency()), amount(r.unapplied(), r.currency()) },
			SimulationFiles::sameConsumptionKey, SimulationFiles::sum);

	public static final ResultFile<RevocationRow> REVOCATIONS = ResultFile.of("revocations.csv",
			List.of("purchase_id", "benefit_id", "partner_id", "revoked_on", "currency", "granted", "remaining_revoked",
					"clawback", "lapsed", "expired", "future_cancelled"),
			r -> new String[] { text(r.purchaseId()), text(r.benefitId()), text(r.partnerId()), date(r.revokedOn()),
					text(r.currency()), amount(r.granted(), r.currency()), amount(r.remainingRevoked(), r.currency()),
					amount(r.clawback(), r.currency()), amount(r.lapsed(), r.currency()),
					amount(r.expired(), r.currency()), amount(r.futureCancelled(), r.currency()) });

	public static final ResultFile<RollforwardRow> ROLLFORWARD = ResultFile.of("rollforward.csv",
			List.of("scope_type", "scope_id", "currency", "month", "opening", "new_credit", "charges", "adjustments",
					"lapsed", "expired", "revoked", "closing"),
			r -> new String[] { text(r.scopeType()), text(r.scopeId()), text(r.currency()), month(r.month()),
					amount(r.opening(), r.currency()), amount(r.newCredit(), r.currency()),
					amount(r.charges(), r.currency()), amount(r.adjustments(), r.currency()),
					amount(r.lapsed(), r.currency()), amount(r.expired(), r.currency()),
					amount(r.revoked(), r.currency()), amount(r.closing(), r.currency()) });

	/** Every file, in the order outputs.md lists them. */
	public static final List<ResultFile<?>> ALL = List.of(BENEFITS, LOTS, EVENTS, DECISIONS, ELIGIBILITY, CONSUMPTION,
			REVOCATIONS, ROLLFORWARD);

	private SimulationFiles() {
	}

	private static boolean sameConsumptionKey(ConsumptionRow a, ConsumptionRow b) {
		return a.billingProfileId().equals(b.billingProfileId()) && a.month().equals(b.month())
				&& a.classification().equals(b.classification()) && a.currency().equals(b.currency());
	}

	private static ConsumptionRow sum(ConsumptionRow a, ConsumptionRow b) {
		return new ConsumptionRow(a.billingProfileId(), a.month(), a.classification(), a.currency(),
				a.rows() + b.rows(), a.amount().add(b.amount()), a.covered().add(b.covered()),
				a.uncovered().add(b.uncovered()), a.restored().add(b.restored()), a.unapplied().add(b.unapplied()));
	}

	private static String text(String value) {
		return CsvOutput.text(value);
	}

	private static String amount(BigDecimal value, String currency) {
		return CsvOutput.amount(value, currency);
	}

	/** {@code yyyy-MM-dd}, blank for none. */
	public static String date(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** {@code yyyy-MM}, blank for none. */
	public static String month(YearMonth month) {
		return month == null ? "" : month.toString();
	}

	/** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, blank for none. */
	public static String instant(Instant instant) {
		return instant == null ? "" : INSTANT.format(instant);
	}

}
