package com.creditsrecon.jobs.importing.usage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.InputFile;

/**
 * One partition per usage file to import, whatever the export it belongs to: files are
 * parsed in parallel, and their sums only meet in the store, where supersession (rule N1)
 * is decided by export order afterwards, so the result does not depend on which partition
 * ends first.
 */
public class UsagePartitioner implements Partitioner {

	/** The partition's step-execution-context key that names its file. */
	public static final String FILE_ID = "usage.file.id";

	private final ImportContext context;

	public UsagePartitioner(ImportContext context) {
		this.context = context;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		// the partitioned step starts here, on a restart too
		this.context.startUsageProgress();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		// a file the store holds unchanged is not read again (rule N1)
		for (InputFile file : this.context.usageToImport()) {
			ExecutionContext partition = new ExecutionContext();
			partition.putInt(FILE_ID, file.id());
			partitions.put(String.format("file%05d", file.id()), partition);
		}
		return partitions;
	}

}
