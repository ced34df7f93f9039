package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.engine.ReasonCode;
import com.creditsrecon.model.extract.Column;
import com.creditsrecon.model.extract.ExtractSpec;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.RejectReason;
import com.creditsrecon.model.history.BreakStatus;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.reconcile.BreakClass;
import com.creditsrecon.model.reconcile.BreakObject;
import com.creditsrecon.model.reconcile.MatchMethod;
import com.creditsrecon.model.result.EventType;
import com.creditsrecon.model.usage.Classification;
import com.creditsrecon.model.usage.UsageRecordParser;
import com.creditsrecon.model.whatif.WhatIfComparison;
import com.creditsrecon.model.whatif.WhatIfMeasure;
import com.creditsrecon.reports.csv.HistoryFile;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.RejectsFile;
import com.creditsrecon.reports.csv.ResultFile;
import com.creditsrecon.reports.csv.SimulationFiles;
import com.creditsrecon.reports.csv.WhatIfFiles;
import com.creditsrecon.reports.run.RunReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation stands alone and stays complete: README.md and docs/ name none of the
 * team's private contract files, their links lead somewhere, and they list every input
 * column, output column and policy setting, as the code declares them (never a copy
 * here). Tests run in {@code jobs/}, so the repository is {@code ..}.
 */
class DocumentationTests {

	private static final Path ROOT = Path.of("..");

	private static final Pattern CONTRACT_FILE = Pattern.compile("(?<![\\w-])(rules|extracts)\\.md");

	/** {@code spec/}, "the spec", "the spec's": the contract by another name. */
	private static final Pattern SPEC = Pattern.compile("(?i)(?<![\\w-])spec(?![\\w-])");

	private static final Pattern OUTPUTS_MD = Pattern.compile("(?<![\\w-])outputs\\.md");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	@DisplayName("README.md and docs/ name no file of the private contract: rules.md, extracts.md, outputs.md but the repository's own docs/outputs.md, the spec")
	void namesNoFileOfThePrivateContract() {
		// given
		List<String> offences = new ArrayList<>();

		// when
		for (Path file : documents()) {
			boolean inDocs = file.getParent().endsWith("docs");
			List<String> lines = lines(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				String where = ROOT.relativize(file) + ":" + (i + 1) + ": ";
				if (CONTRACT_FILE.matcher(line).find() || SPEC.matcher(line).find()) {
					offences.add(where + line);
				}
				Matcher outputs = OUTPUTS_MD.matcher(line);
				while (outputs.find()) {
					String before = line.substring(0, outputs.start());
					boolean repositoryPath = before.endsWith("docs/");
					boolean linkInDocs = inDocs && before.endsWith("](");
					if (!repositoryPath && !linkInDocs) {
						offences.add(where + line);
					}
				}
			}
		}

		// then
		assertThat(offences).as("bare names of the contract's files; link to the docs in the repository").isEmpty();
	}

