/**
 * The store: an embedded HSQLDB file database under the output folder, or a shared
 * PostgreSQL ({@code --db}), holding the imported extracts, the daily usage sums, the
 * input ledger and the Spring Batch job repository, so that a failed run can be
 * restarted.
 */
package com.creditsrecon.jobs.store;
