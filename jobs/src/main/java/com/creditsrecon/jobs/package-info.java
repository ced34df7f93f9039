/**
 * The application: the command line, the launcher that starts or restarts the run job and
 * turns its outcome into an exit code and {@code run.json}.
 */
package com.creditsrecon.jobs;
