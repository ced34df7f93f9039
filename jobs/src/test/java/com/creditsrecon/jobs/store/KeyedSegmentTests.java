package com.creditsrecon.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's keyed segments: an external sort in bounded memory, read key by key. */
class KeyedSegmentTests {

	private static final KeyedSegment.Codec<Long> LONGS = new KeyedSegment.Codec<>() {

		@Override
		public void write(DataOutput out, Long value) throws IOException {
			out.writeLong(value);
		}

		@Override
		public Long read(DataInput in) throws IOException {
			return in.readLong();
		}

	};

	@TempDir
	Path temp;

	@Test
	@DisplayName("records added in any order, spilled in many runs, are read back key by key in the order they were added")
	void manyRunsMergeIntoKeys() {
		// given: 10,000 records of 97 keys in random order, runs of 300
		Random random = new Random(7);
		TreeMap<String, List<Long>> expected = new TreeMap<>();
		KeyedSegment.Writer<Long> writer = KeyedSegment.create(this.temp.resolve("s"), LONGS, 300);
		for (long i = 0; i < 10_000; i++) {
			String key = "P" + random.nextInt(97);
			expected.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			writer.add(key, i);
		}
		// when
		writer.finish();
		KeyedSegment<Long> segment = KeyedSegment.open(this.temp.resolve("s"), LONGS);
		TreeMap<String, List<Long>> read = new TreeMap<>();
		segment.read(segment.keys(), (key, value) -> read.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
		// then
		assertThat(segment.keys()).containsExactlyElementsOf(expected.keySet());
		assertThat(read).isEqualTo(expected);
		assertThat(segment.count("P5")).isEqualTo(expected.get("P5").size());
		assertThat(this.temp.resolve("s")).isDirectoryNotContaining("glob:**/run-*");
	}

	@Test
	@DisplayName("only the keys asked for are read, in the order asked; an unknown key has no record")
	void readsOnlyTheKeysAskedFor() {
		// given
		KeyedSegment.Writer<Long> writer = KeyedSegment.create(this.temp.resolve("s"), LONGS, 2);
		writer.add("b", 2L);
		writer.add("a", 1L);
		writer.add("c", 3L);
		writer.add("b", 22L);
		writer.finish();
		KeyedSegment<Long> segment = KeyedSegment.open(this.temp.resolve("s"), LONGS);
		List<String> read = new ArrayList<>();
		// when
		segment.read(List.of("c", "zz", "b"), (key, value) -> read.add(key + value));
		// then
		assertThat(read).containsExactly("c3", "b2", "b22");
		assertThat(segment.count("zz")).isZero();
	}

	@Test
	@DisplayName("an empty segment has no key; a segment never finished (a crash) cannot be opened, and is started anew")
	void emptyAndUnfinished() throws IOException {
		// given
		KeyedSegment.create(this.temp.resolve("empty"), LONGS, 10).finish();
		KeyedSegment.Writer<Long> crashed = KeyedSegment.create(this.temp.resolve("s"), LONGS, 1);
		crashed.add("a", 1L);
		crashed.add("b", 2L);
		// when
		KeyedSegment<Long> empty = KeyedSegment.open(this.temp.resolve("empty"), LONGS);
		// then
		assertThat(empty.keys()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> KeyedSegment.open(this.temp.resolve("s"), LONGS))
			.withMessageContaining("was not finished");
		KeyedSegment.Writer<Long> again = KeyedSegment.create(this.temp.resolve("s"), LONGS, 1);
		again.add("c", 3L);
		again.finish();
		try (var files = Files.list(this.temp.resolve("s"))) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("data", "index");
		}
		assertThat(KeyedSegment.open(this.temp.resolve("s"), LONGS).keys()).containsExactly("c");
	}

}
