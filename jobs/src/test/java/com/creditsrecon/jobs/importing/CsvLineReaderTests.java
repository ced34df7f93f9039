package com.creditsrecon.jobs.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.jobs.importing.CsvLineReader.NotCsvException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The most text one record may take (rule V1a), with a small most: what runs on beyond it
 * breaks its first line, a line beyond it that makes no record refuses the file (rule
 * V3), and it counts characters as Java does, not bytes.
 */
class CsvLineReaderTests {

	private static final int MOST = 100;

	@Test
	@DisplayName("V1a: a quote that runs on for more than the most breaks its first line; the lines after it are read")
	void quoteRunningOnPastTheMostBreaksItsFirstLine() throws Exception {
		// given a quote opened on line 2 and never closed, then 20 lines
		StringBuilder text = new StringBuilder("id,name\n1,\"Endless\n");
		for (int i = 3; i <= 22; i++) {
			text.append(i).append(",Name ").append(i).append('\n');
		}

		// when
		List<CsvLine> lines = readAll(text.toString());

		// then
		assertThat(lines.get(0).line()).isEqualTo(2);
		assertThat(lines.get(0).values()).isNull();
		assertThat(lines.get(0).raw()).isEqualTo("1,\"Endless");
		assertThat(lines.get(0).problem())
			.isEqualTo("an unbalanced quote: the quoted field runs on for more than 100 characters");
		assertThat(lines.subList(1, lines.size())).extracting(CsvLine::line).containsExactlyElementsOf(range(3, 22));
		assertThat(lines.get(20).values()).containsExactly("22", "Name 22");
	}

	@Test
	@DisplayName("V1a: a quoted field longer than the most is no record even when it closes")
	void closedQuoteLongerThanTheMostIsNoRecord() throws Exception {
		// given
		String text = "id,name\n1,\"" + "a,b\n".repeat(30) + "\"\n2,Two\n";

		// when
		List<CsvLine> lines = readAll(text);

		// then
		assertThat(lines.get(0).problem()).contains("more than 100 characters");
		assertThat(lines.get(lines.size() - 1).values()).containsExactly("2", "Two");
	}

	@Test
	@DisplayName("V3: a line longer than the most that makes no record refuses the file, naming the line")
	void lineLongerThanTheMostRefusesTheFile() {
		// given
		String text = "id,name\n1,One\n2,\"" + "x".repeat(300) + "\n3,Three\n";

		// then
		assertThatThrownBy(() -> readAll(text)).isInstanceOf(NotCsvException.class)
			.hasMessage("line 3 is longer than 100 characters and makes no record");
	}

	@Test
	@DisplayName("V1a: the most counts characters as Java does: one for a letter of two bytes, two for one of four")
	void theMostCountsCharactersNotBytes() throws Exception {
		// given 90 letters of two bytes (180 bytes, 90 characters), and 60 of four
		// (240 bytes, 120 characters)
		String twoBytes = "id,name\n1," + "ä".repeat(90) + "\n";
		String fourBytes = "id,name\n1," + "\uD83D\uDE00".repeat(60) + "\n";

		// then
		assertThat(readAll(twoBytes).get(0).values()).containsExactly("1", "ä".repeat(90));
		assertThatThrownBy(() -> readAll(fourBytes)).isInstanceOf(NotCsvException.class)
			.hasMessage("line 2 is longer than 100 characters and makes no record");
	}

	/** Every record and broken line, read in blocks of 7 bytes. */
	private static List<CsvLine> readAll(String text) throws IOException, NotCsvException {
		CsvLineReader reader = new CsvLineReader(
				new ByteWindow(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 7), MOST);
		reader.header();
		List<CsvLine> lines = new ArrayList<>();
		for (CsvLine line = reader.next(); line != null; line = reader.next()) {
			lines.add(line);
		}
		return lines;
	}

	private static List<Long> range(long from, long to) {
		List<Long> range = new ArrayList<>();
		for (long i = from; i <= to; i++) {
			range.add(i);
		}
		return range;
	}

}
