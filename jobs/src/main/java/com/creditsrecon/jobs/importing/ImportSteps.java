package com.creditsrecon.jobs.importing;

import java.util.List;

import org.springframework.batch.core.step.Step;

/** The import's steps, in the order the job runs them. */
public record ImportSteps(List<Step> steps) {

	public ImportSteps {
		steps = List.copyOf(steps);
	}

}
