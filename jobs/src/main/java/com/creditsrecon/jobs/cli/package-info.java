/** The command line: parsing, exit codes, and what the console shows. */
package com.creditsrecon.jobs.cli;
