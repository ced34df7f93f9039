/**
 * The usage import: FOCUS export files parsed in parallel partitions into exact daily
 * sums, then charge IDs repeated across partitions rejected and restated billing periods
 * superseded (rule N1).
 */
package com.creditsrecon.jobs.importing.usage;
