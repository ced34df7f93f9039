package com.creditsrecon.jobs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.SqlDialect;
import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.Column;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.ParsedRow;
import com.creditsrecon.model.extract.ReferenceIndex;
import com.creditsrecon.model.extract.RejectReason;
import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.extract.RowValidator;
import com.creditsrecon.model.extract.ValueType;

/**
 * The reader and writer of the import step of one CSV extract: reads its file (if the
 * input has one) and checks every row as it is read (rule V2: in file order, while its
 * raw text is at hand), then stores the loaded rows and writes the rejected ones to
 * {@code rejects/<extract>.csv} (rule V1). The step always runs again on a restart: it is
 * cheap, and it refills the reference index the later steps need.
 */
final class ExtractFileImport implements ItemStreamReader<RowOutcome>, ItemWriter<RowOutcome>, StepExecutionListener {

	private final ExtractSpec spec;

	private final ImportContext context;

	private final JdbcTemplate jdbc;

	private final ImportLedger ledger;

	private InputFile file;

	private CsvFileReader reader;

	private RowValidator validator;

	private RejectSink rejects;

	private long loaded;

	private long rejected;

	private ProgressMeter progress;

	private long reportedBytes;

	/** The store holds this input's rows of the extract: nothing is read (rule N1). */
	private boolean held;

	ExtractFileImport(ExtractSpec spec, ImportContext context, JdbcTemplate jdbc, ImportLedger ledger) {
		this.spec = spec;
		this.context = context;
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.file = this.context.catalog().file(this.spec.name()).orElse(null);
		this.loaded = 0;
		this.rejected = 0;
		this.held = this.context.plan().held(this.spec);
		if (this.held) {
			reuseStored();
			return;
		}
		if (ImportPlan.isReference(this.spec)) {
			// until every reference extract is in again, none counts as held
			this.context.stored().clearState(StoredInputs.REFERENCES);
		}
		this.context.stored().forget(this.spec.name());
		this.jdbc.execute(StoreTables.empty(this.spec, SqlDialect.of(this.jdbc)));
		this.rejects = new RejectSink(this.context.rejectsFile(this.spec.name()), this.context.options().csvBom());
		this.rejects.reset();
		if (this.file != null) {
			this.ledger.begin(this.file);
			this.progress = ProgressMeter.reading("import " + this.spec.name(), "rows", ImportContext.size(this.file),
					this.context.progress(), System::nanoTime);
			this.reportedBytes = 0;
		}
	}

	@Override
	public void open(ExecutionContext executionContext) {
		if (this.file == null || this.held) {
			// an optional extract the input does not have, or one the store holds: no
			// rows
			return;
		}
		this.reader = new CsvFileReader(this.file.location(), this.file.path(),
				header -> this.validator = RowValidator.bind(this.spec, header));
		this.reader.open(executionContext);
	}

	@Override
	public RowOutcome read() {
		CsvLine line = this.reader == null ? null : this.reader.read();
		return line == null ? null : check(line);
	}

	private RowOutcome check(CsvLine line) {
		if (line.values() == null) {
			// rule V1a
			return new RowOutcome.Rejected(line.line(), RejectReason.WRONG_FIELD_COUNT, line.problem(), line.raw());
		}
		RowOutcome outcome = this.validator.validate(line.values(), line.line(), null);
		if (outcome instanceof RowOutcome.Rejected rejection) {
			return withRaw(rejection, line);
		}
		ParsedRow row = ((RowOutcome.Loaded) outcome).row();
		Optional<RowOutcome.Rejected> refused = this.context.references().admit(row, null);
		return refused.isPresent() ? withRaw(refused.get(), line) : outcome;
	}

