package com.creditsrecon.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import com.creditsrecon.generator.FaultPlan.Assignment;
import com.creditsrecon.generator.FaultPlan.Fault;
import com.creditsrecon.model.money.Currencies;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.BreakRow;
import com.creditsrecon.model.reconcile.LotStatuses;

/**
 * The reported extracts of a generated world: the simulated truth (the {@code run}
 * command's lots.csv, events.csv and benefits.csv at {@code as-of}) as Azure and Partner
 * Center would show it, equal to it but for K injected faults, each on a lot, a benefit
 * or a month of transactions of its own. injected-breaks.csv is the answer key: every
 * break row each fault must make reconciliation (rules RC1 to RC6) report, and nothing
 * else is reported. Lots and benefits are read one partner at a time; memory holds one
 * partner's rows, the lots with a billing profile (events.csv names lots only) and 7 × K
 * candidates.
 */
public final class ReportedExtracts {

	public static final String LOTS_FILE = "reported-lots.csv";

	public static final String EVENTS_FILE = "reported-events.csv";

	public static final String BENEFITS_FILE = "reported-benefits.csv";

	/** The answer key: every break row the injected faults must produce. */
	public static final String ANSWER_KEY = "injected-breaks.csv";

	private static final String ACTIVE = "Active";

	/**
	 * The columns of reported-events.csv: an event's amount goes in its type's column.
	 */
	private static final List<String> REPORTED_EVENT_COLUMNS = List.of("billing_profile_id", "lot_id",
			"transaction_date", "event_type", "currency", "new_credit", "charges", "credit_expired", "canceled_credit",
			"adjustments", "closed_balance", "invoice_number");

	private final Path dir;

	private final Path truth;

	private final LocalDate asOf;

	private final long seed;

	private final BigDecimal tolerance;

	private final int matchDays;

	private ReportedExtracts(Path dir, Path truth, LocalDate asOf, long seed) {
		this.dir = dir;
		this.truth = truth;
		this.asOf = asOf;
		this.seed = seed;
		// a generated folder has no policy.properties: reconciliation runs on the
		// defaults
		Policy policy = Policy.defaults();
		this.tolerance = policy.tolerance();
		this.matchDays = policy.matchDays();
	}

	/**
	 * Writes the reported extracts and the answer key into {@code dir}.
	 * @param dir the generated input folder (partners.csv and billing-profiles.csv are
	 * read from it)
	 * @param truthOut the output folder of {@code run} on {@code dir} at {@code asOf}
	 * @param faults how many faults to inject (0: the reports agree with the truth)
	 * @param seed the world's seed: the same arguments always give the same bytes
	 * @throws IllegalStateException when the truth files are not ordered as this needs; a
	 * {@link NoRoomForFaultsException} when the world has fewer places for a fault than
	 * {@code faults}
	 */
	public static Summary write(Path dir, Path truthOut, LocalDate asOf, int faults, long seed) throws IOException {
		return new ReportedExtracts(dir, truthOut, asOf, seed).write(faults);
	}

	private Summary write(int faults) throws IOException {
		LotIndex index = LotIndex.read(this.truth.resolve(Truth.LOTS));
		FaultPlan plan = new FaultPlan(faults, this.seed);
		scanEvents(index, plan);
		forEachPartner((lots, benefits, profiles) -> offerCandidates(new PartnerLots(lots), benefits, index, plan));
		Assignment assignment = plan.assign();
		List<Answer> answers = new ArrayList<>();
		List<GenerateSummary.FileRows> files = new ArrayList<>();
		try (CsvTable lotTable = new CsvTable(this.dir, LOTS_FILE,
				List.of("billing_profile_id", "lot_reference", "source", "currency", "original_amount",
						"closed_balance", "start_date", "expiration_date", "status", "as_of"));
				CsvTable benefitTable = new CsvTable(this.dir, BENEFITS_FILE, List.of("benefit_id", "status",
						"redeemed_on", "billing_profile_id", "expiry_date", "credits_consumed", "as_of"))) {
			Map<String, Fault> lotFaults = assignment.byTarget(BreakObject.LOT);
			Map<String, Fault> benefitFaults = assignment.byTarget(BreakObject.BENEFIT);
			forEachPartner((lots, benefits, profiles) -> {
				writeLots(new PartnerLots(lots), profiles, index, lotFaults, lotTable, answers);
				writeBenefits(benefits, benefitFaults, benefitTable, answers);
			});
			files.add(new GenerateSummary.FileRows(LOTS_FILE, 1, lotTable.rows()));
			files.add(new GenerateSummary.FileRows(BENEFITS_FILE, 1, benefitTable.rows()));
		}
		long events = writeEvents(index, assignment.byEventRecord(), answers);
		files.add(new GenerateSummary.FileRows(EVENTS_FILE, 1, events));
		files.add(new GenerateSummary.FileRows(ANSWER_KEY, 1, writeAnswerKey(answers)));
		Map<String, Integer> perKind = new LinkedHashMap<>();
		assignment.perKind().forEach((kind, count) -> perKind.put(kind.name(), count));
		return new Summary(files, faults, answers.size(), perKind, assignment.moved());
	}

