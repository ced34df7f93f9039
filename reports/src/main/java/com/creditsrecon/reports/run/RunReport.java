package com.creditsrecon.reports.run;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.creditsrecon.model.reconcile.BreakSummary;

/**
 * What {@code run.json} says about one run: its date, exit code, policy, every input
 * file's ledger, the simulated totals per currency, the reconciliation's breaks, every
 * output file's checksum and the time each step took.
 *
 * @param asOf the run's as-of day (rule T1); null when the input was refused before it
 * was known
 * @param error the one-line error when the run did not complete, else null
 * @param totals per currency, from the simulated lots; empty when the run did not
 * simulate
 * @param breaks what the break rows add up to; null when the run did not reconcile
 * @param warnings what the run completed in spite of, one line each (stale inputs, an
 * export run left out)
 * @param nightly what a nightly run says of its night; null for another command
 */
public record RunReport(String command, LocalDate asOf, int exitCode, String error, Map<String, String> policy,
		List<InputFile> inputs, List<CurrencyTotals> totals, Breaks breaks, List<OutputFile> outputs,
		Map<String, Long> durationsMs, List<String> warnings, NightReport nightly) {

	public RunReport {
		Objects.requireNonNull(command, "command is required");
		warnings = List.copyOf(warnings);
		policy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(policy));
		inputs = List.copyOf(inputs);
		totals = List.copyOf(totals);
		outputs = List.copyOf(outputs);
		durationsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(durationsMs));
	}

	/** A report of a command that is not a nightly run, without warnings. */
	public RunReport(String command, LocalDate asOf, int exitCode, String error, Map<String, String> policy,
			List<InputFile> inputs, List<CurrencyTotals> totals, Breaks breaks, List<OutputFile> outputs,
			Map<String, Long> durationsMs) {
		this(command, asOf, exitCode, error, policy, inputs, totals, breaks, outputs, durationsMs, List.of(), null);
	}

	/** A report without breaks (a run that stopped before reconciling). */
	public RunReport(String command, LocalDate asOf, int exitCode, String error, Map<String, String> policy,
			List<InputFile> inputs, List<CurrencyTotals> totals, List<OutputFile> outputs,
			Map<String, Long> durationsMs) {
		this(command, asOf, exitCode, error, policy, inputs, totals, null, outputs, durationsMs);
	}

	/** A report without simulated totals (a run that stopped before simulating). */
	public RunReport(String command, LocalDate asOf, int exitCode, String error, Map<String, String> policy,
			List<InputFile> inputs, List<OutputFile> outputs, Map<String, Long> durationsMs) {
		this(command, asOf, exitCode, error, policy, inputs, List.of(), outputs, durationsMs);
	}

	/**
	 * One input file: rows read, loaded, rejected (read = loaded + rejected, rule V1),
	 * loaded rows superseded by a later usage export (rule N1), and its SHA-256.
	 */
	public record InputFile(String file, String extract, long read, long loaded, long rejected, long superseded,
			String sha256) {
	}

	/**
	 * The break rows of the reconciliation: how many, per currency how many and the sum
	 * of their absolute amount differences (never across currencies; none for the breaks
	 * without a currency), and whether they are material (rule N3).
	 */
	public record Breaks(long count, List<BreakSummary.CurrencyLine> byCurrency,
			boolean material) implements Serializable {

		public Breaks {
			byCurrency = List.copyOf(byCurrency);
		}

		public static Breaks of(BreakSummary summary, BigDecimal materiality) {
			return new Breaks(summary.count(), summary.byCurrency(), summary.exceeds(materiality));
		}

	}

	/** One written output file and its SHA-256. */
	public record OutputFile(String file, String sha256) {
	}

	/**
	 * The simulated lots of one currency: how many, and the sums of their original
	 * amounts (granted), charges, adjustments, lapsed, expired and revoked credit and
	 * closing balances, at the currency's minor unit.
	 */
	public record CurrencyTotals(String currency, long lots, BigDecimal granted, BigDecimal charged,
			BigDecimal adjusted, BigDecimal lapsed, BigDecimal expired, BigDecimal revoked,
			BigDecimal closedBalance) implements Serializable {
	}

}
