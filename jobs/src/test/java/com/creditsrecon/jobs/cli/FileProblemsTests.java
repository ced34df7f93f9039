package com.creditsrecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** File system failures in a user's words, naming the file. */
class FileProblemsTests {

	@Test
	@DisplayName("the failures of the file system say which file and what went wrong, in words")
	void inWords() {
		assertThat(FileProblems.describe(new AccessDeniedException("/data/world/partners.csv")))
			.isEqualTo("/data/world/partners.csv: permission denied");
		assertThat(FileProblems.describe(new NoSuchFileException("/data/world")))
			.isEqualTo("/data/world: no such file or folder");
		assertThat(FileProblems.describe(new FileSystemException("/data/world/usage", null, "No space left on device")))
			.isEqualTo("/data/world/usage: no space left on device");
		assertThat(FileProblems.describe(new FileSystemException("/data/world", null, "Read-only file system")))
			.isEqualTo("/data/world: the file system is read-only");
		assertThat(FileProblems.describe(new FileSystemException("/data/x/world", null, "Not a directory")))
			.isEqualTo("/data/x/world: a part of the path is not a folder");
		assertThat(FileProblems.describe(new IOException("Stream closed"))).isEqualTo("stream closed");
		assertThat(FileProblems.describe(new IOException())).isEqualTo("input/output error");
	}

}