	/**
	 * events.csv: each lot's settled charges of {@code as-of} and the day before, and
	 * every transaction as a candidate for a transactions fault (one per month's key).
	 */
	private void scanEvents(LotIndex index, FaultPlan plan) throws IOException {
		LocalDate dayBefore = this.asOf.minusDays(1);
		try (CsvRows rows = openEvents()) {
			forEachEvent(rows, index, (row, position, date) -> {
				if (row.get("event_type").equals("SETTLED_CHARGES") && !date.isBefore(dayBefore)) {
					index.addRecentCharges(position, new BigDecimal(row.get("amount")));
				}
				long record = row.getRecordNumber();
				plan.offer(FaultKind.TRANSACTIONS_UNEXPLAINED, transactionsKey(index, position, date), 1,
						Long.toString(record), record);
			});
		}
	}

	private CsvRows openEvents() throws IOException {
		return CsvRows.open(this.truth.resolve(Truth.EVENTS), Truth.EVENT_COLUMNS);
	}

	/**
	 * An event of events.csv that the reports show, with its lot's place in the index.
	 */
	private interface EventVisitor {

		void visit(CSVRecord row, int position, LocalDate date) throws IOException;

	}

	/**
	 * The events the reports show: those of lots with a billing profile (Azure knows no
	 * other), up to {@code as-of}.
	 */
	private void forEachEvent(CsvRows rows, LotIndex index, EventVisitor visitor) throws IOException {
		while (rows.hasNext()) {
			CSVRecord row = rows.next();
			int position = index.find(row.get("lot_id"));
			LocalDate date = LocalDate.parse(row.get("date"));
			if (position >= 0 && !date.isAfter(this.asOf)) {
				visitor.visit(row, position, date);
			}
		}
	}

	private void offerCandidates(PartnerLots partner, List<Truth.Benefit> benefits, LotIndex index, FaultPlan plan) {
		for (Truth.Lot lot : partner.onProfile) {
			// faults go only on lots that keep their reference
			if (partner.reference(lot).isEmpty()) {
				continue;
			}
			Set<FaultKind> kinds = partner.kinds(lot, index.recentCharges(lot.lotId()));
			// lots that fit none of the rare kinds first, so that those keep their few
			// places; then lots with a balance (a missing deposit of nothing says little)
			int rare = (int) kinds.stream().filter(FaultKind::rare).count();
			int rank = rare * 2 + (lot.closedBalance().signum() == 0 ? 1 : 0);
			for (FaultKind kind : kinds) {
				plan.offer(kind, lot.lotId(), rank, lot.lotId(), 0);
			}
		}
		for (Truth.Benefit benefit : benefits) {
			plan.offer(FaultKind.BENEFIT_UNEXPLAINED, benefit.benefitId(), 1, benefit.benefitId(), 0);
		}
	}

	/** One partner's truth lots, benefits and billing profiles. */
	private interface PartnerVisitor {

		void visit(List<Truth.Lot> lots, List<Truth.Benefit> benefits, List<String> profiles) throws IOException;

	}

