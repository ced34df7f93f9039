/** {@code run.json}: the ledger of a run, written whatever its outcome. */
package com.creditsrecon.reports.run;
