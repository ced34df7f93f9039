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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Stream;

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
import com.creditsrecon.jobs.importing.StoredInputs;
import com.creditsrecon.jobs.store.FileTrees;
import com.creditsrecon.jobs.store.Sha256;
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
 * among every export the store holds (usage export runs accumulate from night to night),
 * and the daily sums in effect go to the store's {@link UsageSums} with the partner each
 * belongs to; and the rejects of the input's usage files are joined into
 * {@code rejects/usage.csv} in file order. Supersession is decided per billing period: a
 * period's sums are merged again only when what they are made of changed (its files, or
 * the reference extracts that say whose usage is whose), so a night that brings one
 * month's export merges that month only. It starts from the stored files every time, so a
 * restart of this step redoes it whole.
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
		recordHeldFiles(files);
		Map<Integer, List<InputFile>> exports = new TreeMap<>();
		for (InputFile file : files) {
			exports.computeIfAbsent(file.exportSeq(), k -> new ArrayList<>()).add(file);
		}
		for (List<InputFile> export : exports.values()) {
			rejectChargeIdsRepeatedAcrossPartitions(export);
		}
		List<StoredInputs.Stored> stored = this.context.stored().usage();
		SortedMap<LocalDate, List<StoredInputs.Stored>> periods = byPeriod(stored);
		Map<String, Long> superseded = new HashMap<>();
		Path storeDir = this.context.options().storeDir();
		Map<LocalDate, String> signatures = new TreeMap<>();
		long rowsToMerge = 0;
		for (Map.Entry<LocalDate, List<StoredInputs.Stored>> period : periods.entrySet()) {
			String signature = signature(period.getValue());
			if (UsageSums.signature(storeDir, period.getKey()).filter(signature::equals).isPresent()) {
				UsageSums.superseded(storeDir, period.getKey())
					.forEach((key, rows) -> superseded.merge(key, rows, Long::sum));
			}
			else {
				signatures.put(period.getKey(), signature);
				rowsToMerge += period.getValue().stream().mapToLong(StoredInputs.Stored::loaded).sum();
			}
		}
		ProgressMeter progress = ProgressMeter.counting("resolve usage", "rows", rowsToMerge, this.context.progress(),
				System::nanoTime);
		ProgressMeter.Tally rows = progress.tally();
		signatures.forEach((period, signature) -> loadPeriod(period, periods.get(period), signature, superseded, rows));
		rows.flush();
		UsageSums.keepOnly(storeDir, periods.keySet());
		removeUnstored(stored);
		Set<String> inInput = new HashSet<>();
		for (InputFile file : files) {
			this.ledger.setSuperseded(file.id(), superseded.getOrDefault(StoredInputs.key(file), 0L));
			inInput.add(StoredInputs.key(file));
		}
		int fileId = this.context.catalog().files().size();
		for (StoredInputs.Stored file : stored) {
			if (!inInput.contains(file.key())) {
				this.ledger.holdAbsent(fileId++, file, superseded.getOrDefault(file.key(), 0L));
			}
		}
		recordLastDay(periods.keySet());
		mergeRejects(files);
		return RepeatStatus.FINISHED;
	}

	/**
	 * The ledger rows of the usage files this execution did not read: the store holds
	 * them unchanged (rule N1), with what their import counted.
	 */
	private void recordHeldFiles(List<InputFile> files) {
		for (InputFile file : files) {
			if (this.context.plan().held(file)) {
				StoredInputs.Stored stored = this.context.plan().stored(file).orElseThrow();
				this.ledger.hold(file, stored, !this.context.importedByThisRun(stored.importedBy()));
			}
		}
	}

	private void rejectChargeIdsRepeatedAcrossPartitions(List<InputFile> export) throws IOException {
		for (int k = 1; k < export.size(); k++) {
			Path later = UsageFiles.chargeIds(this.context, StoredInputs.key(export.get(k)));
			ChargeIdSet repeated = new ChargeIdSet();
			for (int j = 0; j < k; j++) {
				common(UsageFiles.chargeIds(this.context, StoredInputs.key(export.get(j))), later, repeated);
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
		UsageFileLoader loader = UsageFiles.loader(this.context, this.ledger, this.context.stored(), file, excluded);
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

	/** The stored files by the billing periods they hold, each in export order. */
	private static SortedMap<LocalDate, List<StoredInputs.Stored>> byPeriod(List<StoredInputs.Stored> stored) {
		SortedMap<LocalDate, List<StoredInputs.Stored>> periods = new TreeMap<>();
		for (StoredInputs.Stored file : stored) {
			if (file.periods() == null || file.periods().isEmpty()) {
				continue;
			}
			for (String period : file.periods().split(",")) {
				periods.computeIfAbsent(LocalDate.parse(period), k -> new ArrayList<>()).add(file);
			}
		}
		return periods;
	}

	/**
	 * What a period's sums are made of: its files in export order, with their contents,
	 * and the reference extracts that attribute them to partners.
	 */
	private String signature(List<StoredInputs.Stored> files) {
		MessageDigest digest = Sha256.digest();
		digest.update(this.context.generation().getBytes(StandardCharsets.UTF_8));
		for (StoredInputs.Stored file : files) {
			digest.update(("\n" + file.key() + "|" + file.sha256()).getBytes(StandardCharsets.UTF_8));
		}
		return Sha256.hex(digest);
	}

	/**
	 * Merges the sorted runs of the period's files in one pass, in key order with the
	 * latest export first within each billing profile: the first export seen for a
	 * profile is the one in effect (rule N1), and the rows of the other exports' files
	 * for it are superseded. A key that the partitions of one export share becomes one
	 * sum. The sums in effect go to the period's layer with their partner (rule T7: none
	 * when none is known).
	 * @param rows where the rows of the sums taken off the runs are counted
	 */
	private void loadPeriod(LocalDate period, List<StoredInputs.Stored> files, String signature,
			Map<String, Long> superseded, ProgressMeter.Tally rows) {
		ReferenceIndex references = this.context.references();
		PriorityQueue<Cursor> cursors = cursors(period, files);
		UsageSums.Writer sums = UsageSums.create(this.context.options().storeDir(), period);
		Map<String, Long> periodSuperseded = new TreeMap<>();
		while (!cursors.isEmpty()) {
			UsageKey pair = cursors.peek().run().key();
			int inEffect = cursors.peek().export();
			while (!cursors.isEmpty() && samePair(cursors.peek().run().key(), pair)) {
				UsageKey key = cursors.peek().run().key();
				int export = cursors.peek().export();
				UsageSum sum = takeSum(cursors, key, export, export == inEffect ? null : periodSuperseded);
				rows.add(sum.rows());
				if (export == inEffect) {
					sums.add(references.partnerOfUsage(key.subscription(), key.billingProfile()).orElse(null), sum);
				}
			}
		}
		sums.finish(signature, periodSuperseded);
		periodSuperseded.forEach((key, count) -> superseded.merge(key, count, Long::sum));
	}

	/**
	 * A cursor on each sorted run of the period's files, at the run's first sum of the
	 * period; exports numbered in order.
	 */
	private PriorityQueue<Cursor> cursors(LocalDate period, List<StoredInputs.Stored> files) {
		PriorityQueue<Cursor> cursors = new PriorityQueue<>(Cursor.ORDER);
		Map<String, Integer> exports = new HashMap<>();
		for (StoredInputs.Stored file : files) {
			int export = exports.computeIfAbsent(file.export(), k -> exports.size());
			for (DailySumsFile.Run run : UsageFiles.sums(this.context, file.key()).runs()) {
				while (run.key() != null && run.key().billingPeriod().isBefore(period)) {
					run.advance();
				}
				Cursor cursor = new Cursor(file.key(), export, period, run);
				if (cursor.within()) {
					cursors.add(cursor);
				}
				else {
					run.close();
				}
			}
		}
		return cursors;
	}

	/**
	 * Takes the sums of {@code key} in {@code export}'s files off the cursors, as one.
	 * @param superseded where each file's rows are counted when the export is not in
	 * effect; null when it is
	 */
	private static UsageSum takeSum(PriorityQueue<Cursor> cursors, UsageKey key, int export,
			Map<String, Long> superseded) {
		long rows = 0;
		BigDecimal amount = BigDecimal.ZERO;
		while (!cursors.isEmpty() && cursors.peek().export() == export
				&& UsageKey.ORDER.compare(cursors.peek().run().key(), key) == 0) {
			Cursor cursor = cursors.poll();
			rows += cursor.run().rows();
			amount = amount.add(cursor.run().amount());
			if (superseded != null) {
				superseded.merge(cursor.fileKey(), cursor.run().rows(), Long::sum);
			}
			cursor.run().advance();
			if (cursor.within()) {
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

	/**
	 * Removes the folders of usage files the store no longer holds (a file restated in
	 * place leaves its earlier folder behind; a {@code run} forgets every file).
	 */
	private void removeUnstored(List<StoredInputs.Stored> stored) throws IOException {
		Path root = UsageFiles.root(this.context);
		if (!Files.isDirectory(root)) {
			return;
		}
		Set<String> kept = new HashSet<>();
		stored.forEach(file -> kept.add(StoredInputs.folderName(file.key())));
		for (InputFile file : this.context.catalog().usageFiles()) {
			kept.add(StoredInputs.folderName(StoredInputs.key(file)));
		}
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.toList()) {
				if (!kept.contains(folder.getFileName().toString())) {
					FileTrees.delete(folder);
				}
			}
		}
	}

	/**
	 * The latest day the usage in effect charges, for rule T1 and the staleness of N3.
	 */
	private void recordLastDay(Collection<LocalDate> periods) {
		Path storeDir = this.context.options().storeDir();
		LocalDate lastDay = periods.stream()
			.map(period -> UsageSums.lastDay(storeDir, period))
			.flatMap(Optional::stream)
			.max(LocalDate::compareTo)
			.orElse(null);
		this.jdbc.update("DELETE FROM " + StoreTables.USAGE_LAST_DAY);
		if (lastDay != null) {
			this.jdbc.update("INSERT INTO " + StoreTables.USAGE_LAST_DAY + " (charge_date) VALUES (?)",
					Date.valueOf(lastDay));
		}
	}

	/**
	 * A run being merged, positioned within one billing period, and the file and export
	 * it belongs to.
	 */
	private record Cursor(String fileKey, int export, LocalDate period, DailySumsFile.Run run) {

		/**
		 * Profiles in order, the latest export first within a profile, then the rest of
		 * the key: the sums of one key and export are next to each other.
		 */
		static final Comparator<Cursor> ORDER = Comparator.comparing((Cursor c) -> c.run().key().billingPeriod())
			.thenComparing(c -> c.run().key().billingProfile())
			.thenComparing(Comparator.comparingInt(Cursor::export).reversed())
			.thenComparing(c -> c.run().key(), UsageKey.ORDER)
			.thenComparing(Cursor::fileKey);

		/** Whether the run is at a sum of the period. */
		boolean within() {
			return this.run.key() != null && this.run.key().billingPeriod().equals(this.period);
		}

	}

	private void mergeRejects(List<InputFile> files) throws IOException {
		Path merged = this.context.rejectsFile("usage");
		Files.deleteIfExists(merged);
		List<Path> parts = new ArrayList<>();
		for (InputFile file : files) {
			Path part = UsageFiles.rejectsPart(this.context, StoredInputs.key(file));
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
