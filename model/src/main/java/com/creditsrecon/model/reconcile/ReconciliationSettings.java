package com.creditsrecon.model.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.creditsrecon.model.policy.Policy;

/**
 * What reconciliation needs of the run: its {@code as-of} and the policy's
 * {@code match-days} and {@code tolerance} (rules RC1, RC2).
 */
public record ReconciliationSettings(LocalDate asOf, int matchDays, BigDecimal tolerance) {

	public static ReconciliationSettings of(Policy policy, LocalDate asOf) {
		return new ReconciliationSettings(asOf, policy.matchDays(), policy.tolerance());
	}

	/** Whether two amounts differ by more than the tolerance. */
	boolean differ(BigDecimal expected, BigDecimal reported) {
		return expected.subtract(reported).abs().compareTo(this.tolerance) > 0;
	}

}