	@Test
	@DisplayName("every relative link of README.md and docs/ leads to a file of the repository, and to a heading of it")
	void relativeLinksLeadSomewhere() {
		// given
		List<String> broken = new ArrayList<>();

		// when
		for (Path file : documents()) {
			Matcher link = LINK.matcher(String.join("\n", lines(file)));
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("[a-z]+:.*")) {
					continue;
				}
				int hash = target.indexOf('#');
				String path = hash < 0 ? target : target.substring(0, hash);
				Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
				String where = ROOT.relativize(file) + ": " + target;
				if (!Files.exists(linked)) {
					broken.add(where);
				}
				else if (hash >= 0 && !new Markdown(linked).anchors().contains(target.substring(hash + 1))) {
					broken.add(where + " (no such heading)");
				}
			}
		}

		// then
		assertThat(broken).isEmpty();
	}

	@Test
	@DisplayName("docs/inputs.md lists every column of every extract, each with whether it is required")
	void inputsListEveryColumnOfEveryExtract() {
		Markdown inputs = inputs();
		for (ExtractSpec extract : Extracts.ALL) {
			// given
			List<String> declared = extract.columns().stream().map(Column::name).toList();
			Set<String> required = new LinkedHashSet<>(
					extract.columns().stream().filter(Column::required).map(Column::name).toList());

			// when
			List<List<String>> table = inputs.firstTable(extract.fileName());

			// then
			assertThat(codes(table)).as(extract.fileName()).containsExactlyInAnyOrderElementsOf(declared);
			assertThat(markedRequired(table)).as(extract.fileName() + ": the columns marked yes")
				.containsExactlyInAnyOrderElementsOf(required);
		}
	}

	@Test
	@DisplayName("docs/inputs.md lists every FOCUS column the usage import reads, each with whether it is required")
	void inputsListEveryUsageColumn() {
		// when
		List<List<String>> table = inputs().firstTable("usage/");

		// then
		assertThat(codes(table)).containsExactlyInAnyOrderElementsOf(UsageRecordParser.columns());
		assertThat(markedRequired(table)).containsExactlyInAnyOrderElementsOf(UsageRecordParser.requiredColumns());
	}

	@Test
	@DisplayName("docs/inputs.md lists the reason codes of rejected rows in the order the checks run")
	void inputsListEveryRejectReasonInOrder() {
		// when
		List<List<String>> table = inputs().firstTable("How rows are checked");

		// then
		assertThat(codes(table)).containsExactly(names(RejectReason.values()));
	}

	@Test
	@DisplayName("docs/outputs.md lists the columns of every output file, in the order they are written")
	void outputsListEveryColumnOfEveryFileInOrder() {
		// given
		List<ResultFile<?>> files = new ArrayList<>(SimulationFiles.ALL);
		files.addAll(ReconciliationFiles.ALL);
		files.add(HistoryFile.HISTORY);
		Markdown outputs = outputs();

		for (ResultFile<?> file : files) {
			// when
			List<List<String>> table = outputs.firstTable(file.name());

			// then
			assertThat(codes(table)).as(file.name()).containsExactlyElementsOf(file.header());
		}
		assertThat(codes(outputs.firstTable("rejects/<extract>.csv"))).as("rejects")
			.containsExactly(RejectsFile.HEADER);
	}

	@Test
	@DisplayName("rule W1: docs/outputs.md lists the columns of whatif.csv and whatif-monthly.csv in the order they are written, and every measure")
	void outputsListTheWhatIfColumnsAndMeasures(@TempDir Path folder) {
		// given: the files of a what-if with nothing in it, for their headers
		WhatIfFiles.write(folder, new WhatIfComparison(Map.of(WhatIfComparison.BASELINE, Map.of())), false);
		Markdown outputs = outputs();

		for (String file : WhatIfFiles.ALL) {
			// when
			List<List<String>> table = outputs.firstTable(file);

			// then
			assertThat(codes(table)).as(file).containsExactly(lines(folder.resolve(file)).get(0).split(","));
		}
		List<String> measures = new ArrayList<>(WhatIfMeasure.COUNTS);
		measures.addAll(WhatIfMeasure.AMOUNTS);
		measures.add(WhatIfMeasure.rejected("<REASON_CODE>"));
		assertThat(codes(outputs.firstTable("What-if"))).containsExactlyInAnyOrderElementsOf(measures);
	}

	@Test
	@DisplayName("docs/outputs.md names every key of run.json")
	void outputsNameEveryKeyOfRunJson() {
		// given
		Set<String> keys = new LinkedHashSet<>();
		collectKeys(RunReport.class, keys);

		// when
		String section = String.join("\n", outputs().section("run.json"));

		// then
		assertThat(keys)
			.allSatisfy(key -> assertThat(section).as(key).containsPattern("[`.]" + Pattern.quote(key) + "(?![\\w])"));
	}

	@Test
	@DisplayName("docs/outputs.md explains every value of the outputs' coded columns")
	void outputsExplainEveryCode() {
		// given
		Markdown outputs = outputs();

		// then
		assertThat(String.join("\n", outputs.section("decisions.csv"))).contains(names(ReasonCode.values()));
		assertThat(String.join("\n", outputs.section("events.csv"))).contains(names(EventType.values()));
		assertThat(String.join("\n", outputs.section("consumption.csv"))).contains(names(Classification.values()));
		assertThat(String.join("\n", outputs.section("reconciliation/breaks.csv")))
			.contains(names(BreakObject.values()))
			.contains(names(MatchMethod.values()))
			.contains(names(BreakClass.values()));
		assertThat(String.join("\n", outputs.section("reconciliation/history.csv")))
			.contains(names(BreakObject.values()))
			.contains(names(BreakStatus.values()));
	}

	@Test
	@DisplayName("docs/policy.md lists every policy key with its default, and no other")
	void policyListsEveryKeyWithItsDefault() {
		// given
		Map<String, String> defaults = Policy.defaults().asMap();

		// when
		List<List<String>> table = new Markdown(ROOT.resolve("docs/policy.md")).firstTable("The settings");

		// then
		assertThat(codes(table)).containsExactlyElementsOf(defaults.keySet());
		for (List<String> row : table) {
			String key = unquoted(row.get(0));
			assertThat(row.get(1)).as(key).isEqualTo("`" + defaults.get(key) + "`");
		}
	}

	private static Markdown inputs() {
		return new Markdown(ROOT.resolve("docs/inputs.md"));
	}

	private static Markdown outputs() {
		return new Markdown(ROOT.resolve("docs/outputs.md"));
	}

	/** README.md, every Markdown file under docs/, and the samples' README. */
	private static List<Path> documents() {
		List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("input-samples/README.md")));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * The first cell of every row, a code span such as {@code `partner_id`}, unquoted.
	 */
	private static List<String> codes(List<List<String>> table) {
		return table.stream().map(row -> unquoted(row.get(0))).toList();
	}

	/** The columns whose second cell says they are required. */
	private static List<String> markedRequired(List<List<String>> table) {
		return table.stream().filter(row -> row.get(1).equals("yes")).map(row -> unquoted(row.get(0))).toList();
	}

	private static String unquoted(String cell) {
		assertThat(cell).as("a first cell").matches("`[^`]+`");
		return cell.substring(1, cell.length() - 1);
	}

	private static String[] names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
	}

	/** The keys run.json writes: its report's components and theirs, in snake case. */
	private static void collectKeys(Class<?> type, Set<String> keys) {
		for (RecordComponent component : type.getRecordComponents()) {
			keys.add(snakeCase(component.getName()));
			Type generic = component.getGenericType();
			Class<?> nested = component.getType();
			if (generic instanceof ParameterizedType list && nested == List.class) {
				nested = (Class<?>) list.getActualTypeArguments()[0];
			}
			if (nested.isRecord()) {
				collectKeys(nested, keys);
			}
		}
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Just enough Markdown: headings, their sections, tables and GitHub's anchors. */
	private static final class Markdown {

		private static final Pattern HEADING = Pattern.compile("(#+) (.*)");

		private final Path file;

		private final List<String> lines;

		/** Whether each line is inside a fenced code block, where # is no heading. */
		private final boolean[] code;

		Markdown(Path file) {
			this.file = file;
			this.lines = DocumentationTests.lines(file);
			this.code = new boolean[this.lines.size()];
			boolean fenced = false;
			for (int i = 0; i < this.code.length; i++) {
				boolean fence = this.lines.get(i).startsWith("```");
				this.code[i] = fenced || fence;
				fenced = fenced != fence;
			}
		}

		/**
		 * The lines under the one heading that names {@code title} (as a code span, or as
		 * its whole text), up to the next heading of the same or a higher level.
		 */
		List<String> section(String title) {
			int start = -1;
			int level = 0;
			for (int i = 0; i < this.lines.size(); i++) {
				Matcher heading = HEADING.matcher(this.lines.get(i));
				if (this.code[i] || !heading.matches()) {
					continue;
				}
				if (start >= 0 && heading.group(1).length() <= level) {
					return this.lines.subList(start, i);
				}
				String text = heading.group(2);
				if (start < 0 && (text.contains("`" + title + "`") || text.equals(title))) {
					start = i + 1;
					level = heading.group(1).length();
				}
			}
			assertThat(start).as(this.file + ": a heading naming " + title).isNotNegative();
			return this.lines.subList(start, this.lines.size());
		}

		/** The body rows of the section's first table, cells trimmed. */
		List<List<String>> firstTable(String title) {
			List<List<String>> rows = new ArrayList<>();
			boolean inTable = false;
			for (String line : section(title)) {
				if (line.startsWith("|")) {
					inTable = true;
					rows.add(cells(line));
				}
				else if (inTable) {
					break;
				}
			}
			assertThat(rows).as(this.file + ": a table under " + title).hasSizeGreaterThan(2);
			// the header row and the line under it
			return rows.subList(2, rows.size());
		}

		/** GitHub's anchors of the headings. */
		Set<String> anchors() {
			Set<String> anchors = new LinkedHashSet<>();
			for (int i = 0; i < this.lines.size(); i++) {
				Matcher heading = HEADING.matcher(this.lines.get(i));
				if (!this.code[i] && heading.matches()) {
					anchors.add(heading.group(2)
						.toLowerCase(Locale.ROOT)
						.replaceAll("[^\\p{L}\\p{N} _-]", "")
						.replace(' ', '-'));
				}
			}
			return anchors;
		}

		/** A table row's cells; {@code \|} is a bar inside a cell. */
		private static List<String> cells(String row) {
			String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
			return Arrays.stream(inner.split("(?<!\\\\)\\|")).map(String::strip).toList();
		}

	}

}
