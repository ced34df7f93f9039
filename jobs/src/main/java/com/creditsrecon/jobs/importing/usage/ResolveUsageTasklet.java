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

import com.creditsrecon.jobs.store.LocalStreams;
import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputCatalog;
import com.creditsrecon.jobs.importing.InputFile;
import com.creditsrecon.jobs.importing.ProgressMeter;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.usage.UsageKey;
import com.creditsrecon.model.world.UsageSum;
import com.creditsrecon.reports.csv.CsvOutput;
import com.creditsrecon.reports.csv.RejectsFile;

/**
 * Finishes the usage import once every partition is in, on one thread: a charge ID loaded
 * by an earlier partition of the same export makes the later partition be read again with
 * that ID rejected (rule V2; rare, so the common case costs one merge of sorted hashes);
 * each (billing period, billing profile) goes to the latest export that has it (rule N1),
 * and the daily sums in effect go to the store's {@link UsageSums} with the partner each
 * belongs to; and the partitions' rejects are joined into {@code rejects/usage.csv} in
 * file order. It starts from the files every time, so a restart of this step redoes it
 * whole.
 */
public class ResolveUsageTasklet implements Tasklet {

	private static final int BATCH = 10_000;

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
		// every loaded row, once the repeated charge IDs are rejected, is in one of the
		// sums
		long[] readAndRejected = this.ledger.readAndRejected(InputCatalog.USAGE);
		ProgressMeter progress = ProgressMeter.counting("resolve usage", "rows",
				readAndRejected[0] - readAndRejected[1], this.context.progress(), System::nanoTime);
		loadSums(exports, progress.tally());
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
	 * Merges the sorted runs of every file of every export in one pass, in key order with
	 * the latest export first within each (billing period, billing profile): the first
	 * export seen for a pair is the one in effect (rule N1), and the rows of the other
	 * exports' files for that pair are superseded. A key that the partitions of one
	 * export share becomes one sum. The sums in effect go to the store with their partner
	 * (rule T7: none when none is known), and the latest day they charge is kept for rule
	 * T1.
	 * @param rows where the rows of the sums taken off the runs are counted
	 */
	private void loadSums(Map<Integer, List<InputFile>> exports, ProgressMeter.Tally rows) {
		ReferenceIndex references = this.context.references();
		PriorityQueue<Cursor> cursors = cursors(exports);
		UsageSums.Writer sums = UsageSums.create(this.context.options().storeDir());
		Map<Integer, Long> superseded = new TreeMap<>();
		LocalDate lastDay = null;
		while (!cursors.isEmpty()) {
			UsageKey pair = cursors.peek().run().key();
			int inEffect = cursors.peek().exportSeq();
			while (!cursors.isEmpty() && samePair(cursors.peek().run().key(), pair)) {
				UsageKey key = cursors.peek().run().key();
				int exportSeq = cursors.peek().exportSeq();
				UsageSum sum = takeSum(cursors, key, exportSeq, exportSeq == inEffect ? null : superseded);
				rows.add(sum.rows());
				if (exportSeq == inEffect) {
					sums.add(references.partnerOfUsage(key.subscription(), key.billingProfile()).orElse(null), sum);
					lastDay = lastDay == null || key.chargeDate().isAfter(lastDay) ? key.chargeDate() : lastDay;
				}
			}
		}
		rows.flush();
		sums.finish();
		superseded.forEach(this.ledger::setSuperseded);
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_LAST_DAY);
		if (lastDay != null) {
			this.jdbc.update("INSERT INTO " + StoreTables.USAGE_LAST_DAY + " (charge_date) VALUES (?)",
					Date.valueOf(lastDay));
		}
	}

	/** A cursor on each sorted run of every file, at its first sum. */
	private PriorityQueue<Cursor> cursors(Map<Integer, List<InputFile>> exports) {
		PriorityQueue<Cursor> cursors = new PriorityQueue<>(Cursor.ORDER);
		exports.forEach((exportSeq, files) -> {
			for (InputFile file : files) {
				for (DailySumsFile.Run run : UsageFiles.sums(this.context, file).runs()) {
					if (run.key() != null) {
						cursors.add(new Cursor(file.id(), exportSeq, run));
					}
					else {
						run.close();
					}
				}
			}
		});
		return cursors;
	}

	/**
	 * Takes the sums of {@code key} in {@code exportSeq}'s files off the cursors, as one.
	 * @param superseded where each file's rows are counted when the export is not in
	 * effect; null when it is
	 */
	private static UsageSum takeSum(PriorityQueue<Cursor> cursors, UsageKey key, int exportSeq,
			Map<Integer, Long> superseded) {
		long rows = 0;
		BigDecimal amount = BigDecimal.ZERO;
		while (!cursors.isEmpty() && cursors.peek().exportSeq() == exportSeq
				&& UsageKey.ORDER.compare(cursors.peek().run().key(), key) == 0) {
			Cursor cursor = cursors.poll();
			rows += cursor.run().rows();
			amount = amount.add(cursor.run().amount());
			if (superseded != null) {
				superseded.merge(cursor.fileId(), cursor.run().rows(), Long::sum);
			}
			cursor.run().advance();
			if (cursor.run().key() != null) {
				cursors.add(cursor);
			}
			else {
				cursor.run().close();
			}
		}
		return new UsageSum(key.subscription(), key.billingProfile(), key.chargeDate(), key.currency(), key.negative(),
				key.preClassification(), key.serviceName(), key.meterCategory(), rows, amount);
	}

	private static boolean samePair(UsageKey a, UsageKey b) {
		return a.billingPeriod().equals(b.billingPeriod()) && a.billingProfile().equals(b.billingProfile());
	}

	/** A run being merged, and the file and export it belongs to. */
	private record Cursor(int fileId, int exportSeq, DailySumsFile.Run run) {

		/**
		 * Pairs in order, the latest export first within a pair, then the rest of the
		 * key: the sums of one key and export are next to each other.
		 */
		static final Comparator<Cursor> ORDER = Comparator.comparing((Cursor c) -> c.run().key().billingPeriod())
			.thenComparing(c -> c.run().key().billingProfile())
			.thenComparing(Comparator.comparingInt(Cursor::exportSeq).reversed())
			.thenComparing(c -> c.run().key(), UsageKey.ORDER)
			.thenComparingInt(Cursor::fileId);

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
			// the parts are written without a byte-order mark: the merged file gets its
			// own
			if (this.context.options().csvBom()) {
				out.write(CsvOutput.byteOrderMark());
			}
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
		return LocalStreams.read(file);
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