	@Override
	public void write(Chunk<? extends RowOutcome> chunk) {
		List<Object[]> inserts = new ArrayList<>(chunk.size());
		for (RowOutcome outcome : chunk) {
			if (outcome instanceof RowOutcome.Loaded loadedRow) {
				inserts.add(parameters(loadedRow.row()));
				this.loaded++;
			}
			else {
				this.rejects.write(this.file.path(), (RowOutcome.Rejected) outcome);
				this.rejected++;
			}
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(StoreTables.insert(this.spec), inserts);
		}
		long bytes = this.reader.bytesRead();
		this.progress.add(chunk.size(), bytes - this.reportedBytes);
		this.reportedBytes = bytes;
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.held) {
			return stepExecution.getExitStatus();
		}
		return StepFinish.orFail(stepExecution, () -> {
			this.rejects.close();
			this.context.references().loaded(this.spec);
			if (stepExecution.getFailureExceptions().isEmpty()) {
				String sha256 = this.reader == null ? StoredInputs.ABSENT : this.reader.sha256();
				if (this.file != null) {
					this.ledger.finish(this.file, this.loaded + this.rejected, this.loaded, this.rejected, sha256);
				}
				store(sha256);
			}
		});
	}

	/**
	 * Records the extract's import in the store, with a copy of its rejects for the
	 * nights that hold it without reading it again.
	 */
	private void store(String sha256) {
		FileDigest digest = this.file == null ? FileDigest.ABSENT : this.context.plan().digest(this.file);
		copy(this.context.rejectsFile(this.spec.name()), storedRejects());
		this.context.stored()
			.record(new StoredInputs.Stored(this.spec.name(), this.spec.name(), null,
					this.file == null ? "" : this.file.path(), sha256, digest.size(), digest.modified(),
					ImportPlan.isReference(this.spec) ? null : this.context.generation(), this.loaded + this.rejected,
					this.loaded, this.rejected, null, this.context.instance()));
	}

	/**
	 * The extract as the store holds it: its rejects as they were written, its counts as
	 * they were recorded; the table and the reference index are already what this input
	 * would make of them.
	 */
	private void reuseStored() {
		copy(storedRejects(), this.context.rejectsFile(this.spec.name()));
		StoredInputs.Stored stored = this.context.plan().stored(this.spec).orElseThrow();
		if (this.file != null) {
			this.ledger.hold(this.file, stored, !this.context.importedByThisRun(stored.importedBy()));
		}
	}

	private Path storedRejects() {
		return this.context.options().storeDir().resolve("rejects").resolve(this.spec.name() + ".csv");
	}

	/** Copies a rejects file, or removes the target when there is none. */
	private static void copy(Path from, Path to) {
		try {
			if (Files.exists(from)) {
				Files.createDirectories(to.getParent());
				Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				Files.deleteIfExists(to);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Object[] parameters(ParsedRow row) {
		List<Object> resolved = resolved(row);
		Object[] values = new Object[row.values().length + 1 + resolved.size()];
		for (int i = 0; i < row.values().length; i++) {
			values[i] = storable(this.spec.columns().get(i), row.values()[i]);
		}
		values[row.values().length] = row.line();
		for (int i = 0; i < resolved.size(); i++) {
			values[row.values().length + 1 + i] = resolved.get(i);
		}
		return values;
	}

	/** The values of {@link StoreTables#resolvedColumns}. */
	private List<Object> resolved(ParsedRow row) {
		ReferenceIndex references = this.context.references();
		if (this.spec == Extracts.ACTIONS) {
			return List.of(references.partnerOfAction(row));
		}
		if (this.spec == Extracts.SUBSCRIPTIONS || this.spec == Extracts.PROFILE_ROLES) {
			return List.of(references.ownerOfProfile(row.text("billing_profile_id")));
		}
		if (this.spec == Extracts.REPORTED_EVENTS) {
			String profile = row.text("billing_profile_id");
			String id = profile == null ? "" : profile;
			return List.of(references.ownerOfProfile(id), id.toLowerCase(Locale.ROOT),
					references.spellingOfProfile(id));
		}
		return List.of();
	}

	/**
	 * The value as its store column takes it: text columns get text (an action's
	 * {@code value} is typed by its action but stored as written, normalised), the others
	 * the typed value.
	 */
	private static Object storable(Column column, Object value) {
		boolean textColumn = column.type() == ValueType.TEXT || column.type() == ValueType.ENUM;
		return value != null && textColumn ? value.toString() : value;
	}

	private static RowOutcome.Rejected withRaw(RowOutcome.Rejected rejection, CsvLine line) {
		return new RowOutcome.Rejected(rejection.line(), rejection.reason(), rejection.message(), line.raw());
	}

}
