package com.creditsrecon.jobs.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.model.whatif.WhatIfComparison;
import com.creditsrecon.model.whatif.WhatIfKey;
import com.creditsrecon.reports.csv.WhatIfFiles;

/**
 * Writes whatif.csv and whatif-monthly.csv into the staging folder from the parts' stored
 * sums: every scenario appears, one without any figure too (all zeros). Runs again on a
 * restart: its files are staged afresh.
 */
class WhatIfFilesTasklet implements Tasklet {

	private final WhatIfTables tables;

	private final WhatIfScenarios scenarios;

	private final Supplier<RunOptions> options;

	WhatIfFilesTasklet(WhatIfTables tables, WhatIfScenarios scenarios, Supplier<RunOptions> options) {
		this.tables = tables;
		this.scenarios = scenarios;
		this.options = options;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Map<String, Map<WhatIfKey, BigDecimal>> figures = new HashMap<>(this.tables.figures());
		this.scenarios.all().forEach(named -> figures.putIfAbsent(named.name(), Map.of()));
		figures.putIfAbsent(WhatIfComparison.BASELINE, Map.of());
		Path staging = this.options.get().staging();
		try {
			Files.createDirectories(staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		WhatIfFiles.write(staging, new WhatIfComparison(figures), this.options.get().csvBom());
		return RepeatStatus.FINISHED;
	}

}
