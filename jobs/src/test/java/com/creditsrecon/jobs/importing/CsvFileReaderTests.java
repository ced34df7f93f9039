package com.creditsrecon.jobs.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records an input file is read as (rule V1a): a quote that makes no well-formed
 * record rejects its first physical line alone, and reading goes on at the next line, so
 * that every physical line is in a record, a broken line or a blank line.
 */
class CsvFileReaderTests {

	private static final String HEADER = "partner_id,partner_name,country,region,tenant_domains";

	@TempDir
	Path temp;

	@Test
	@DisplayName("V1a: an unbalanced quote rejects its own line only; the lines after it are read")
	void unbalancedQuoteRejectsOnlyItsLine() throws IOException {
		// given the example: line 5's name opens a quote that never closes
		List<String> lines = partners(15);
		lines.set(4, "P5,\"Adatum B.V.,NL,EMEA,adatum.nl");

		// when
		List<Read> read = read(lines);

		// then
		assertThat(read).extracting(Read::line)
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
		Read broken = read.get(3);
		assertThat(broken.values()).isNull();
		assertThat(broken.raw()).isEqualTo("P5,\"Adatum B.V.,NL,EMEA,adatum.nl");
		assertThat(broken.problem()).contains("unbalanced quote");
		assertThat(read.get(4).values()).containsExactly("P6", "Partner 6", "DE", "EMEA", "p6.de");
		assertThat(read.get(13).values()).containsExactly("P15", "Partner 15", "DE", "EMEA", "p15.de");
	}

