/**
 * Nightly runs (rules N1–N3): the nights a store has recorded, and each night's breaks
 * followed from the night before. The nightly job itself is a run's steps on a store that
 * keeps what earlier nights imported ({@code importing.StoredInputs}).
 */
package com.creditsrecon.jobs.nightly;
