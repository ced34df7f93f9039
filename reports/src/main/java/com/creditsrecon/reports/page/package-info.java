/**
 * The page an analyst opens first: {@code report.html}, self-contained, with the charts
 * it embeds also written as PNG files under {@code charts/}. Built from the run's CSV
 * outputs, read by column name and streamed, so that its memory grows with lots and
 * partners, never with rows of events or usage.
 */
package com.creditsrecon.reports.page;
