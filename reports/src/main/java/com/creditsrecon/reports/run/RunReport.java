package com.creditsrecon.reports.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code run.json} says about one run: its date, exit code, policy, every input
 * file's ledger, every output file's checksum and the time each step took.
 *
 * @param asOf the run's as-of day (rule T1); null when the input was refused before it
 * was known
 * @param error the one-line error when the run did not complete, else null
 */
public record RunReport(String command, LocalDate asOf, int exitCode, String error, Map<String, String> policy,
		List<InputFile> inputs, List<OutputFile> outputs, Map<String, Long> durationsMs) {

	public RunReport {
		Objects.requireNonNull(command, "command is required");
		policy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(policy));
		inputs = List.copyOf(inputs);
		outputs = List.copyOf(outputs);
		durationsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(durationsMs));
	}

	/**
	 * One input file: rows read, loaded, rejected (read = loaded + rejected, rule V1),
	 * loaded rows superseded by a later usage export (rule N1), and its SHA-256.
	 */
	public record InputFile(String file, String extract, long read, long loaded, long rejected, long superseded,
			String sha256) {
	}

	/** One written output file and its SHA-256. */
	public record OutputFile(String file, String sha256) {
	}

}