	/**
	 * Partner by partner, in the order of partners.csv: lots.csv and benefits.csv are
	 * sorted by IDs that begin with the purchase ID ({@code PU<partner><nn>}), and the
	 * generator writes billing-profiles.csv partner after partner, so each partner's rows
	 * are together; this is checked, not assumed.
	 */
	private void forEachPartner(PartnerVisitor visitor) throws IOException {
		try (CsvRows partners = CsvRows.open(this.dir.resolve("partners.csv"), "partner_id");
				CsvRows.ByPartner<Truth.Lot> lots = new CsvRows.ByPartner<>(
						CsvRows.open(this.truth.resolve(Truth.LOTS), Truth.LOT_COLUMNS), "partner_id", Truth.Lot::of);
				CsvRows.ByPartner<Truth.Benefit> benefits = new CsvRows.ByPartner<>(
						CsvRows.open(this.truth.resolve(Truth.BENEFITS), Truth.BENEFIT_COLUMNS), "partner_id",
						Truth.Benefit::of);
				CsvRows.ByPartner<String> profiles = new CsvRows.ByPartner<>(
						CsvRows.open(this.dir.resolve("billing-profiles.csv"), "billing_profile_id", "partner_id"),
						"partner_id", row -> row.get("billing_profile_id"))) {
			while (partners.hasNext()) {
				String partnerId = partners.next().get("partner_id");
				visitor.visit(lots.take(partnerId), benefits.take(partnerId), profiles.take(partnerId));
			}
			lots.finish();
			benefits.finish();
			profiles.finish();
		}
	}

	private void writeLots(PartnerLots partner, List<String> profiles, LotIndex index, Map<String, Fault> faults,
			CsvTable table, List<Answer> answers) throws IOException {
		// the reported keys without a reference (profile and start): an invented lot
		// takes
		// one that no other row has, so that its break row names it alone
		Set<String> extras = new HashSet<>();
		for (Truth.Lot lot : partner.onProfile) {
			if (partner.reference(lot).isEmpty()) {
				extras.add(lot.billingProfileId() + "|" + lot.startDate());
			}
		}
		for (Truth.Lot lot : partner.onProfile) {
			ReportedLot row = ReportedLot.of(lot, partner.reference(lot), this.asOf);
			Fault fault = faults.get(lot.lotId());
			if (fault == null) {
				row.write(table);
				continue;
			}
			switch (fault.kind()) {
				case REVOCATION_NOT_APPLIED ->
					balanceShown(fault, lot, row.shown(lot.revoked(), ACTIVE), table, answers);
				case LAPSE_NOT_APPLIED -> balanceShown(fault, lot,
						row.shown(lot.closedBalance().add(lot.lapsed()).add(lot.expired()), ACTIVE), table, answers);
				case TIMING -> {
					String status = lot.status().equals("COMPLETE") ? ACTIVE : row.status();
					BigDecimal charges = index.recentCharges(lot.lotId());
					balanceShown(fault, lot, row.shown(lot.closedBalance().add(charges), status), table, answers);
				}
				case DEPOSIT_MISSING -> answers.add(Answer.lot(fault, lot.lotId(), "", BreakRow.MISSING_IN_REPORT));
				case LOT_UNEXPLAINED -> unexplained(fault, partner, profiles, lot, row, extras, table, answers);
				default -> throw new IllegalStateException("not a lot fault: " + fault);
			}
		}
	}

	/**
	 * A lot reported with a balance the truth no longer has (and Active): a row for the
	 * balance, and one for the status unless the truth is Active too.
	 */
	private void balanceShown(Fault fault, Truth.Lot lot, ReportedLot row, CsvTable table, List<Answer> answers)
			throws IOException {
		if (!differ(lot.closedBalance(), row.closedBalance())) {
			throw new IllegalStateException("fault " + fault + " on " + lot + " changes no balance");
		}
		row.write(table);
		answers.add(Answer.lot(fault, lot.lotId(), row.reportedKey(), "closed_balance"));
		if (!LotStatuses.match(lot.status(), row.status())) {
			answers.add(Answer.lot(fault, lot.lotId(), row.reportedKey(), "status"));
		}
	}

