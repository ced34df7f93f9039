package com.creditsrecon.jobs.importing.usage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

import com.creditsrecon.jobs.store.LocalStreams;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.FileDigest;
import com.creditsrecon.jobs.importing.StoredInputs;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;
import com.creditsrecon.jobs.importing.RejectSink;
import com.creditsrecon.model.extract.BadValueException;
import com.creditsrecon.model.extract.MissingColumnException;
import com.creditsrecon.model.extract.RejectReason;
import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.usage.UsageKey;
import com.creditsrecon.model.usage.UsageRecordParser;
import com.creditsrecon.model.usage.UsageRow;

/**
 * Imports one FOCUS export file: parses each row, rejects repeated charge IDs, and sums
 * the loaded rows exactly per {@link UsageKey} into the file's {@link DailySumsFile}
 * (written out whenever the sums in memory grow large, so that memory stays bounded
 * whatever the file's size). Keeps the file's charge-ID hashes, so that repeats across
 * the partitions of one export are found afterwards. Plain Java: the partitioned Spring
 * Batch step and the re-import of a partition both drive it.
 */
public final class UsageFileLoader {

	/**
	 * Distinct sums held before they are written out: bounds memory for any file size.
	 */
	private static final int FLUSH_KEYS = 50_000;

	private final InputFile file;

	private final ImportLedger ledger;

	private final RejectSink rejects;

	private final Path chargeIdsFile;

	private final DailySumsFile sumsFile;

	private final ChargeIdSet excluded;

	private final StoredInputs stored;

	private final FileDigest digest;

	private final long importedBy;

	private final Map<UsageKey, Sum> sums = new HashMap<>();

	/** The billing periods of the loaded rows: the layers of the store they go to. */
	private final SortedSet<LocalDate> periods = new TreeSet<>();

	private final ChargeIdSet chargeIds = new ChargeIdSet();

	private UsageRecordParser parser;

	private long loaded;

	private long rejected;

	/**
	 * @param rejectsPart where this file's rejects go until they are merged into
	 * rejects/usage.csv
	 * @param chargeIdsFile where the file's sorted charge-ID hashes are kept for the
	 * cross-partition check
	 * @param sumsFile where the file's daily sums go
	 * @param excluded charge-ID hashes that an earlier partition of the same export
	 * loaded
	 */
	UsageFileLoader(InputFile file, ImportLedger ledger, StoredInputs stored, FileDigest digest, long importedBy,
			Path rejectsPart, Path chargeIdsFile, DailySumsFile sumsFile, ChargeIdSet excluded) {
		this.importedBy = importedBy;
		this.file = file;
		this.ledger = ledger;
		this.stored = stored;
		this.digest = digest;
		this.rejects = new RejectSink(rejectsPart);
		this.chargeIdsFile = chargeIdsFile;
		this.sumsFile = sumsFile;
		this.excluded = excluded;
	}

	/**
	 * Starts the file afresh: an earlier attempt's rejects, hashes and sums are dropped,
	 * and the store forgets the file until it is finished.
	 */
	public void begin() {
		this.stored.forget(StoredInputs.key(this.file));
		this.rejects.reset();
		try {
			Files.deleteIfExists(this.chargeIdsFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.sumsFile.create();
		this.ledger.begin(this.file);
	}

	/**
	 * Binds the export's header (rule V3 refuses a file without the required FOCUS
	 * columns).
	 */
	public void bind(List<String> header) throws MissingColumnException {
		this.parser = UsageRecordParser.bind(header);
	}

	/**
	 * Checks one record, in file order (the later of two rows with one charge ID is the
	 * duplicate).
	 */
	public UsageOutcome process(CsvLine line) {
		if (line.values() == null) {
			// rule V1a
			return rejected(line, RejectReason.WRONG_FIELD_COUNT, line.problem());
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
				this.periods.add(row.key().billingPeriod());
				this.loaded++;
			}
			else {
				this.rejects.write(this.file.path(), ((UsageOutcome.Rejected) outcome).rejection());
				this.rejected++;
			}
		}
		if (this.sums.size() >= FLUSH_KEYS) {
			flushSums();
		}
	}

	/**
	 * Completes the sums file, the rejects, the charge-ID hashes, the ledger row and the
	 * store's record of the file (rule N1: it is not read again while unchanged).
	 */
	public void finish(String sha256) {
		flushSums();
		this.sumsFile.complete();
		this.rejects.close();
		writeChargeIds();
		long read = this.loaded + this.rejected;
		this.ledger.finish(this.file, read, this.loaded, this.rejected, sha256);
		this.stored.record(new StoredInputs.Stored(StoredInputs.key(this.file), this.file.extract(), this.file.export(),
				this.file.path(), sha256, this.digest.size(), this.digest.modified(), null, read, this.loaded,
				this.rejected, this.periods.stream().map(LocalDate::toString).collect(Collectors.joining(",")),
				this.importedBy));
	}

	/** Closes what a failed attempt had open. */
	public void abandon() {
		this.rejects.close();
	}

	private void flushSums() {
		this.sumsFile.writeRun(this.sums, sum -> sum.rows, sum -> sum.amount);
		this.sums.clear();
	}

	private void writeChargeIds() {
		try {
			Files.createDirectories(this.chargeIdsFile.getParent());
			try (DataOutputStream out = LocalStreams.write(this.chargeIdsFile)) {
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
