/**
 * Synthetic inputs: the {@code generate} command ({@link WorldGenerator}), which writes a
 * whole input folder partner by partner; the reported extracts derived from its simulated
 * truth, with injected faults and their answer key ({@link ReportedExtracts}); and the
 * FOCUS cost-export writer it shares with the import benchmark
 * ({@link FocusExportWriter}, {@link SyntheticUsage}).
 */
package com.creditsrecon.generator;
