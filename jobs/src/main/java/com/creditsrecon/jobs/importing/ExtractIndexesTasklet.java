package com.creditsrecon.jobs.importing;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;

/**
 * Builds the indexes of the extracts' tables once every extract is in
 * ({@link StoreTables#indexes}): building an index once its rows are in costs less than
 * keeping it up to date row by row. A step of its own, so that run.json shows what it
 * costs (in an import step's listener it ran after that step's end). Rerun on a restart,
 * as are the import steps, which make their tables anew.
 */
public class ExtractIndexesTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	public ExtractIndexesTasklet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (ExtractSpec spec : Extracts.ALL) {
			StoreTables.indexes(spec).forEach(this.jdbc::execute);
		}
		return RepeatStatus.FINISHED;
	}

}
