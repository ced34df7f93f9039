package com.creditsrecon.jobs.whatif;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.reports.run.WhatIfScenario;

/**
 * The scenarios of a what-if run as the launcher takes them: read and checked once,
 * before the job starts, then handed to the job as parameters and shown in run.json and
 * on the page.
 */
public final class WhatIfInputs {

	private final List<ScenarioFile> scenarios;

	private WhatIfInputs(List<ScenarioFile> scenarios) {
		this.scenarios = List.copyOf(scenarios);
	}

	/**
	 * @param baseline the policy in force, which each scenario's own settings override
	 * @throws com.creditsrecon.jobs.importing.InputRefusedException for a scenario that
	 * cannot be taken (exit code 2)
	 */
	public static WhatIfInputs read(List<Path> files, Policy baseline) {
		return new WhatIfInputs(ScenarioFiles.read(files, baseline));
	}

	/** The job parameters that carry them ({@link WhatIfParameters}). */
	public JobParameters parameters() {
		return WhatIfParameters.of(this.scenarios);
	}

	/** As run.json and the page show them, sorted by name. */
	public List<WhatIfScenario> reports() {
		return this.scenarios.stream().map(ScenarioFile::report).toList();
	}

}
