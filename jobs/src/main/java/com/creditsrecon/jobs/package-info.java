/**
 * The application: the command line's entry point, a run as a plain Java call
 * ({@code CreditsRecon}) and the {@code generate} command. The packages below read in the
 * direction of the data: {@code importing} → {@code simulate} → {@code reconcile}, each
 * depending only on the phases before it and on {@code store}; {@code cli} parses the
 * command line and shows what a run tells; {@code run} wires the phases into the job and
 * launches it ({@code PackageDependencyTests}).
 */
package com.creditsrecon.jobs;
