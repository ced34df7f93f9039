/**
 * The run job's wiring and its launcher: the job assembled from the steps of each phase
 * (import, simulate, reconcile), in the direction of the data, and the launcher that
 * starts or restarts it and turns its outcome into an exit code, {@code run.json} and the
 * console summary. Nothing below this package depends on it.
 */
package com.creditsrecon.jobs.run;
