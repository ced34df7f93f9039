package com.creditsrecon.jobs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

import com.creditsrecon.jobs.importing.ProgressSink;
import com.creditsrecon.model.reconcile.BreakSummary;
import com.creditsrecon.reports.csv.CsvOutput;
import com.creditsrecon.reports.csv.ReconciliationFiles;
import com.creditsrecon.reports.csv.WhatIfFiles;
import com.creditsrecon.reports.run.RunReport;

/**
 * What the user sees: one line per problem on standard error, never a stack trace (rule
 * V5), and the run's summary on standard output.
 */
public final class Console implements ProgressSink {

	/** The page of a completed run or what-if, named in the summary. */
	private static final String REPORT = "report.html";

	private final PrintStream out;

	private final PrintStream err;

	public Console(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static Console system() {
		return new Console(System.out, System.err);
	}

	public void error(String message) {
		this.err.println("credits-recon: " + message);
	}

	public void info(String message) {
		this.out.println(message);
	}

	/** A progress line of a step under way, as any other line of information. */
	@Override
	public void progress(String line) {
		info(line);
	}

	/**
	 * Per input file: rows read, loaded, rejected and superseded, then where the rejects
	 * are, then the simulated lots and their totals per currency, then the
	 * reconciliation's breaks, then the what-if's files and the page.
	 */
	public void summary(RunReport report, Path out) {
		if (!report.inputs().isEmpty()) {
			this.out.printf(Locale.ROOT, "%-48s %10s %10s %10s %10s%n", "input file", "read", "loaded", "rejected",
					"superseded");
			long read = 0;
			long loaded = 0;
			long rejected = 0;
			long superseded = 0;
			for (RunReport.InputFile file : report.inputs()) {
				this.out.printf(Locale.ROOT, "%-48s %10d %10d %10d %10d%n", file.file(), file.read(), file.loaded(),
						file.rejected(), file.superseded());
				read += file.read();
				loaded += file.loaded();
				rejected += file.rejected();
				superseded += file.superseded();
			}
			this.out.printf(Locale.ROOT, "%-48s %10d %10d %10d %10d%n", "total", read, loaded, rejected, superseded);
			report.outputs()
				.stream()
				.filter(o -> o.file().startsWith("rejects/"))
				.forEach(o -> this.out.println("rejected rows: " + out.resolve(o.file())));
		}
		if (!report.totals().isEmpty()) {
			this.out.printf(Locale.ROOT, "%-8s %8s %14s %14s %14s %14s %14s %14s %14s%n", "currency", "lots", "granted",
					"charged", "adjusted", "lapsed", "expired", "revoked", "closed_balance");
			for (RunReport.CurrencyTotals totals : report.totals()) {
				String currency = totals.currency();
				this.out.printf(Locale.ROOT, "%-8s %8d %14s %14s %14s %14s %14s %14s %14s%n", currency, totals.lots(),
						CsvOutput.amount(totals.granted(), currency), CsvOutput.amount(totals.charged(), currency),
						CsvOutput.amount(totals.adjusted(), currency), CsvOutput.amount(totals.lapsed(), currency),
						CsvOutput.amount(totals.expired(), currency), CsvOutput.amount(totals.revoked(), currency),
						CsvOutput.amount(totals.closedBalance(), currency));
			}
		}
		if (report.breaks() != null) {
			breaks(report.breaks(), out);
		}
		report.outputs()
			.stream()
			.filter(o -> WhatIfFiles.ALL.contains(o.file()) || o.file().equals(REPORT))
			.forEach(o -> this.out.println(o.file().equals(REPORT) ? "report: " + out.resolve(o.file())
					: "what-if: " + out.resolve(o.file())));
		if (report.nightly() != null) {
			this.out.printf(Locale.ROOT, "input files imported tonight: %d; held by the store, not read again: %d%n",
					report.nightly().imported().size(), report.nightly().held().size());
		}
		report.warnings().forEach(warning -> error("warning: " + warning));
		if (report.asOf() != null) {
			this.out.println("as of " + report.asOf());
		}
		if (report.error() != null) {
			error(report.error());
		}
		if (report.exitCode() == ExitCode.BREAKS.code()) {
			error("reconciliation breaks above materiality (--fail-on-breaks)");
		}
		if (report.exitCode() == ExitCode.STALE_INPUTS.code()) {
			error("stale inputs (--fail-on-stale-inputs)");
		}
		this.out.println("run.json: " + out.resolve("run.json") + " (exit code " + report.exitCode() + ")");
	}

	/**
	 * One line: how many breaks, per currency how many and their absolute amount
	 * differences (never added across currencies), where they are.
	 */
	private void breaks(RunReport.Breaks breaks, Path out) {
		StringBuilder line = new StringBuilder("breaks: ").append(breaks.count());
		if (!breaks.byCurrency().isEmpty()) {
			StringJoiner currencies = new StringJoiner("; ", " (", ")");
			for (BreakSummary.CurrencyLine currency : breaks.byCurrency()) {
				currencies.add(currency.currency().isEmpty() ? "no currency " + currency.count() : currency.currency()
						+ " " + currency.count() + ", abs difference " + currency.absDifference().toPlainString());
			}
			line.append(currencies);
		}
		if (breaks.material()) {
			line.append(", above materiality");
		}
		line.append(": ").append(out.resolve(ReconciliationFiles.BREAKS.name()));
		this.out.println(line);
	}

}
