package com.creditsrecon.jobs.simulate;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.world.PartnerWorld;

/**
 * The work of one partition of {@code simulateStep}: a block of partners per call, in ID
 * order: their worlds read, each simulated, the results of the block written as the
 * block's runs, with the list of its partners ({@link ResultTables#PARTNERS}); then the
 * last partner and block done are recorded in the step's context. A restarted partition
 * first discards the runs of the blocks after them (a block written before the context
 * was saved), then goes on from there: no row is written twice. Stateless, so one
 * instance serves every partition thread.
 */
public class SimulatePartitionTasklet implements Tasklet, StepExecutionListener {

	static final String DONE = "simulate.done";

	/** The number of the last block done (its runs are kept on a restart). */
	static final String BLOCKS = "simulate.blocks";

	private final WorldReader reader;

	private final ResultWriter writer;

	private final SimulationEngine engine;

	private final SimulationContext context;

	private final int blockPartners;

	public SimulatePartitionTasklet(WorldReader reader, ResultWriter writer, SimulationEngine engine,
			SimulationContext context, int blockPartners) {
		this.reader = reader;
		this.writer = writer;
		this.engine = engine;
		this.context = context;
		this.blockPartners = blockPartners;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		ExecutionContext partition = stepExecution.getExecutionContext();
		if (partition.containsKey(PartnerRangePartitioner.FIRST)) {
			this.writer.discard(runName(stepExecution), partition.getInt(BLOCKS, 0));
		}
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext partition = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		Optional<Scenario> scenario = this.context.scenario();
		if (!partition.containsKey(PartnerRangePartitioner.FIRST) || scenario.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		List<String> partners = this.reader.partnerIds(partition.getString(PartnerRangePartitioner.FIRST),
				partition.getString(DONE, null), partition.getString(PartnerRangePartitioner.LAST), this.blockPartners);
		if (partners.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		int number = partition.getInt(BLOCKS, 0) + 1;
		ResultWriter.Block block = new ResultWriter.Block(runName(chunkContext.getStepContext().getStepExecution()),
				number);
		long start = System.nanoTime();
		List<PartnerWorld> worlds = this.reader.read(partners, scenario.get().asOf(), this.context.usage());
		long read = System.nanoTime();
		for (int i = 0; i < worlds.size(); i++) {
			String partnerId = worlds.get(i).partner().partnerId();
			PartnerResult result = this.engine.run(worlds.get(i), scenario.get());
			block.add(partnerId, result, 0);
			block.add(ResultTables.PARTNERS, partnerId, List.of(partnerId), i);
		}
		long simulated = System.nanoTime();
		this.writer.write(block);
		this.context.time(read - start, simulated - read, System.nanoTime() - simulated);
		partition.putString(DONE, partners.get(partners.size() - 1));
		partition.putInt(BLOCKS, number);
		contribution.incrementWriteCount(block.rows());
		this.context.advance(partners.size(), System.nanoTime());
		return RepeatStatus.CONTINUABLE;
	}

	/**
	 * The name a partition's runs carry: its step's name ({@code
	 * simulatePartitionStep:partition0}), the same on a restart.
	 */
	private static String runName(StepExecution stepExecution) {
		return stepExecution.getStepName().replaceAll("[^A-Za-z0-9]+", "-");
	}

}
