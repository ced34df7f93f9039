package com.creditsrecon.jobs.importing.usage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.usage.UsageKey;
import com.creditsrecon.reports.csv.RejectsFile;

/**
 * Finishes the usage import once every partition is in, on one thread: a charge ID loaded
 * by an earlier partition of the same export makes the later partition be read again with
 * that ID rejected (rule V2; rare, so the common case costs one merge of sorted hashes);
 * the files' daily sums are loaded into the store in file order, with the partner each
 * belongs to; each (billing period, billing profile) goes to the latest export that has
 * it (rule N1); and the partitions' rejects are joined into {@code rejects/usage.csv} in
 * file order. It starts from the files every time, so a restart of this step redoes it
 * whole.
 */
public class ResolveUsageTasklet implements Tasklet {

	private static final int BATCH = 10_000;

	private static final String INSERT_SUM = "INSERT INTO " + StoreTables.USAGE_DAILY
			+ " (export_seq, partner_id, billing_period, billing_profile_id, subscription_id, charge_date,"
			+ " currency, negative, pre_class, service_name, meter_category, row_count, amount)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_PAIR = "INSERT INTO " + StoreTables.USAGE_PAIR
			+ " (file_id, export_seq, billing_period, billing_profile_id, row_count, last_charge_date)"
			+ " VALUES (?, ?, ?, ?, ?, ?)";

	private final ImportContext context;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	public ResolveUsageTasklet(ImportContext context, JdbcTemplate jdbc, ImportLedger ledger) {
		this.context = context;
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		List<InputFile> files = this.context.catalog().usageFiles();
		Map<Integer, List<InputFile>> exports = new TreeMap<>();
		for (InputFile file : files) {
			exports.computeIfAbsent(file.exportSeq(), k -> new ArrayList<>()).add(file);
		}
		for (List<InputFile> export : exports.values()) {
			rejectChargeIdsRepeatedAcrossPartitions(export);
		}
		loadSums(exports);
		markSuperseded();
		this.jdbc.execute(StoreTables.usageByPartnerIndex());
		mergeRejects(files);
		return RepeatStatus.FINISHED;
	}

	private void rejectChargeIdsRepeatedAcrossPartitions(List<InputFile> export) throws IOException {
		for (int k = 1; k < export.size(); k++) {
			Path later = UsageFiles.chargeIds(this.context, export.get(k));
			ChargeIdSet repeated = new ChargeIdSet();
			for (int j = 0; j < k; j++) {
				common(UsageFiles.chargeIds(this.context, export.get(j)), later, repeated);
			}
			if (repeated.size() > 0) {
				reimport(export.get(k), repeated);
			}
		}
	}

