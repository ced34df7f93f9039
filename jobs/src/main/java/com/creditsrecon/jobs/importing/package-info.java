/**
 * The import: one chunk-oriented step per CSV extract, reading files as streams and
 * storing what the checks of {@code model} accept, with every rejected row in
 * {@code rejects/} (rules V1–V5).
 */
package com.creditsrecon.jobs.importing;