	/**
	 * An active lot (whose window goes on), so that no earlier class fits: its original
	 * amount changed, or reported on another of the partner's profiles (its reference
	 * kept, so that it still pairs), or reported as it is beside a lot Azure invents (no
	 * reference, an amount no lot of that profile has, so that it pairs with none). The
	 * forms take turns, a form that cannot apply giving way to the next.
	 */
	private void unexplained(Fault fault, PartnerLots partner, List<String> profiles, Truth.Lot lot, ReportedLot row,
			Set<String> extras, CsvTable table, List<Answer> answers) throws IOException {
		for (int turn = 0; turn < 3; turn++) {
			int form = (fault.variant() + turn) % 3;
			if (form == 1) {
				String other = otherProfile(lot, profiles);
				if (other != null) {
					ReportedLot moved = row.onProfile(other);
					moved.write(table);
					answers.add(Answer.lot(fault, lot.lotId(), moved.reportedKey(), "billing_profile_id"));
					return;
				}
			}
			else if (form == 2 && extras.add(lot.billingProfileId() + "|" + lot.startDate())) {
				BigDecimal amount = partner.amountNoLotHas(lot,
						delta(lot.currency(), "extra|" + lot.lotId()).multiply(BigDecimal.TEN));
				ReportedLot extra = row.invented(amount);
				row.write(table);
				extra.write(table);
				answers.add(Answer.lot(fault, "", extra.reportedKey(), BreakRow.UNEXPECTED_IN_REPORT));
				return;
			}
			else if (form == 0) {
				ReportedLot changed = row
					.withOriginalAmount(lot.originalAmount().add(delta(lot.currency(), "original|" + lot.lotId())));
				changed.write(table);
				answers.add(Answer.lot(fault, lot.lotId(), changed.reportedKey(), "original_amount"));
				return;
			}
		}
		throw new IllegalStateException("fault " + fault + ": no form applies to " + lot);
	}

	/**
	 * Another of the partner's billing profiles, chosen from the seed; null when none.
	 */
	private String otherProfile(Truth.Lot lot, List<String> profiles) {
		List<String> others = profiles.stream()
			.filter(p -> !p.equalsIgnoreCase(lot.billingProfileId()))
			.sorted()
			.toList();
		if (others.isEmpty()) {
			return null;
		}
		return others.get(Math.floorMod(FaultPlan.hash(this.seed, "profile", lot.lotId()), others.size()));
	}

	/**
	 * Rule RC5's view. A benefit's fault takes turns over three forms: another status,
	 * other credits consumed, the benefit left out.
	 */
	private void writeBenefits(List<Truth.Benefit> benefits, Map<String, Fault> faults, CsvTable table,
			List<Answer> answers) throws IOException {
		for (Truth.Benefit benefit : benefits) {
			String status = benefit.status();
			BigDecimal consumed = benefit.creditsConsumed();
			Fault fault = faults.get(benefit.benefitId());
			if (fault != null) {
				String id = benefit.benefitId();
				switch (fault.variant() % 3) {
					case 0 -> {
						status = status.equals("ACTIVE") ? "EXPIRED" : "ACTIVE";
						answers.add(Answer.benefit(fault, id, id, "status"));
					}
					case 1 -> {
						consumed = consumed.add(delta(benefit.currency(), "consumed|" + id));
						answers.add(Answer.benefit(fault, id, id, "credits_consumed"));
					}
					default -> {
						answers.add(Answer.benefit(fault, id, "", BreakRow.MISSING_IN_REPORT));
						continue;
					}
				}
			}
			table.row(benefit.benefitId(), status, benefit.startedOn(), benefit.billingProfileId(), benefit.expiresOn(),
					consumed.toPlainString(), this.asOf);
		}
	}

