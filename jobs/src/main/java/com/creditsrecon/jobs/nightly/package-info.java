/**
 * What the nightly runs keep from one night to the next: the nights recorded in the store
 * ({@link com.creditsrecon.jobs.nightly.Nights}, which go forward) and the break history,
 * each {@code break_id} followed across nights into {@code cr_break_history} and
 * reconciliation/history.csv ({@link com.creditsrecon.jobs.nightly.BreakHistoryTasklet}).
 * The tables are created by the migration {@code db/migration/V3__break_history.sql}.
 */
package com.creditsrecon.jobs.nightly;
