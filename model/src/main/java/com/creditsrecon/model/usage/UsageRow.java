package com.creditsrecon.model.usage;

import java.math.BigDecimal;

/**
 * One loaded FOCUS row: its summing key, its exact (unrounded) {@code BilledCost}, and
 * its {@code x_ChargeId} (blank when the export has none).
 */
public record UsageRow(UsageKey key, BigDecimal billedCost, String chargeId) {
}
