package com.creditsrecon.jobs;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that run the {@code run} command on an input folder of their own: a fresh
 * temporary folder per test, with the input under {@code in} and the output under
 * {@code out}.
 */
public abstract class RunFolderTests {

	@TempDir
	protected Path temp;

	protected Path input() {
		return this.temp.resolve("in");
	}

	protected Path out() {
		return this.temp.resolve("out");
	}

}
