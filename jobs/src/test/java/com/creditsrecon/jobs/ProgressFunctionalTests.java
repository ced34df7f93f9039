package com.creditsrecon.jobs;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress lines on the console of a whole run: none from steps that end within five
 * seconds, so that a quick run's console is its summary alone.
 */
class ProgressFunctionalTests {

	/** A rate, as every progress line tells one: {@code , 96,000 rows/s}. */
	private static final Pattern RATE = Pattern.compile("[0-9] [a-z]+/s(,|$)");

	@TempDir
	Path out;

	@Test
	void aQuickRunOfTheSamplesTellsNoProgress() {
		// when
		RunCommand run = RunCommand.run(Path.of("../input-samples"), this.out);
		// then: the summary's table of input files comes first
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(run.out).startsWith("input file ");
		assertThat(run.out.lines()).noneMatch(line -> RATE.matcher(line).find());
		assertThat(run.err).isEmpty();
	}

}
