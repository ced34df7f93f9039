package com.creditsrecon.jobs.importing.usage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.BadValueException;
import com.creditsrecon.model.extract.MissingColumnException;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.extract.RejectReason;
import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.usage.UsageKey;
import com.creditsrecon.model.usage.UsageRecordParser;
import com.creditsrecon.model.usage.UsageRow;
import com.creditsrecon.reports.csv.RejectsFile;

/**
 * Imports one FOCUS export file: parses each row, rejects repeated charge IDs, and sums the
 * loaded rows exactly per {@link UsageKey}, writing the sums to the store when the file ends
 * (or when the sums grow large, so that memory stays bounded whatever the file's size). Also
 * counts rows per (billing period, billing profile), which decide supersession (rule N1), and
 * keeps the file's charge-ID hashes so that repeats across the partitions of one export are
 * found afterwards. Plain Java: the partitioned Spring Batch step and the re-import of a
 * partition both drive it.
 */
public final class UsageFileLoader {

	/** Distinct sums held before they are written out: bounds memory for any file size. */
	private static final int FLUSH_KEYS = 50_000;

	/** Rows per JDBC batch. */
	private static final int BATCH = 5_000;

	private static final String INSERT_SUM = "INSERT INTO " + StoreTables.USAGE_DAILY
			+ " (file_id, export_seq, partner_id, billing_period, billing_profile_id, subscription_id, charge_date,"
			+ " currency, negative, pre_class, service_name, meter_category, row_count, amount)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_PAIR = "INSERT INTO " + StoreTables.USAGE_PAIR
			+ " (file_id, export_seq, billing_period, billing_profile_id, row_count, last_charge_date) VALUES (?, ?, ?, ?, ?, ?)";

	private final InputFile file;

	private final ReferenceIndex references;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	private final Path rejectsPart;

	private final Path chargeIdsFile;

	private final ChargeIdSet excluded;

	private final Map<UsageKey, Sum> sums = new HashMap<>();

	private final Map<Pair, PairCount> pairs = new HashMap<>();

	private final ChargeIdSet chargeIds = new ChargeIdSet();

	private UsageRecordParser parser;

	private RejectsFile rejects;

	private long loaded;

	private long rejected;

	/**
	 * @param rejectsPart where this file's rejects go until they are merged into rejects/usage.csv
	 * @param chargeIdsFile where the file's sorted charge-ID hashes are kept for the cross-partition check
	 * @param excluded charge-ID hashes that an earlier partition of the same export loaded
	 */
	public UsageFileLoader(InputFile file, ReferenceIndex references, JdbcTemplate jdbc, ImportLedger ledger,
			Path rejectsPart, Path chargeIdsFile, ChargeIdSet excluded) {
		this.file = file;
		this.references = references;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.rejectsPart = rejectsPart;
		this.chargeIdsFile = chargeIdsFile;
		this.excluded = excluded;
	}

	/**
	 * Starts the file afresh. Its sums in the store must be gone already ({@link ResetUsageTasklet}
	 * or {@link #forget}): deleting them here, while other partitions insert, would make the
	 * partitions wait on each other's transactions.
	 */
	public void begin() {
		try {
			Files.deleteIfExists(this.rejectsPart);
			Files.deleteIfExists(this.chargeIdsFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.ledger.begin(this.file);
	}

	/** Deletes what the store holds of the file: for a file imported again, one at a time. */
	public void forget() {
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_DAILY + " WHERE file_id = ?", this.file.id());
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_PAIR + " WHERE file_id = ?", this.file.id());
	}

	/** Binds the export's header (rule V3 refuses a file without the required FOCUS columns). */
	public void bind(List<String> header) throws MissingColumnException {
		this.parser = UsageRecordParser.bind(header);
	}

	/** Checks one record, in file order (the later of two rows with one charge ID is the duplicate). */
	public UsageOutcome process(CsvLine line) {
		if (line.values() == null) {
			return rejected(line, RejectReason.WRONG_FIELD_COUNT, "unbalanced quote: the record runs to the end of the file");
		}
		UsageRow row;
		try {
			row = this.parser.parse(line.values());
		}
		catch (BadValueException ex) {
			return rejected(line, ex.reason(), ex.getMessage());
		}
		if (!row.chargeId().isEmpty()) {
			long hash = ChargeIdSet.hash(row.chargeId());
			if (this.excluded.contains(hash) || !this.chargeIds.add(hash)) {
				return rejected(line, RejectReason.DUPLICATE_KEY,
						"x_ChargeId '" + row.chargeId() + "' repeats an earlier row of the same export");
			}
		}
		return new UsageOutcome.Loaded(row);
	}

