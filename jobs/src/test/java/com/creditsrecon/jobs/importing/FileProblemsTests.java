package com.creditsrecon.jobs.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of file problems (rule V5), including those no test can cause portably: a
 * read-only file system, a full disk.
 */
class FileProblemsTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("V5: the operating system's reasons in words, the path named unless the message names it already")
	void reasonsInWords() {
		Path store = this.temp.resolve("out/.store");
		assertThat(
				FileProblems.describe(new FileSystemException(store.toString(), null, "Read-only file system"), store))
			.isEqualTo("read-only file system");
		assertThat(FileProblems.describe(new FileSystemException(store.toString(), null, "No space left on device")))
			.isEqualTo("no space left on the disk (" + store + ")");
		assertThat(FileProblems.describe(new IOException("No space left on device")))
			.isEqualTo("no space left on the disk");
		assertThat(FileProblems.describe(new FileSystemException(store.toString(), null, "Disk quota exceeded"), store))
			.isEqualTo("disk quota exceeded");
		assertThat(FileProblems.describe(new FileSystemException(store.toString(), null, "Operation not permitted"),
				store.getParent()))
			.isEqualTo("operation not permitted (" + store + ")");
		assertThat(FileProblems.describe(new AccessDeniedException(store.toString()), store))
			.isEqualTo("permission denied");
		assertThat(
				FileProblems.describe(
						new FileSystemException(store.toString(), null,
								"Too many levels of symbolic links or unable to access attributes of symbolic link"),
						store))
			.isEqualTo("a loop of symbolic links");
	}

	@Test
	@DisplayName("V5: a file where a folder should be is named, whichever part of the path it is")
	void fileWhereAFolderShouldBe() throws IOException {
		Path file = Files.writeString(this.temp.resolve("out"), "x");
		Path below = file.resolve(".store/store");
		assertThat(FileProblems.describe(new FileSystemException(below.toString(), null, "Not a directory"), below))
			.isEqualTo(file + " is a file, not a folder");
		assertThat(FileProblems.describe(new NotDirectoryException(file.toString()), file))
			.isEqualTo("it is a file, not a folder");
		assertThat(FileProblems.describe(new FileAlreadyExistsException(file.toString())))
			.isEqualTo(file + " is a file, not a folder");
	}

	@Test
	@DisplayName("V5: a missing file, and a link to a missing file")
	void missing() throws IOException {
		Path gone = this.temp.resolve("gone.csv");
		Path link = Files.createSymbolicLink(this.temp.resolve("users.csv"), gone.getFileName());
		assertThat(FileProblems.describe(new NoSuchFileException(gone.toString()))).isEqualTo(gone + " does not exist");
		assertThat(FileProblems.describe(new NoSuchFileException(link.toString()), link))
			.isEqualTo("it is a symbolic link to gone.csv, which does not exist");
	}

	@Test
	@DisplayName("V3: the first line that is not UTF-8")
	void firstLineNotUtf8() throws IOException {
		byte[] text = "a=1\nb=2\nc=\u00e9\nd=\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(FileProblems.firstLineNotUtf8(new ByteArrayInputStream(text))).isEqualTo(3);
	}

	@Test
	@DisplayName("V5: the file of a failure and its problem apart, for a message that names the file its own way")
	void fileAndProblemApart() {
		// given
		IOException full = new FileSystemException("/data/world/usage", null, "No space left on device");

		// then
		assertThat(FileProblems.file(full)).isEqualTo(Path.of("/data/world/usage"));
		assertThat(FileProblems.problem(full)).isEqualTo("no space left on the disk");
		assertThat(FileProblems.file(new IOException("Stream closed"))).isNull();
		assertThat(FileProblems.problem(new IOException("Stream closed"))).isEqualTo("stream closed");
	}

}
