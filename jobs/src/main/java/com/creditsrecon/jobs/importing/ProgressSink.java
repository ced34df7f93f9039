package com.creditsrecon.jobs.importing;

/**
 * Where the steps' progress lines go while a run is under way: the command line's
 * console, or nowhere. One line at a time, from any thread.
 */
@FunctionalInterface
public interface ProgressSink {

	/** Nowhere: a run started without a console (a test's own context). */
	ProgressSink NONE = line -> {
	};

	void progress(String line);

}
