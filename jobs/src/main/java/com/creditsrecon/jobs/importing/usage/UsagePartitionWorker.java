package com.creditsrecon.jobs.importing.usage;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;

/**
 * The reader and writer of the usage partitions' step, shared by the partitions: each
 * partition runs on a thread of its own, so the file import of the partition a thread
 * runs is kept per thread. (A step-scoped bean would do the same through a proxy that
 * looks the bean up on every call: a measurable cost at a million rows.)
 */
public class UsagePartitionWorker
		implements ItemStreamReader<List<UsageOutcome>>, ItemWriter<List<UsageOutcome>>, StepExecutionListener {

	/** The partition's step-execution-context key that names its file. */
	public static final String FILE_ID = "usage.file.id";

	private final ImportContext context;

	private final ImportLedger ledger;

	private final ThreadLocal<UsageFileImport> current = new ThreadLocal<>();

	public UsagePartitionWorker(ImportContext context, ImportLedger ledger) {
		this.context = context;
		this.ledger = ledger;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		int fileId = stepExecution.getExecutionContext().getInt(FILE_ID);
		UsageFileImport fileImport = new UsageFileImport(this.context, this.ledger, fileId);
		this.current.set(fileImport);
		fileImport.beforeStep(stepExecution);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.current.get().open(executionContext);
	}

	@Override
	public List<UsageOutcome> read() {
		return this.current.get().read();
	}

	@Override
	public void write(Chunk<? extends List<UsageOutcome>> chunk) {
		this.current.get().write(chunk);
	}

	/**
	 * The last call of a partition: closes its file and forgets it. Also Spring's destroy
	 * method: a no-op then.
	 */
	@Override
	public void close() {
		UsageFileImport fileImport = this.current.get();
		if (fileImport != null) {
			fileImport.close();
			this.current.remove();
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		return this.current.get().afterStep(stepExecution);
	}

}