	/**
	 * Rule RC6's view: every event of a lot with a billing profile, in Azure's words, its
	 * amount in the column of its type. events.csv is sorted by date, not by partner: the
	 * lot index gives each event's profile and currency.
	 * @return the rows written
	 */
	private long writeEvents(LotIndex index, Map<Long, Fault> faults, List<Answer> answers) throws IOException {
		try (CsvRows rows = openEvents();
				CsvTable table = new CsvTable(this.dir, EVENTS_FILE, REPORTED_EVENT_COLUMNS)) {
			Object[] cells = new Object[REPORTED_EVENT_COLUMNS.size()];
			forEachEvent(rows, index, (row, position, date) -> {
				AzureEvent type = AzureEvent.of(row.get("event_type"));
				BigDecimal amount = new BigDecimal(row.get("amount"));
				Fault fault = faults.get(row.getRecordNumber());
				if (fault != null) {
					amount = amount.add(delta(index.currency(position), "event|" + row.getRecordNumber()));
					String key = transactionsKey(index, position, date);
					answers.add(new Answer(fault.number(), fault.kind(), BreakObject.TRANSACTIONS, key, key,
							type.column, BreakClass.UNEXPLAINED));
				}
				Arrays.fill(cells, null);
				cells[0] = index.profile(position);
				cells[1] = row.get("lot_id");
				cells[2] = date;
				cells[3] = type.word;
				cells[4] = index.currency(position);
				cells[type.cell] = amount.toPlainString();
				cells[10] = row.get("closed_balance");
				table.row(cells);
			});
			return table.rows();
		}
	}

	/** Rule RC6's key: {@code billing_profile_id|yyyy-MM|currency}. */
	private static String transactionsKey(LotIndex index, int position, LocalDate date) {
		return index.profile(position) + "|" + YearMonth.from(date) + "|"
				+ index.currency(position).toUpperCase(Locale.ROOT);
	}

	/** The simulation's event types in Azure's words, and the amount column of each. */
	private enum AzureEvent {

		NEW_CREDIT("NewCredit", "new_credit"), SETTLED_CHARGES("SettledCharges", "charges"),
		CREDIT_LAPSED("CreditExpired", "credit_expired"), CREDIT_EXPIRED("ExpiredCredit", "credit_expired"),
		CREDIT_REVOKED("CanceledCredit", "canceled_credit"), ADJUSTMENT("PendingAdjustments", "adjustments");

		private final String word;

		private final String column;

		/** The column's place in a row of reported-events.csv. */
		private final int cell;

		AzureEvent(String word, String column) {
			this.word = word;
			this.column = column;
			this.cell = REPORTED_EVENT_COLUMNS.indexOf(column);
		}

		static AzureEvent of(String eventType) {
			try {
				return valueOf(eventType);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("events.csv: unknown event_type " + eventType, ex);
			}
		}

	}

	private long writeAnswerKey(List<Answer> answers) throws IOException {
		answers.sort(Answer.ORDER);
		try (CsvTable table = new CsvTable(this.dir, ANSWER_KEY,
				List.of("fault", "kind", "object", "key", "reported_key", "field", "break_class"))) {
			for (Answer answer : answers) {
				table.row(answer.fault(), answer.kind(), answer.object(), answer.key(), answer.reportedKey(),
						answer.field(), answer.breakClass());
			}
			return table.rows();
		}
	}

	/** A row of the answer key: a break row a fault must produce. */
	record Answer(int fault, FaultKind kind, BreakObject object, String key, String reportedKey, String field,
			BreakClass breakClass) {

		static final Comparator<Answer> ORDER = Comparator.comparingInt(Answer::fault)
			.thenComparing(Answer::object)
			.thenComparing(Answer::key)
			.thenComparing(Answer::reportedKey)
			.thenComparing(Answer::field);

		static Answer lot(Fault fault, String key, String reportedKey, String field) {
			return new Answer(fault.number(), fault.kind(), BreakObject.LOT, key, reportedKey, field,
					fault.kind().breakClass());
		}

		static Answer benefit(Fault fault, String key, String reportedKey, String field) {
			return new Answer(fault.number(), fault.kind(), BreakObject.BENEFIT, key, reportedKey, field,
					BreakClass.UNEXPLAINED);
		}

	}

	/** Rule RC2: a difference above {@code tolerance} is a break. */
	private boolean differ(BigDecimal expected, BigDecimal reported) {
		return expected.subtract(reported).abs().compareTo(this.tolerance) > 0;
	}

