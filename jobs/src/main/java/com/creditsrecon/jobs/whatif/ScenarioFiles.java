package com.creditsrecon.jobs.whatif;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;
import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.extract.ParsedRow;
import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.extract.RowValidator;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.text.CodePoints;
import com.creditsrecon.model.whatif.WhatIfComparison;

/**
 * Reads the {@code --scenario} files of a what-if run, each a rollout.csv with perhaps a
 * policy file of the same base name beside it. A scenario is a handful of lines written
 * by hand for one question, so, unlike an extract, it is refused whole for any bad row,
 * with the file and the line: a scenario that silently lost a row would answer another
 * question.
 */
final class ScenarioFiles {

	private static final String CSV = ".csv";

	private static final String PROPERTIES = ".properties";

	private ScenarioFiles() {
	}

	/**
	 * The scenarios, sorted by name (the order of the command line never shows).
	 * @param baseline the policy the scenarios' own settings override
	 * @throws InputRefusedException for a scenario that cannot be taken (exit code 2)
	 */
	static List<ScenarioFile> read(List<Path> files, Policy baseline) {
		Map<String, ScenarioFile> byName = new TreeMap<>(CodePoints.ORDER);
		for (Path file : files) {
			ScenarioFile scenario = read(file.toAbsolutePath().normalize(), baseline);
			ScenarioFile same = byName.put(scenario.name(), scenario);
			if (same != null) {
				throw new InputRefusedException("two scenarios are named " + scenario.name() + ": " + same.rolloutFile()
						+ " and " + scenario.rolloutFile());
			}
		}
		return new ArrayList<>(byName.values());
	}

	private static ScenarioFile read(Path file, Policy baseline) {
		String name = name(file);
		if (name.equalsIgnoreCase(WhatIfComparison.BASELINE)) {
			throw new InputRefusedException(
					"scenario " + file + ": the name baseline is the input's own rollout; rename the file");
		}
		if (!Files.isRegularFile(file)) {
			throw new InputRefusedException("scenario " + file + ": not a file");
		}
		Path policyFile = file.resolveSibling(name + PROPERTIES);
		Map<String, String> overrides = new TreeMap<>();
		if (Files.exists(policyFile, LinkOption.NOFOLLOW_LINKS)) {
			String shown = "scenario policy " + policyFile;
			Properties settings = RunOptions.settings(policyFile, shown);
			// checked here, so that a bad setting refuses the what-if before it starts
			RunOptions.apply(baseline, settings, shown);
			settings.stringPropertyNames().forEach(key -> overrides.put(key, settings.getProperty(key).trim()));
		}
		else {
			policyFile = null;
		}
		return new ScenarioFile(name, file, schedule(file), policyFile, overrides);
	}

	/** The file's name without {@code .csv}. */
	private static String name(Path file) {
		String fileName = file.getFileName().toString();
		return fileName.endsWith(CSV) ? fileName.substring(0, fileName.length() - CSV.length()) : fileName;
	}

	/** Its rows, each checked as an import checks rollout.csv's, none rejected. */
	private static Map<String, LocalDate> schedule(Path file) {
		String shown = "scenario " + file;
		RowValidator[] validator = new RowValidator[1];
		CsvFileReader reader = new CsvFileReader(file, shown,
				header -> validator[0] = RowValidator.bind(Extracts.ROLLOUT, header));
		Map<String, LocalDate> schedule = new LinkedHashMap<>();
		Map<String, Long> lineOfScope = new LinkedHashMap<>();
		reader.open(new ExecutionContext());
		try {
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				if (line.values() == null) {
					throw new InputRefusedException(shown + " line " + line.line() + ": " + line.problem());
				}
				RowOutcome outcome = validator[0].validate(line.values(), line.line(), line.raw());
				if (outcome instanceof RowOutcome.Rejected rejected) {
					throw new InputRefusedException(shown + " line " + line.line() + ": " + rejected.message());
				}
				ParsedRow row = ((RowOutcome.Loaded) outcome).row();
				String scope = row.text("scope");
				Long earlier = lineOfScope.put(scope.trim().toLowerCase(Locale.ROOT), line.line());
				if (earlier != null) {
					throw new InputRefusedException(
							shown + " line " + line.line() + ": scope " + scope + " is on line " + earlier + " too");
				}
				schedule.put(scope, (LocalDate) row.get("modernized_from"));
			}
		}
		finally {
			reader.close();
		}
		return schedule;
	}

}
