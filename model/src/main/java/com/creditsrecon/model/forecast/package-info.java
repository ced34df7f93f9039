/**
 * The forecast of credit that will go unused: each open lot's balance against its own
 * burn rate over the last 30 days up to {@code as-of} (outputs.md, {@code forecast.csv}).
 * Plain arithmetic on the simulation's lots and events, at each currency's minor unit.
 */
package com.creditsrecon.model.forecast;
