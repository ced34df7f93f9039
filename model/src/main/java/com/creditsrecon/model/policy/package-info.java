/**
 * The policy: the settings that rules.md leaves open (period style, application order,
 * product service lists, tolerances), merged from defaults and override files into one
 * immutable value that the engine and reconciliation read and {@code run.json} records.
 */
package com.creditsrecon.model.policy;
