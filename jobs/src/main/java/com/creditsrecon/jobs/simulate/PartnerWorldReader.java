package com.creditsrecon.jobs.simulate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import com.creditsrecon.model.engine.Scenario;
import com.creditsrecon.model.world.PartnerWorld;

/**
 * Reads the worlds of one partition's partners, in ID order, a block of them at a time
 * (one query per table per block, not per partner): the reader of
 * {@code simulatePartitionStep}, bound to its partition's range. The step's chunk is one
 * block, so the last partner read is the last partner of a committed chunk when the step
 * saves {@link #AFTER}; a restarted partition goes on after it. The what-if's partitions
 * read with it too, never saving where they got to.
 */
public class PartnerWorldReader implements ItemStreamReader<PartnerWorld> {

	/** The last partner of the committed chunks. */
	static final String AFTER = "simulate.after";

	private final WorldReader reader;

	private final SimulationContext context;

	private final String first;

	private final String last;

	private final int blockPartners;

	private final Deque<PartnerWorld> block = new ArrayDeque<>();

	private String after;

	private boolean ended;

	/**
	 * @param first the partition's first partner; null for an empty partition
	 * @param last its last partner
	 * @param blockPartners the partners of a block, the step's chunk size
	 */
	public PartnerWorldReader(WorldReader reader, SimulationContext context, String first, String last,
			int blockPartners) {
		this.reader = reader;
		this.context = context;
		this.first = first;
		this.last = last;
		this.blockPartners = blockPartners;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.after = executionContext.getString(AFTER, null);
		this.block.clear();
		this.ended = this.first == null;
	}

	@Override
	public PartnerWorld read() {
		if (this.block.isEmpty() && !this.ended) {
			readBlock();
		}
		PartnerWorld world = this.block.poll();
		if (world != null) {
			this.after = world.partner().partnerId();
		}
		return world;
	}

	private void readBlock() {
		Optional<Scenario> scenario = this.context.scenario();
		List<String> partners = scenario.isEmpty() ? List.of()
				: this.reader.partnerIds(this.first, this.after, this.last, this.blockPartners);
		if (partners.isEmpty()) {
			this.ended = true;
			return;
		}
		long start = System.nanoTime();
		this.block.addAll(this.reader.read(partners, scenario.get().asOf(), this.context.usage()));
		this.context.time(System.nanoTime() - start, 0, 0);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (this.after != null) {
			executionContext.putString(AFTER, this.after);
		}
	}

}