	@Test
	@DisplayName("V1a: a closing quote followed by text rejects that line the same way")
	void textAfterClosingQuoteRejectsItsLine() throws IOException {
		// given
		List<String> lines = partners(8);
		lines.set(2, "P3,\"Litware\" Inc.,US,AMER,litware.com");

		// when
		List<Read> read = read(lines);

		// then
		assertThat(read).extracting(Read::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(read.get(1).values()).isNull();
		assertThat(read.get(1).raw()).isEqualTo("P3,\"Litware\" Inc.,US,AMER,litware.com");
		assertThat(read.get(1).problem()).contains("text after a closing quote");
		assertThat(read.get(2).values()).containsExactly("P4", "Partner 4", "DE", "EMEA", "p4.de");
	}

	@Test
	@DisplayName("V1a: a quote closed lines later, in a record of the wrong size, rejects the first line; the others are read again")
	void quoteClosedLaterInARecordOfTheWrongSize() throws IOException {
		// given a quote opened on line 3 and closed on line 5, where one field too many
		// follows: one record of 3 lines and 6 fields
		List<String> lines = partners(7);
		lines.set(2, "P3,\"Northwind,FR,EMEA,northwind.fr");
		lines.set(4, "P5,Partner 5\",DE,EMEA,p5.de,extra");

		// when
		List<Read> read = read(lines);

		// then lines 4 and 5 are records of their own (line 5's quote is in the middle of
		// a field: text, and its extra field is for the row checks to reject)
		assertThat(read).extracting(Read::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(read.get(1).values()).isNull();
		assertThat(read.get(1).raw()).isEqualTo("P3,\"Northwind,FR,EMEA,northwind.fr");
		assertThat(read.get(1).problem()).contains("6 fields, not 5");
		assertThat(read.get(2).values()).containsExactly("P4", "Partner 4", "DE", "EMEA", "p4.de");
		assertThat(read.get(3).values()).containsExactly("P5", "Partner 5\"", "DE", "EMEA", "p5.de", "extra");
	}

	@Test
	@DisplayName("V1a: a quote closed lines later in a record of the right size makes one record of those lines")
	void quoteClosedLaterInARecordOfTheRightSize() throws IOException {
		// given a quote opened on line 3 and closed at the end of a field on line 5: 5
		// fields
		List<String> lines = partners(7);
		lines.set(2, "P3,\"Northwind,FR,EMEA,northwind.fr");
		lines.set(4, "P5,Partner 5\",DE,EMEA,p5.de");

		// when
		List<Read> read = read(lines);

		// then well-formed: the row checks decide what its values are worth
		assertThat(read).extracting(Read::line).containsExactly(2L, 3L, 6L, 7L);
		assertThat(read.get(1).lineCount()).isEqualTo(3);
		assertThat(read.get(1).values()).containsExactly("P3",
				"Northwind,FR,EMEA,northwind.fr\nP4,Partner 4,DE,EMEA,p4.de\nP5,Partner 5", "DE", "EMEA", "p5.de");
	}

	@Test
	@DisplayName("V1a: a well-formed record that spans lines is one record, with its first line and raw text")
	void wellFormedMultiLineRecordIsOneRecord() throws IOException {
		// given a name with a line break, properly quoted, and CRLF line ends
		String text = HEADER
				+ "\r\nP1,\"Contoso\r\nCloud\",DE,EMEA,contoso.de\r\n\r\nP2,Fabrikam,GB,EMEA,fabrikam.co.uk\r\n";

		// when
		List<Read> read = read(text.getBytes(StandardCharsets.UTF_8), "partners.csv");

		// then the blank line 4 is no record
		assertThat(read).extracting(Read::line).containsExactly(2L, 5L);
		assertThat(read.get(0).values()).containsExactly("P1", "Contoso\r\nCloud", "DE", "EMEA", "contoso.de");
		assertThat(read.get(0).lineCount()).isEqualTo(2);
		assertThat(read.get(0).raw()).isEqualTo("P1,\"Contoso\r\nCloud\",DE,EMEA,contoso.de");
		assertThat(read.get(1).values()).containsExactly("P2", "Fabrikam", "GB", "EMEA", "fabrikam.co.uk");
	}

	@Test
	@DisplayName("V1a: a quote that runs on for millions of characters is cut at the record limit, and reading goes on")
	void recordLongerThanTheLimitIsBroken() throws IOException {
		// given an unbalanced quote followed by more text than one record may take
		StringBuilder text = new StringBuilder(HEADER).append("\nP1,\"Endless,DE,EMEA,e.de\n");
		String filler = "P9,Filler,DE,EMEA,filler.de\n";
		while (text.length() < CsvLineReader.MAX_RECORD_CHARS + 2 * filler.length() * 1000) {
			text.append(filler);
		}
		text.append("P2,Last,DE,EMEA,last.de\n");

		// when
		List<Read> read = read(text.toString().getBytes(StandardCharsets.UTF_8), "partners.csv");

		// then
		assertThat(read.get(0).values()).isNull();
		assertThat(read.get(0).problem()).contains("more than " + CsvLineReader.MAX_RECORD_CHARS + " characters");
		assertThat(read.get(read.size() - 1).values()).containsExactly("P2", "Last", "DE", "EMEA", "last.de");
		assertThat(read.subList(1, read.size())).allSatisfy(line -> assertThat(line.values()).isNotNull());
	}

	@Test
	@DisplayName("V1a: the header row itself unparsable refuses the file (V3), naming it and line 1")
	void unparsableHeaderRefusesTheFile() throws IOException {
		// given
		Path file = write("partners.csv",
				("partner_id,\"partner_name,country\nP1,A,DE\n").getBytes(StandardCharsets.UTF_8));
		CsvFileReader reader = new CsvFileReader(file, "partners.csv", header -> {
		});

		// then
		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputRefusedException.class)
			.hasMessage("partners.csv: the header row (line 1) cannot be read as CSV: an unbalanced quote: the quoted"
					+ " field is never closed");
	}

	@Test
	@DisplayName("V3: a gzip with its tail cut off is refused, saying so")
	void truncatedGzipIsRefused() throws IOException {
		// given a gzipped file of a few thousand rows, cut in the middle
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 5000; i++) {
			text.append("P").append(i).append(",Partner ").append(i).append(",DE,EMEA,p").append(i).append(".de\n");
		}
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(zipped)) {
			out.write(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		byte[] cut = Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);

		// then
		assertThatThrownBy(() -> read(cut, "partners.csv.gz")).isInstanceOf(InputRefusedException.class)
			.hasMessage("partners.csv.gz: cannot be read: its gzip data ends early (the file is truncated)");
	}

	/** A partners.csv of {@code lines} physical lines, header included. */
	private static List<String> partners(int lines) {
		List<String> all = new ArrayList<>(List.of(HEADER));
		for (int i = 2; i <= lines; i++) {
			all.add("P" + i + ",Partner " + i + ",DE,EMEA,p" + i + ".de");
		}
		return all;
	}

	private List<Read> read(List<String> lines) throws IOException {
		return read((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), "partners.csv");
	}

	/** Every record and broken line, each with its raw text read while it is current. */
	private List<Read> read(byte[] content, String name) throws IOException {
		Path file = write(name, content);
		CsvFileReader reader = new CsvFileReader(file, name, header -> {
		});
		reader.open(new ExecutionContext());
		try {
			List<Read> lines = new ArrayList<>();
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				lines.add(new Read(line.line(), line.lineCount(), line.values(), line.raw(), line.problem()));
			}
			return lines;
		}
		finally {
			reader.close();
		}
	}

	private Path write(String name, byte[] content) throws IOException {
		Path file = this.temp.resolve(name);
		Files.write(file, content);
		return file;
	}

	/** What a {@link CsvLine} says, kept past the next read (its raw text is not). */
	private record Read(long line, long lineCount, List<String> values, String raw, String problem) {
	}

}
