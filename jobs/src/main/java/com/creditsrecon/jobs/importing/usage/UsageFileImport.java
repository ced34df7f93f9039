package com.creditsrecon.jobs.importing.usage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;

/**
 * One partition of the usage import: one FOCUS file, read as a stream and summed by
 * {@link UsageFileLoader}. A step-scoped bean, bound to its partition's file
 * ({@link UsagePartitioner#FILE_ID}); its items are blocks of a thousand rows, so the
 * scope's proxy is crossed once per block, not per row.
 */
public class UsageFileImport
		implements ItemStreamReader<List<UsageOutcome>>, ItemWriter<List<UsageOutcome>>, StepExecutionListener {

	/** Rows per item of the step. */
	private static final int ROWS_PER_ITEM = 1_000;

	private final ImportContext context;

	private final ImportLedger ledger;

	private final InputFile file;

	private UsageFileLoader loader;

	private CsvFileReader reader;

	private long reportedBytes;

	/** Blocks read since the last write: those the chunk under way will write. */
	private int pendingBlocks;

	private boolean atEnd;

	private boolean finished;

	public UsageFileImport(ImportContext context, ImportLedger ledger, int fileId) {
		this.context = context;
		this.ledger = ledger;
		this.file = context.catalog().files().get(fileId);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.loader = UsageFiles.loader(this.context, this.ledger, this.context.stored(), this.file, new ChargeIdSet());
		this.loader.begin();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		// With fewer files than cores, parsing each file beside its checking uses the
		// idle
		// core; with more, the partitions already keep every core busy and a second
		// thread
		// per file only costs.
		boolean readAhead = this.context.usageToImport().size() < Runtime.getRuntime().availableProcessors();
		this.reader = new CsvFileReader(this.file.location(), this.file.path(), this.loader::bind, readAhead);
		this.reader.open(executionContext);
	}

	/**
	 * The next thousand rows, already checked (a chunk holds small outcomes, not whole
	 * FOCUS records); null at the end. An item is a block of rows, not a row: Spring
	 * Batch spends about a microsecond on each item it reads (observations, events), as
	 * much as the checking of a row.
	 */
	@Override
	public List<UsageOutcome> read() {
		List<UsageOutcome> rows = new ArrayList<>(ROWS_PER_ITEM);
		CsvLine line = null;
		for (line = this.reader.read(); line != null; line = this.reader.read()) {
			rows.add(this.loader.process(line));
			if (rows.size() == ROWS_PER_ITEM) {
				break;
			}
		}
		this.atEnd = line == null;
		if (!rows.isEmpty()) {
			this.pendingBlocks++;
			return rows;
		}
		if (this.pendingBlocks == 0) {
			// every row is written: the chunk under way, empty, commits the finish
			finish();
		}
		return null;
	}

	@Override
	public void write(Chunk<? extends List<UsageOutcome>> chunk) {
		long rows = 0;
		for (List<UsageOutcome> block : chunk) {
			this.loader.write(block);
			rows += block.size();
		}
		long bytes = this.reader.bytesRead();
		this.context.usageProgress().add(rows, bytes - this.reportedBytes);
		this.reportedBytes = bytes;
		this.pendingBlocks = 0;
		if (this.atEnd) {
			finish();
		}
	}

	/**
	 * Completes the file's sums, charge IDs and ledger row in the last chunk's
	 * transaction, with the step's last saved context. Spring Batch saves a step as
	 * completed before its listeners' afterStep: a finish there, lost to a kill, would
	 * leave a completed partition that no restart runs again, with its ledger row empty.
	 */
	private void finish() {
		if (!this.finished) {
			this.loader.finish(this.reader.sha256());
			this.finished = true;
		}
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.close();
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!this.finished) {
			this.loader.abandon();
		}
		return stepExecution.getExitStatus();
	}

}
