package com.creditsrecon.jobs.importing.usage;

import com.creditsrecon.model.extract.RowOutcome;
import com.creditsrecon.model.usage.UsageRow;

/**
 * What became of one FOCUS row: summed into the day's usage, or rejected (rules V1, V2).
 */
public sealed interface UsageOutcome permits UsageOutcome.Loaded, UsageOutcome.Rejected {

	record Loaded(UsageRow row) implements UsageOutcome {
	}

	record Rejected(RowOutcome.Rejected rejection) implements UsageOutcome {
	}

}