	/**
	 * A clear difference, chosen from the seed: 11 to 99 units and some cents (in JPY,
	 * 100 times as much), far above the tolerance.
	 */
	private BigDecimal delta(String currency, String identity) {
		long hash = FaultPlan.hash(this.seed, "delta", identity);
		long units = 11 + Math.floorMod(hash, 89);
		int minor = Currencies.minorDigits(currency);
		if (minor == 0) {
			return BigDecimal.valueOf(units * 100);
		}
		return BigDecimal.valueOf(units * 100 + Math.floorMod(hash >>> 16, 100), 2).setScale(minor);
	}

	/** One partner's lots as Azure shows them, and which faults each could take. */
	private final class PartnerLots {

		private final List<Truth.Lot> onProfile = new ArrayList<>();

		private final Map<String, Integer> lotsPerBenefit = new HashMap<>();

		PartnerLots(List<Truth.Lot> lots) {
			for (Truth.Lot lot : lots) {
				this.lotsPerBenefit.merge(lot.benefitId(), 1, Integer::sum);
				if (lot.onProfile()) {
					this.onProfile.add(lot);
				}
			}
		}

		/**
		 * The lot's reference in Azure (rule RC1): mostly its lot ID; for some lots of a
		 * single-lot benefit (not monthly) the benefit ID; for some isolated lots none,
		 * so that they pair by attributes, with only one way to.
		 */
		String reference(Truth.Lot lot) {
			long draw = Math.floorMod(FaultPlan.hash(ReportedExtracts.this.seed, "reference", lot.lotId()), 100);
			if (draw < 25 && isolated(lot)) {
				return "";
			}
			if (draw < 60 && !lot.benefitType().equals("AZURE_MONTHLY")
					&& this.lotsPerBenefit.get(lot.benefitId()) == 1) {
				return lot.benefitId();
			}
			return lot.lotId();
		}

