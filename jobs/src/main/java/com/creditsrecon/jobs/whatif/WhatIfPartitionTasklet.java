package com.creditsrecon.jobs.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.creditsrecon.jobs.simulate.PartnerWorldReader;
import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.whatif.WhatIfTally;
import com.creditsrecon.model.world.PartnerWorld;

/**
 * One partition of the what-if: reads its partners' worlds as the run's partitions do
 * ({@link PartnerWorldReader}), each world once, and simulates it under every scenario,
 * keeping only each scenario's sums. Each call is one block (the step's chunk, where a
 * stop is heard); the last one stores the sums. Nothing of a partition is stored before
 * it ends, and the reader's position is never saved, so a restarted partition starts over
 * from its first partner: its work is the engine's, minutes at most, and a partial sum
 * stored with the position it reached would need both committed as one.
 */
class WhatIfPartitionTasklet implements Tasklet {

	private final PartnerWorldReader worlds;

	private final SimulationContext context;

	private final WhatIfScenarios scenarios;

	private final SimulationEngine engine;

	private final WhatIfTables tables;

	private final String part;

	private final int blockPartners;

	private final Map<String, WhatIfTally> tallies = new LinkedHashMap<>();

	private boolean opened;

	/**
	 * @param worlds the reader of the partition's range
	 * @param part the partition's name, under which its sums are stored
	 * @param blockPartners the partners of one call
	 */
	WhatIfPartitionTasklet(PartnerWorldReader worlds, SimulationContext context, WhatIfScenarios scenarios,
			SimulationEngine engine, WhatIfTables tables, String part, int blockPartners) {
		this.worlds = worlds;
		this.context = context;
		this.scenarios = scenarios;
		this.engine = engine;
		this.tables = tables;
		this.part = part;
		this.blockPartners = blockPartners;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.opened) {
			this.worlds.open(new ExecutionContext());
			this.opened = true;
		}
		List<WhatIfScenarios.Named> all = this.scenarios.all();
		int simulated = 0;
		for (PartnerWorld world = this.worlds.read(); world != null; world = this.worlds.read()) {
			long start = System.nanoTime();
			for (WhatIfScenarios.Named named : all) {
				PartnerResult result = this.engine.run(world, named.scenario());
				this.tallies.computeIfAbsent(named.name(), name -> new WhatIfTally()).addPartner(world, result);
			}
			this.context.time(0, System.nanoTime() - start, 0);
			if (++simulated == this.blockPartners) {
				this.context.advance(simulated);
				return RepeatStatus.CONTINUABLE;
			}
		}
		this.context.advance(simulated);
		this.tables.replace(this.part, this.tallies);
		return RepeatStatus.FINISHED;
	}

}
