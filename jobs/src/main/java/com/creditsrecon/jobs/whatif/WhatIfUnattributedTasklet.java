package com.creditsrecon.jobs.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.simulate.SimulationContext;
import com.creditsrecon.jobs.simulate.SimulationEngine;
import com.creditsrecon.jobs.simulate.UnattributedParts;
import com.creditsrecon.model.whatif.WhatIfTally;

/**
 * What belongs to no known partner (rule T7), simulated under every scenario, each part
 * read once: its rejected actions and its uncovered usage count under GLOBAL only. Its
 * sums are stored at the end, as the part {@value #PART}; redone whole on a restart.
 */
class WhatIfUnattributedTasklet implements Tasklet {

	static final String PART = "unattributed";

	private final JdbcTemplate jdbc;

	private final SimulationContext context;

	private final WhatIfScenarios scenarios;

	private final SimulationEngine engine;

	private final WhatIfTables tables;

	private final int partRows;

	WhatIfUnattributedTasklet(JdbcTemplate jdbc, SimulationContext context, WhatIfScenarios scenarios,
			SimulationEngine engine, WhatIfTables tables, int partRows) {
		this.jdbc = jdbc;
		this.context = context;
		this.scenarios = scenarios;
		this.engine = engine;
		this.tables = tables;
		this.partRows = partRows;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Map<String, WhatIfTally> tallies = new LinkedHashMap<>();
		List<WhatIfScenarios.Named> all = this.scenarios.all();
		if (!all.isEmpty()) {
			new UnattributedParts(this.jdbc, this.context.usage(), this.partRows).forEach(all.get(0).scenario().asOf(),
					(actions, usage) -> all
						.forEach(named -> tallies.computeIfAbsent(named.name(), name -> new WhatIfTally())
							.addUnattributed(this.engine.runUnattributed(actions, usage, named.scenario()))));
		}
		this.tables.replace(PART, tallies);
		return RepeatStatus.FINISHED;
	}

}
