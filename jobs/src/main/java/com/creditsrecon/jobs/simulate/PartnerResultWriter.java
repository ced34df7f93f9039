package com.creditsrecon.jobs.simulate;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.result.PartnerResult;

/**
 * Writes a chunk of simulated partners as one block's sorted runs, with the list of its
 * partners ({@link ResultTables#PARTNERS}): the writer of {@code simulatePartitionStep}.
 * The runs are files, which no transaction can take back: a block written just before a
 * crash, after the last chunk the step committed, is found by its number and discarded
 * when the partition restarts ({@link #BLOCKS}), so that no row is written twice.
 */
class PartnerResultWriter implements ItemStreamWriter<PartnerResult> {

	/** The number of the last block of the committed chunks. */
	static final String BLOCKS = "simulate.blocks";

	private final ResultWriter writer;

	private final SimulationContext context;

	private final String runName;

	private int blocks;

	/**
	 * @param stepName the partition's step ({@code simulatePartitionStep:partition0}),
	 * the same on a restart: its runs carry it
	 */
	PartnerResultWriter(ResultWriter writer, SimulationContext context, String stepName) {
		this.writer = writer;
		this.context = context;
		this.runName = stepName.replaceAll("[^A-Za-z0-9]+", "-");
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.blocks = executionContext.getInt(BLOCKS, 0);
		this.writer.discard(this.runName, this.blocks);
	}

	@Override
	public void write(Chunk<? extends PartnerResult> results) {
		ResultWriter.Block block = new ResultWriter.Block(this.runName, this.blocks + 1);
		int i = 0;
		for (PartnerResult result : results) {
			block.add(result.partnerId(), result, 0);
			block.add(ResultTables.PARTNERS, result.partnerId(), List.of(result.partnerId()), i++);
		}
		long start = System.nanoTime();
		this.writer.write(block);
		this.context.time(0, 0, System.nanoTime() - start);
		this.blocks++;
		this.context.advance(results.size());
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(BLOCKS, this.blocks);
	}

}
