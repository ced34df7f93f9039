package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.creditsrecon.generator.FaultKind;

/**
 * Rules RC1 to RC6 through the whole {@code run} job on generated worlds whose reported
 * extracts carry K injected faults: reconciliation reports exactly the rows of the answer
 * key (injected-breaks.csv), with their classes, and nothing else; with K = 0, no break
 * at all. A failure names its world: {@code ./run.sh generate --partners N --seed S
 * --inject-breaks K} rebuilds it.
 */
class GeneratedWorldReconciliationTests {

	private static final List<String> COMPARED = List.of("object", "key", "reported_key", "field", "break_class");

	@TempDir
	Path temp;

	static Stream<Arguments> worlds() {
		return Stream.of(Arguments.of(12, 31L, 0), Arguments.of(40, 33L, 7), Arguments.of(150, 34L, 21));
	}

	@ParameterizedTest(name = "{0} partners, seed {1}, {2} faults")
	@MethodSource("worlds")
	void reconciliationFindsExactlyTheInjectedBreaks(int partners, long seed, int faults) throws IOException {
		// given
		Path world = this.temp.resolve("world");
		Path out = this.temp.resolve("out");
		String name = partners + " partners, seed " + seed + ", " + faults + " faults";
		GeneratedWorlds.Outcome generated = GeneratedWorlds.cli("generate", "--out", world.toString(), "--partners",
				Integer.toString(partners), "--seed", Long.toString(seed), "--usage-rows",
				Integer.toString(partners * 60), "--inject-breaks", Integer.toString(faults));
		assertThat(generated.exitCode()).as("%s: %s", name, generated).isZero();
		// when
		GeneratedWorlds.Outcome run = GeneratedWorlds.cli("run", "--input", world.toString(), "--out", out.toString());
		// then
		assertThat(run.exitCode()).as("%s: %s", name, run).isZero();
		assertThat(out.resolve("rejects")).as(name).doesNotExist();
		List<Map<String, String>> answers = GeneratedWorlds.rows(world.resolve("injected-breaks.csv"));
		List<Map<String, String>> breaks = GeneratedWorlds.rows(out.resolve("reconciliation/breaks.csv"));
		assertThat(compared(breaks)).as("%s: breaks.csv against the answer key", name)
			.containsExactlyElementsOf(compared(answers));
		if (faults == 0) {
			assertThat(Files.readAllLines(out.resolve("reconciliation/breaks.csv"))).as(name).hasSize(1);
			return;
		}
		Set<String> numbers = new TreeSet<>(Comparator.comparingInt(Integer::parseInt));
		Set<String> kinds = new TreeSet<>();
		Set<String> classes = new TreeSet<>();
		answers.forEach(answer -> {
			numbers.add(answer.get("fault"));
			kinds.add(answer.get("kind"));
			classes.add(answer.get("object") + " " + answer.get("break_class"));
		});
		assertThat(numbers).as("%s: every fault makes a row", name).hasSize(faults);
		assertThat(kinds).as("%s: every kind of fault", name).hasSize(FaultKind.values().length);
		assertThat(classes).as("%s: every class", name)
			.containsExactly("BENEFIT UNEXPLAINED", "LOT DEPOSIT_MISSING", "LOT LAPSE_NOT_APPLIED",
					"LOT REVOCATION_NOT_APPLIED", "LOT TIMING", "LOT UNEXPLAINED", "TRANSACTIONS UNEXPLAINED");
		if (faults >= 3 * FaultKind.values().length) {
			assertThat(answers.stream().map(answer -> answer.get("object") + " " + answer.get("field")))
				.as("%s: every form of the unexplained lot and benefit faults", name)
				.contains("LOT original_amount", "LOT billing_profile_id", "LOT UNEXPECTED_IN_REPORT", "BENEFIT status",
						"BENEFIT credits_consumed", "BENEFIT MISSING_IN_REPORT");
		}
	}

	/** The compared columns of each row, sorted: the rows as a multiset. */
	private static List<String> compared(List<Map<String, String>> rows) {
		List<String> lines = new ArrayList<>();
		for (Map<String, String> row : rows) {
			lines.add(String.join(",", COMPARED.stream().map(row::get).toList()));
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}

}
