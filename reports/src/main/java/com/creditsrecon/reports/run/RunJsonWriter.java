package com.creditsrecon.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.reports.csv.CsvOutput;

/**
 * Writes {@code run.json} with a stable key order, so that two runs can be compared with
 * diff.
 */
public final class RunJsonWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunJsonWriter() {
	}

	/**
	 * Count, materiality, and per currency a count and the absolute amount differences
	 * (null, like the currency, for the breaks without one).
	 */
	private static Map<String, Object> breaks(RunReport.Breaks breaks) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("count", breaks.count());
		json.put("material", breaks.material());
		List<Map<String, Object>> byCurrency = new ArrayList<>();
		for (BreakSummary.CurrencyLine line : breaks.byCurrency()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("currency", line.currency().isEmpty() ? null : line.currency());
			row.put("count", line.count());
			row.put("abs_difference", line.absDifference() == null ? null : line.absDifference().toPlainString());
			byCurrency.add(row);
		}
		json.put("by_currency", byCurrency);
		return json;
	}

	private static Map<String, Object> scenario(WhatIfScenario scenario) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", scenario.name());
		json.put("rollout_file", scenario.rolloutFile());
		json.put("policy_file", scenario.policyFile());
		json.put("rollout", scenario.rollout());
		json.put("policy", scenario.policyOverrides());
		return json;
	}

	private static Map<String, Object> night(NightReport night) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("previous_night", night.previousNight() == null ? null : night.previousNight().toString());
		json.put("usage_last_day", night.usageLastDay() == null ? null : night.usageLastDay().toString());
		json.put("stale_after_days", night.staleAfterDays());
		json.put("stale_inputs", night.staleInputs());
		json.put("imported", night.imported());
		json.put("held", night.held());
		return json;
	}

	public static void write(RunReport report, Path file) {
		write(report, List.of(), file);
	}

	/**
	 * run.json of a what-if run: the run's, with its scenarios after the baseline's
	 * policy.
	 */
	public static void write(RunReport report, List<WhatIfScenario> scenarios, Path file) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("command", report.command());
		json.put("as_of", report.asOf() == null ? null : report.asOf().toString());
		json.put("exit_code", report.exitCode());
		if (report.error() != null) {
			json.put("error", report.error());
		}
		json.put("policy", report.policy());
		if (!report.warnings().isEmpty()) {
			json.put("warnings", report.warnings());
		}
		if (report.nightly() != null) {
			json.put("nightly", night(report.nightly()));
		}
		if (!scenarios.isEmpty()) {
			json.put("scenarios", scenarios.stream().map(RunJsonWriter::scenario).toList());
		}
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (RunReport.InputFile input : report.inputs()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("file", input.file());
			row.put("extract", input.extract());
			row.put("read", input.read());
			row.put("loaded", input.loaded());
			row.put("rejected", input.rejected());
			row.put("superseded", input.superseded());
			row.put("sha256", input.sha256());
			inputs.add(row);
		}
		json.put("inputs", inputs);
		List<Map<String, Object>> totals = new ArrayList<>();
		for (RunReport.CurrencyTotals currency : report.totals()) {
			Map<String, Object> row = new LinkedHashMap<>();
			String code = currency.currency();
			row.put("currency", code);
			row.put("lots", currency.lots());
			row.put("granted", CsvOutput.amount(currency.granted(), code));
			row.put("charged", CsvOutput.amount(currency.charged(), code));
			row.put("adjusted", CsvOutput.amount(currency.adjusted(), code));
			row.put("lapsed", CsvOutput.amount(currency.lapsed(), code));
			row.put("expired", CsvOutput.amount(currency.expired(), code));
			row.put("revoked", CsvOutput.amount(currency.revoked(), code));
			row.put("closed_balance", CsvOutput.amount(currency.closedBalance(), code));
			totals.add(row);
		}
		json.put("totals", totals);
		if (report.breaks() != null) {
			json.put("breaks", breaks(report.breaks()));
		}
		List<Map<String, Object>> outputs = new ArrayList<>();
		for (RunReport.OutputFile output : report.outputs()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("file", output.file());
			row.put("sha256", output.sha256());
			outputs.add(row);
		}
		json.put("outputs", outputs);
		json.put("durations_ms", report.durationsMs());
		// bytes first: the file's own problems (a full disk) are then IOExceptions
		byte[] bytes = MAPPER.writeValueAsBytes(json);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
