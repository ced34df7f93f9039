/**
 * Synthetic inputs: a FOCUS cost-export writer and a deterministic generator of usage
 * rows, used by the import benchmark today and growing into the {@code generate} command.
 */
package com.creditsrecon.jobs.generate;