		/**
		 * No other lot of the same profile and currency is within rule RC1's reach: an
		 * original amount within {@code tolerance} and a start within {@code match-days}.
		 */
		private boolean isolated(Truth.Lot lot) {
			for (Truth.Lot other : this.onProfile) {
				if (other != lot && samePlace(other, lot) && !differ(other.originalAmount(), lot.originalAmount())
						&& Math.abs(ChronoUnit.DAYS.between(other.startDate(), lot.startDate())) <= matchDays) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The faults a lot can take so that rule RC4 gives exactly the fault's class:
		 * every lot can go missing; the others need what their class looks at.
		 */
		Set<FaultKind> kinds(Truth.Lot lot, BigDecimal recentCharges) {
			Set<FaultKind> kinds = EnumSet.of(FaultKind.DEPOSIT_MISSING);
			boolean revoked = lot.status().equals("REVOKED");
			boolean windowOpen = lot.endDate().isAfter(ReportedExtracts.this.asOf);
			if (revoked && lot.revoked().signum() > 0 && differ(lot.closedBalance(), lot.revoked())) {
				kinds.add(FaultKind.REVOCATION_NOT_APPLIED);
			}
			if (!revoked && !windowOpen && differ(lot.lapsed().add(lot.expired()), BigDecimal.ZERO)) {
				kinds.add(FaultKind.LAPSE_NOT_APPLIED);
			}
			if (windowOpen && (lot.status().equals("ACTIVE") || lot.status().equals("COMPLETE"))
					&& differ(recentCharges, BigDecimal.ZERO)) {
				kinds.add(FaultKind.TIMING);
			}
			if (windowOpen && lot.status().equals("ACTIVE")) {
				kinds.add(FaultKind.LOT_UNEXPLAINED);
			}
			return kinds;
		}

		/**
		 * {@code start}, or the first amount above it (by whole units) that no lot of the
		 * same profile and currency comes within {@code tolerance} of.
		 */
		BigDecimal amountNoLotHas(Truth.Lot host, BigDecimal start) {
			BigDecimal amount = start;
			boolean near = true;
			while (near) {
				near = false;
				for (Truth.Lot other : this.onProfile) {
					if (samePlace(other, host) && !differ(other.originalAmount(), amount)) {
						near = true;
						amount = amount.add(BigDecimal.ONE);
						break;
					}
				}
			}
			return amount;
		}

	}

	/** Same billing profile and currency: where rule RC1 pairs lots by attributes. */
	private static boolean samePlace(Truth.Lot a, Truth.Lot b) {
		return a.billingProfileId().equalsIgnoreCase(b.billingProfileId())
				&& a.currency().equalsIgnoreCase(b.currency());
	}

	/** A row of reported-lots.csv. */
	private record ReportedLot(String billingProfileId, String lotReference, String source, String currency,
			BigDecimal originalAmount, BigDecimal closedBalance, LocalDate startDate, LocalDate expirationDate,
			String status, LocalDate asOf) {

		/** The lot as the simulation has it, in Azure's words. */
		static ReportedLot of(Truth.Lot lot, String reference, LocalDate asOf) {
			String source = lot.benefitType().startsWith("AZURE_") ? "Azure credit offer" : "Partner benefit";
			return new ReportedLot(lot.billingProfileId(), reference, source, lot.currency(), lot.originalAmount(),
					lot.closedBalance(), lot.startDate(), lot.endDate(), LotStatuses.reported(lot.status()), asOf);
		}

		/** Rule RC3's name of a reported lot. */
		String reportedKey() {
			return this.billingProfileId + "|" + this.lotReference + "|" + this.startDate;
		}

		ReportedLot shown(BigDecimal balance, String shownStatus) {
			return new ReportedLot(this.billingProfileId, this.lotReference, this.source, this.currency,
					this.originalAmount, balance, this.startDate, this.expirationDate, shownStatus, this.asOf);
		}

		ReportedLot onProfile(String profile) {
			return new ReportedLot(profile, this.lotReference, this.source, this.currency, this.originalAmount,
					this.closedBalance, this.startDate, this.expirationDate, this.status, this.asOf);
		}

		ReportedLot withOriginalAmount(BigDecimal amount) {
			return new ReportedLot(this.billingProfileId, this.lotReference, this.source, this.currency, amount,
					this.closedBalance, this.startDate, this.expirationDate, this.status, this.asOf);
		}

		/** A fresh, untouched lot of that amount, with no reference, beside this one. */
		ReportedLot invented(BigDecimal amount) {
			return new ReportedLot(this.billingProfileId, "", this.source, this.currency, amount, amount,
					this.startDate, this.expirationDate, ACTIVE, this.asOf);
		}

		void write(CsvTable table) throws IOException {
			table.row(this.billingProfileId, this.lotReference, this.source, this.currency,
					this.originalAmount.toPlainString(), this.closedBalance.toPlainString(), this.startDate,
					this.expirationDate, this.status, this.asOf);
		}

	}

	/**
	 * What {@link ReportedExtracts#write} wrote.
	 *
	 * @param files the reported extracts and the answer key, with their data rows
	 * @param faults the faults injected
	 * @param breakRows the break rows they must produce (the answer key's rows)
	 * @param perKind per fault kind, how many faults it got
	 * @param moved per "wanted -> given" kinds, the faults that went to another kind for
	 * want of a place in this world
	 */
	public record Summary(List<GenerateSummary.FileRows> files, int faults, long breakRows,
			Map<String, Integer> perKind, Map<String, Integer> moved) {

		public Summary {
			files = List.copyOf(files);
			perKind = new LinkedHashMap<>(perKind);
			moved = new LinkedHashMap<>(moved);
		}

		/** The console lines on the faults. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			if (this.faults == 0) {
				lines.add("generate: reported extracts as simulated (no injected break)");
				return lines;
			}
			StringBuilder kinds = new StringBuilder();
			this.perKind.forEach((kind,
					count) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(kind).append(' ').append(count));
			lines.add(String.format(Locale.ROOT, "generate: %d injected breaks, %d break rows to find (%s): %s",
					this.faults, this.breakRows, ANSWER_KEY, kinds));
			this.moved.forEach((wantedAndGiven,
					count) -> lines.add(String.format(Locale.ROOT,
							"generate: no place left in this world for %d %s fault(s), given to %s", count,
							wantedAndGiven.substring(0, wantedAndGiven.indexOf(" -> ")),
							wantedAndGiven.substring(wantedAndGiven.indexOf(" -> ") + 4))));
			return lines;
		}

	}

}