	/** Adds loaded rows to the sums and writes rejected ones. */
	public void write(List<? extends UsageOutcome> outcomes) {
		for (UsageOutcome outcome : outcomes) {
			if (outcome instanceof UsageOutcome.Loaded loadedRow) {
				UsageRow row = loadedRow.row();
				this.sums.computeIfAbsent(row.key(), k -> new Sum()).add(row.billedCost());
				this.loaded++;
			}
			else {
				if (this.rejects == null) {
					this.rejects = RejectsFile.create(this.rejectsPart);
				}
				this.rejects.write(this.file.path(), ((UsageOutcome.Rejected) outcome).rejection());
				this.rejected++;
			}
		}
		if (this.sums.size() >= FLUSH_KEYS) {
			flushSums();
		}
	}

	/** Writes what is left, the pair counts, the ledger row and the charge-ID hashes. */
	public void finish(String sha256) {
		flushSums();
		List<Object[]> rows = new ArrayList<>(this.pairs.size());
		this.pairs.forEach((pair, count) -> rows.add(new Object[] { this.file.id(), this.file.exportSeq(),
				Date.valueOf(pair.billingPeriod()), pair.billingProfile(), count.rows, Date.valueOf(count.lastChargeDate) }));
		this.jdbc.batchUpdate(INSERT_PAIR, rows);
		if (this.rejects != null) {
			this.rejects.close();
		}
		writeChargeIds();
		this.ledger.finish(this.file, this.loaded + this.rejected, this.loaded, this.rejected, sha256);
	}

	/** Closes the rejects file of a failed attempt. */
	public void abandon() {
		if (this.rejects != null) {
			this.rejects.close();
		}
	}

	private void flushSums() {
		List<Object[]> rows = new ArrayList<>(BATCH);
		for (Map.Entry<UsageKey, Sum> entry : this.sums.entrySet()) {
			UsageKey key = entry.getKey();
			Sum sum = entry.getValue();
			// Rows per supersession pair follow from the sums: no per-row bookkeeping on the hot path.
			this.pairs.computeIfAbsent(new Pair(key.billingPeriod(), key.billingProfile()), k -> new PairCount())
				.add(sum.rows, key.chargeDate());
			rows.add(new Object[] { this.file.id(), this.file.exportSeq(),
					this.references.partnerOfUsage(key.subscription(), key.billingProfile()).orElse(null),
					Date.valueOf(key.billingPeriod()), key.billingProfile(), key.subscription(),
					Date.valueOf(key.chargeDate()), key.currency(), key.negative(), key.preClassification().name(),
					key.serviceName(), key.meterCategory(), sum.rows, sum.amount });
			if (rows.size() == BATCH) {
				this.jdbc.batchUpdate(INSERT_SUM, rows);
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_SUM, rows);
		}
		this.sums.clear();
	}

	private void writeChargeIds() {
		try {
			Files.createDirectories(this.chargeIdsFile.getParent());
			try (DataOutputStream out = new DataOutputStream(
					new java.io.BufferedOutputStream(Files.newOutputStream(this.chargeIdsFile), 1 << 16))) {
				for (long hash : this.chargeIds.sorted()) {
					out.writeLong(hash);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private UsageOutcome rejected(CsvLine line, RejectReason reason, String message) {
		return new UsageOutcome.Rejected(new RowOutcome.Rejected(line.line(), reason, message, line.raw()));
	}

	/** The supersession key of rule N1. */
	private record Pair(LocalDate billingPeriod, String billingProfile) {
	}

	/** Rows of one supersession pair, and its latest charge day (rule T1 reads it). */
	private static final class PairCount {

		private long rows;

		private LocalDate lastChargeDate = LocalDate.MIN;

		void add(long more, LocalDate chargeDate) {
			this.rows += more;
			if (chargeDate.isAfter(this.lastChargeDate)) {
				this.lastChargeDate = chargeDate;
			}
		}

	}

	/** An exact running sum and its row count. */
	private static final class Sum {

		private BigDecimal amount = BigDecimal.ZERO;

		private long rows;

		void add(BigDecimal value) {
			this.amount = this.amount.add(value);
			this.rows++;
		}

	}

}
