package com.creditsrecon.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StagedFolder}: a folder built beside {@code --out}, moved into place when
 * complete, gone without a trace otherwise.
 */
class StagedFolderTests {

	@TempDir
	Path temp;

	@Test
	@DisplayName("built beside a missing --out, under parents made for it, then renamed into place")
	void movedIntoMissingOut() throws IOException {
		// given
		Path out = this.temp.resolve("a/b/world");
		StagedFolder staged = StagedFolder.beside(out);
		Files.createDirectories(staged.path().resolve("usage"));
		Files.writeString(staged.path().resolve("usage/x.csv"), "x\n");
		Files.writeString(staged.path().resolve("partners.csv"), "p\n");
		// when
		staged.moveIntoPlace();
		staged.discard();
		// then
		assertThat(staged.path().getParent()).isEqualTo(out.getParent());
		assertThat(staged.path().getFileName().toString()).startsWith("world.partial-");
		assertThat(entries(out.getParent())).containsExactly("world");
		assertThat(out.resolve("usage/x.csv")).hasContent("x");
		assertThat(out.resolve("partners.csv")).hasContent("p");
	}

	@Test
	@DisplayName("a failed build is removed, with the parent folders made for it, and nothing else")
	void discardLeavesNothing() throws IOException {
		// given
		Files.writeString(this.temp.resolve("keep.txt"), "mine");
		Path out = this.temp.resolve("new/deeper/world");
		StagedFolder staged = StagedFolder.beside(out);
		Files.createDirectories(staged.path().resolve("usage/2026-10-31-export"));
		Files.writeString(staged.path().resolve("usage/2026-10-31-export/part_0_0001.csv"), "half a file");
		// when
		staged.discard();
		// then
		assertThat(entries(this.temp)).containsExactly("keep.txt");
	}

	@Test
	@DisplayName("an --out made beforehand is filled, not replaced; a failed build leaves it empty")
	void existingEmptyOutIsFilled() throws IOException {
		// given
		Path out = Files.createDirectory(this.temp.resolve("world"));
		StagedFolder failed = StagedFolder.beside(out);
		Files.writeString(failed.path().resolve("partners.csv"), "p\n");
		failed.discard();
		StagedFolder staged = StagedFolder.beside(out);
		Files.writeString(staged.path().resolve("partners.csv"), "p\n");
		// when
		staged.moveIntoPlace();
		// then
		assertThat(entries(this.temp)).containsExactly("world");
		assertThat(entries(out)).containsExactly("partners.csv");
	}

	@Test
	@DisplayName("should --out fill up meanwhile, the move is refused and what it moved is taken back")
	void outFilledMeanwhile() throws IOException {
		// given
		Path out = Files.createDirectory(this.temp.resolve("world"));
		StagedFolder staged = StagedFolder.beside(out);
		Files.writeString(staged.path().resolve("a.csv"), "a\n");
		Files.writeString(staged.path().resolve("b.csv"), "b\n");
		Files.writeString(out.resolve("b.csv"), "someone else's\n");
		// when / then
		assertThatThrownBy(staged::moveIntoPlace).isInstanceOf(FileSystemException.class)
			.satisfies(
					ex -> assertThat(((FileSystemException) ex).getFile()).isEqualTo(out.resolve("b.csv").toString()));
		staged.discard();
		assertThat(entries(out)).containsExactly("b.csv");
		assertThat(out.resolve("b.csv")).hasContent("someone else's");
		assertThat(entries(this.temp)).containsExactly("world");
	}

	@Test
	@DisplayName("a file of the staging folder is named as the user knows it, under --out")
	void shownUnderOut() throws IOException {
		// given
		Path out = this.temp.resolve("world");
		StagedFolder staged = StagedFolder.beside(out);
		// then
		assertThat(staged.shown(staged.path().resolve("usage/x.csv"))).isEqualTo(out.resolve("usage/x.csv"));
		assertThat(staged.shown(Path.of("/elsewhere/lots.csv"))).isEqualTo(Path.of("/elsewhere/lots.csv"));
		staged.discard();
	}

	@Test
	@DisplayName("a --out name of 255 bytes still has a staging folder beside it")
	void longNames() throws IOException {
		// given
		String name = "w".repeat(250) + "é".repeat(2) + "x";
		// when
		StagedFolder staged = StagedFolder.beside(this.temp.resolve(name));
		// then
		assertThat(staged.path().getFileName().toString().getBytes(StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(255);
		assertThat(StagedFolder.stagingName("é".repeat(200))).matches("é{119}\\.partial-[0-9a-f]{8}");
		staged.discard();
	}

	@Test
	@DisplayName("a write that fails names its file: a full disk is 'no space left on device' on that file")
	void failedWritesNameTheirFile() {
		// given: /dev/full takes no byte (Linux)
		Path full = Path.of("/dev/full");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full));
		// when / then
		assertThatThrownBy(() -> {
			try (OutputStream out = NamedFileOutput.open(full)) {
				out.write(new byte[] { 1, 2, 3 });
				out.flush();
			}
		}).isInstanceOf(FileSystemException.class)
			.satisfies(ex -> assertThat(((FileSystemException) ex).getFile()).isEqualTo("/dev/full"))
			.hasMessageContaining("No space left on device");
	}

	/** The names in a folder, sorted. */
	private static List<String> entries(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
