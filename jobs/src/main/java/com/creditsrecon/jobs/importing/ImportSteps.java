package com.creditsrecon.jobs.importing;

import java.util.List;

import org.springframework.batch.core.step.Step;

/**
 * The import's steps, in the order the job runs them.
 *
 * @param steps every extract's, for a run that reconciles
 * @param withoutReported the same without the reported extracts, for one that does not
 * (what-if): their rows would be read for nothing, and their rejects could refuse it
 */
public record ImportSteps(List<Step> steps, List<Step> withoutReported) {

	public ImportSteps {
		steps = List.copyOf(steps);
		withoutReported = List.copyOf(withoutReported);
	}

}
