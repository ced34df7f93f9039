/**
 * The pages an analyst opens first: {@code report.html}, self-contained, with the charts
 * it embeds also written as PNG files under {@code charts/}. A run's page is built from
 * its CSV outputs, read by column name and streamed, so that its memory grows with lots
 * and partners, never with rows of events or usage; a what-if run's page
 * ({@link com.creditsrecon.reports.page.WhatIfPage}) from {@code whatif.csv} and
 * {@code whatif-monthly.csv}.
 */
package com.creditsrecon.reports.page;
