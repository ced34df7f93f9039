/**
 * The import, the first phase of a run: the run's options and policy, one chunk-oriented
 * step per CSV extract, reading files as streams and storing what the checks of
 * {@code model} accept, with every rejected row in {@code rejects/} (rules V1–V5), and
 * the usage import of {@code importing.usage}.
 */
package com.creditsrecon.jobs.importing;