	/**
	 * Reads a partition again, sequentially, rejecting the charge IDs an earlier
	 * partition loaded.
	 */
	private void reimport(InputFile file, ChargeIdSet excluded) {
		UsageFileLoader loader = UsageFiles.loader(this.context, this.ledger, file, excluded);
		loader.begin();
		CsvFileReader reader = new CsvFileReader(file.location(), file.path(), loader::bind);
		ExecutionContext executionContext = new ExecutionContext();
		reader.open(executionContext);
		try {
			List<UsageOutcome> batch = new ArrayList<>(BATCH);
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				batch.add(loader.process(line));
				if (batch.size() == BATCH) {
					loader.write(batch);
					batch.clear();
				}
			}
			loader.write(batch);
			loader.finish(reader.sha256());
		}
		finally {
			reader.close();
		}
	}

	/**
	 * Loads the sums export by export: the sorted runs of all its files merged in key
	 * order, so that a key the partitions share is one row, with its partner (rule T7:
	 * blank when none is known); rows per (billing period, billing profile) are counted
	 * per file for run.json.
	 */
	private void loadSums(Map<Integer, List<InputFile>> exports) {
		this.jdbc.execute("TRUNCATE TABLE " + StoreTables.USAGE_DAILY);
		this.jdbc.execute("TRUNCATE TABLE " + StoreTables.USAGE_PAIR);
		for (Map.Entry<Integer, List<InputFile>> export : exports.entrySet()) {
			loadExport(export.getKey(), export.getValue());
		}
	}

	private void loadExport(int exportSeq, List<InputFile> files) {
		ReferenceIndex references = this.context.references();
		PriorityQueue<Cursor> cursors = new PriorityQueue<>(
				Comparator.comparing((Cursor c) -> c.run().key(), UsageKey.ORDER).thenComparingInt(Cursor::fileId));
		Map<Integer, Map<List<Object>, PairCount>> pairsByFile = new TreeMap<>();
		for (InputFile file : files) {
			pairsByFile.put(file.id(), new LinkedHashMap<>());
			for (DailySumsFile.Run run : UsageFiles.sums(this.context, file).runs()) {
				if (run.key() != null) {
					cursors.add(new Cursor(file.id(), run));
				}
				else {
					run.close();
				}
			}
		}
		List<Object[]> batch = new ArrayList<>(BATCH);
		while (!cursors.isEmpty()) {
			UsageKey key = cursors.peek().run().key();
			long rows = 0;
			BigDecimal amount = BigDecimal.ZERO;
			while (!cursors.isEmpty() && UsageKey.ORDER.compare(cursors.peek().run().key(), key) == 0) {
				Cursor cursor = cursors.poll();
				DailySumsFile.Run run = cursor.run();
				rows += run.rows();
				amount = amount.add(run.amount());
				pairsByFile.get(cursor.fileId())
					.computeIfAbsent(List.of(key.billingPeriod(), key.billingProfile()), k -> new PairCount())
					.add(run.rows(), key.chargeDate());
				run.advance();
				if (run.key() != null) {
					cursors.add(cursor);
				}
				else {
					run.close();
				}
			}
			batch.add(new Object[] { exportSeq,
					references.partnerOfUsage(key.subscription(), key.billingProfile()).orElse(null),
					Date.valueOf(key.billingPeriod()), key.billingProfile(), key.subscription(),
					Date.valueOf(key.chargeDate()), key.currency(), key.negative(), key.preClassification().name(),
					key.serviceName(), key.meterCategory(), rows, amount });
			if (batch.size() == BATCH) {
				this.jdbc.batchUpdate(INSERT_SUM, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_SUM, batch);
		}
		List<Object[]> pairRows = new ArrayList<>();
		pairsByFile.forEach((fileId, pairs) -> pairs.forEach(
				(pair, count) -> pairRows.add(new Object[] { fileId, exportSeq, Date.valueOf((LocalDate) pair.get(0)),
						pair.get(1), count.rows, Date.valueOf(count.lastChargeDate) })));
		this.jdbc.batchUpdate(INSERT_PAIR, pairRows);
	}

	/** A run being merged, and the file it belongs to. */
	private record Cursor(int fileId, DailySumsFile.Run run) {
	}

	/**
	 * Rows of one supersession pair in one file, and its latest charge day (rule T1 reads
	 * it).
	 */
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

	/**
	 * Rule N1: each (billing period, billing profile) belongs to the latest export that
	 * has it. Decided on the small table of pairs, so that no usage sum is rewritten.
	 */
	private void markSuperseded() {
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_LATEST);
		this.jdbc.update("INSERT INTO " + StoreTables.USAGE_LATEST
				+ " (billing_period, billing_profile_id, export_seq) SELECT billing_period, billing_profile_id,"
				+ " MAX(export_seq) FROM " + StoreTables.USAGE_PAIR + " GROUP BY billing_period, billing_profile_id");
		this.jdbc.query("SELECT p.file_id, SUM(p.row_count) FROM " + StoreTables.USAGE_PAIR + " p JOIN "
				+ StoreTables.USAGE_LATEST + " l ON l.billing_period = p.billing_period"
				+ " AND l.billing_profile_id = p.billing_profile_id WHERE l.export_seq > p.export_seq GROUP BY p.file_id",
				rs -> {
					this.ledger.setSuperseded(rs.getInt(1), rs.getLong(2));
				});
	}

	private void mergeRejects(List<InputFile> files) throws IOException {
		Path merged = this.context.rejectsFile("usage");
		Files.deleteIfExists(merged);
		List<Path> parts = new ArrayList<>();
		for (InputFile file : files) {
			Path part = UsageFiles.rejectsPart(this.context, file);
			if (Files.exists(part)) {
				parts.add(part);
			}
		}
		if (parts.isEmpty()) {
			return;
		}
		Files.createDirectories(merged.getParent());
		try (OutputStream out = Files.newOutputStream(merged)) {
			out.write((String.join(",", RejectsFile.HEADER) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (Path part : parts) {
				try (InputStream in = new BufferedInputStream(Files.newInputStream(part))) {
					skipLine(in);
					in.transferTo(out);
				}
				Files.delete(part);
			}
		}
	}

	private static void skipLine(InputStream in) throws IOException {
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			// the part's header
		}
	}

	/** Adds to {@code into} the hashes two sorted hash files share. */
	private static void common(Path a, Path b, ChargeIdSet into) throws IOException {
		if (!Files.exists(a) || !Files.exists(b)) {
			return;
		}
		try (DataInputStream left = open(a); DataInputStream right = open(b)) {
			Long x = next(left);
			Long y = next(right);
			while (x != null && y != null) {
				int order = Long.compare(x, y);
				if (order == 0) {
					into.add(x);
					x = next(left);
					y = next(right);
				}
				else if (order < 0) {
					x = next(left);
				}
				else {
					y = next(right);
				}
			}
		}
	}

	private static DataInputStream open(Path file) throws IOException {
		return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
	}

	private static Long next(DataInputStream in) throws IOException {
		try {
			return in.readLong();
		}
		catch (EOFException ex) {
			return null;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
