package com.creditsrecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.jobs.RunCommand;

/**
 * What the command line refuses at once (exit code 2, one line): only what the arguments
 * alone show to be wrong.
 */
class CommandLineTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("outputs.md: --as-of with a sign or a year of more than four digits is refused at once, naming it")
	void asOfNeedsFourDigitYear() {
		for (String asOf : List.of("+12026-10-31", "+999999999-12-31", "12026-10-31", "-2026-10-31", "+2026-10-31",
				"26-10-31", "2026-1-31", "2026-10-31T00:00", " 2026-10-31", "2026-02-30", "2026-10-31 ")) {
			// when / then
			assertThatThrownBy(() -> CommandLine.parse(run("--as-of", asOf))).as(asOf)
				.isInstanceOf(CommandLine.UsageException.class)
				.hasMessage("run: --as-of '" + asOf + "' is not a date yyyy-MM-dd with a four-digit year");
		}
	}

	@Test
	@DisplayName("outputs.md: any yyyy-MM-dd date passes the command line; how far is checked once the inputs are imported")
	void fourDigitYearsPass() {
		for (String asOf : List.of("2026-10-31", "9999-12-31", "0001-01-01", "2028-02-29")) {
			// when
			CommandLine.Run run = (CommandLine.Run) CommandLine.parse(run("--as-of", asOf));
			// then
			assertThat(run.options().asOf()).isEqualTo(LocalDate.parse(asOf));
		}
	}

	@Test
	@DisplayName("N3: a run with an --as-of of a five-digit year is exit 2, one line, before anything is written")
	void asOfRefusedBeforeAnythingIsWritten() {
		// given
		Path out = this.temp.resolve("out");
		// when
		RunCommand run = RunCommand.run("run", "--input", this.temp.toString(), "--out", out.toString(), "--as-of",
				"+12026-10-31");
		// then
		assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
		assertThat(run.err.lines()).containsExactly(
				"credits-recon: run: --as-of '+12026-10-31' is not a date yyyy-MM-dd with a four-digit year");
		assertThat(out).doesNotExist();
	}

	private List<String> run(String... more) {
		List<String> args = new ArrayList<>(
				List.of("run", "--input", this.temp.toString(), "--out", this.temp.resolve("out").toString()));
		args.addAll(List.of(more));
		return args;
	}

}
