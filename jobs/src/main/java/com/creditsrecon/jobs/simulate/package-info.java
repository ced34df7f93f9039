/**
 * The simulate steps of the run job: partner worlds read from the store a block of
 * partners at a time, in partitions of partner ID ranges; the engine run on each; its
 * rows written to the store's result tables; the roll-forward completed and checked (rule
 * RC7); and the output files streamed from the result tables in their sort order.
 */
package com.creditsrecon.jobs.simulate;
