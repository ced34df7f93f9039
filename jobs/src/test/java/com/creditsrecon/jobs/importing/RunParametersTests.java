package com.creditsrecon.jobs.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;

import com.creditsrecon.model.policy.Policy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job parameters carry a run's options and the policy the launcher resolved, so that
 * a job execution, a restart in another process included, runs with exactly them.
 */
class RunParametersTests {

	@TempDir
	Path input;

	@Test
	void optionsAndPolicyComeBackAsTheyWent() throws Exception {
		Files.writeString(this.input.resolve("partners.csv"), "partner_id\n");
		RunOptions options = new RunOptions(this.input, this.input.resolve("out"), LocalDate.of(2026, 10, 31), null,
				null, null);
		Properties overrides = new Properties();
		overrides.setProperty("max-reassignments", "7");
		Policy policy = Policy.defaults().with(overrides, "test");

		JobParameters parameters = RunParameters.of(options, policy, 3);

		assertThat(RunParameters.options(parameters)).isEqualTo(options);
		assertThat(RunParameters.policy(parameters).asMap()).isEqualTo(policy.asMap());
		assertThat(RunParameters.policy(parameters).maxReassignments()).isEqualTo(7);
		assertThat(parameters.getLong(RunParameters.SEQUENCE)).isEqualTo(3);
	}

	@Test
	void thePolicyDoesNotIdentifyARunItsFilesDo() throws Exception {
		Files.writeString(this.input.resolve("partners.csv"), "partner_id\n");
		RunOptions options = new RunOptions(this.input, this.input.resolve("out"), null, null, null, null);
		Properties overrides = new Properties();
		overrides.setProperty("max-reassignments", "7");

		JobParameters defaults = RunParameters.of(options, Policy.defaults(), 1);
		JobParameters other = RunParameters.of(options, Policy.defaults().with(overrides, "test"), 1);

		assertThat(RunParameters.identity(other)).isEqualTo(RunParameters.identity(defaults));
		Files.writeString(this.input.resolve(RunOptions.POLICY_FILE), "max-reassignments=7\n");
		assertThat(RunParameters.identity(RunParameters.of(options, Policy.defaults(), 1)))
			.isNotEqualTo(RunParameters.identity(defaults));
	}

}
