package com.creditsrecon.jobs.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.jobs.simulate.WorldReader;
import com.creditsrecon.model.result.PartnerResult;
import com.creditsrecon.model.whatif.WhatIfTally;
import com.creditsrecon.model.world.PartnerWorld;

/**
 * One partition of the what-if: reads its partners' worlds a block at a time, each world
 * once, and simulates it under every scenario, keeping only each scenario's sums. Each
 * call is one block (the step's chunk, where a stop is heard); the last one stores the
 * sums. Nothing of a partition is stored before it ends, so a restarted partition starts
 * over from its first partner: its work is the engine's, minutes at most, and a partial
 * sum stored with the position it reached would need both committed as one.
 */
class WhatIfPartitionTasklet implements Tasklet {

	private final WorldReader reader;

	private final SimulationContext context;

	private final WhatIfScenarios scenarios;

	private final SimulationEngine engine;

	private final WhatIfTables tables;

	private final String part;

	private final String first;

	private final String last;

	private final int blockPartners;

	private final Map<String, WhatIfTally> tallies = new LinkedHashMap<>();

	private String after;

	/**
	 * @param part the partition's name, under which its sums are stored
	 * @param first its first partner; null for an empty partition
	 * @param last its last partner
	 */
	WhatIfPartitionTasklet(WorldReader reader, SimulationContext context, WhatIfScenarios scenarios,
			SimulationEngine engine, WhatIfTables tables, String part, String first, String last, int blockPartners) {
		this.reader = reader;
		this.context = context;
		this.scenarios = scenarios;
		this.engine = engine;
		this.tables = tables;
		this.part = part;
		this.first = first;
		this.last = last;
		this.blockPartners = blockPartners;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<WhatIfScenarios.Named> all = this.scenarios.all();
		List<String> partners = (this.first == null || all.isEmpty()) ? List.of()
				: this.reader.partnerIds(this.first, this.after, this.last, this.blockPartners);
		if (partners.isEmpty()) {
			this.tables.replace(this.part, this.tallies);
			return RepeatStatus.FINISHED;
		}
		long start = System.nanoTime();
		List<PartnerWorld> worlds = this.reader.read(partners, all.get(0).scenario().asOf(), this.context.usage());
		long read = System.nanoTime();
		for (PartnerWorld world : worlds) {
			for (WhatIfScenarios.Named named : all) {
				PartnerResult result = this.engine.run(world, named.scenario());
				this.tallies.computeIfAbsent(named.name(), name -> new WhatIfTally()).addPartner(world, result);
			}
		}
		this.context.time(read - start, System.nanoTime() - read, 0);
		this.context.advance(partners.size());
		this.after = partners.get(partners.size() - 1);
		return RepeatStatus.CONTINUABLE;
	}

}
