package com.creditsrecon.reports.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import com.creditsrecon.model.whatif.WhatIfComparison;
import com.creditsrecon.model.whatif.WhatIfKey;

/**
 * The files of a what-if run (rule W1): {@code whatif.csv}, each scenario's figure per
 * scope, currency and measure beside the baseline's, and {@code whatif-monthly.csv}, the
 * same per month. Counts are whole numbers, amounts at their currency's minor unit.
 */
public final class WhatIfFiles {

	public static final String TOTALS = "whatif.csv";

	public static final String MONTHLY = "whatif-monthly.csv";

	/** Both, for a folder that must lose an earlier run's. */
	public static final List<String> ALL = List.of(TOTALS, MONTHLY);

	private static final String[] TOTALS_HEADER = { "scenario", "scope_type", "scope_id", "currency", "measure",
			"value", "baseline", "delta" };

	private static final String[] MONTHLY_HEADER = { "scenario", "scope_type", "scope_id", "currency", "month",
			"measure", "value", "baseline", "delta" };

	private WhatIfFiles() {
	}

	/** Writes both files into {@code folder}. */
	public static void write(Path folder, WhatIfComparison comparison, boolean bom) {
		try (CsvOutput out = CsvOutput.create(folder.resolve(TOTALS), bom, TOTALS_HEADER)) {
			for (WhatIfComparison.Row row : comparison.totals()) {
				WhatIfKey key = row.key();
				out.row(CsvOutput.text(row.scenario()), key.scopeType(), CsvOutput.text(key.scopeId()), key.currency(),
						CsvOutput.text(key.measure()), number(row.value(), key), number(row.baseline(), key),
						number(row.delta(), key));
			}
		}
		try (CsvOutput out = CsvOutput.create(folder.resolve(MONTHLY), bom, MONTHLY_HEADER)) {
			for (WhatIfComparison.Row row : comparison.monthly()) {
				WhatIfKey key = row.key();
				out.row(CsvOutput.text(row.scenario()), key.scopeType(), CsvOutput.text(key.scopeId()), key.currency(),
						CsvOutput.month(key.month()), CsvOutput.text(key.measure()), number(row.value(), key),
						number(row.baseline(), key), number(row.delta(), key));
			}
		}
	}

	/** A count as a whole number, an amount at its currency's minor unit. */
	private static String number(BigDecimal value, WhatIfKey key) {
		return key.isCount() ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
				: CsvOutput.amount(value, key.currency());
	}

}
