/**
 * CSV outputs: the formatting rules every output file follows (outputs.md) and the
 * rejects files of rule V1.
 */
package com.creditsrecon.reports.csv;
