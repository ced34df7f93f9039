package com.creditsrecon.jobs.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * CSV inputs for comparing two parsers: well-formed ones and broken ones, as bytes.
 * Records of generated fields (quotes, {@code ""}, line breaks inside quotes, stray
 * quotes, text or whitespace after a closing quote, unclosed quotes, empty fields, long
 * fields, non-ASCII), CRLF, LF and CR mixed, blank lines, a BOM, no last line break; byte
 * soup from the few bytes that matter to CSV; the sample inputs with bytes inserted,
 * deleted or cut; now and then bytes that are not UTF-8. The same random sequence always
 * gives the same input.
 */
final class CsvFuzzInputs {

	private static final Path SAMPLES = Path.of("../input-samples");

	/**
	 * The bytes that matter to CSV, and a few characters of two, three and four bytes.
	 */
	private static final String[] SOUP = { "a", "b", ",", ",", "\"", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t",
			"\u000B", "é", "\u3000", "\u00A0", "\uD83D\uDE00", "\uFEFF" };

	private static final String[] WORDS = { "P1", "Contoso", "Fabrikam Inc.", "12.50", "2026-10-31", "x", "DE",
			"Zürich", "東京", "\uD83D\uDE00", "a b", "NULL", "-" };

	private static final String[] AFTER_QUOTE = { " ", "\t", "  \t", "\u000B", "\f", "\u001F", "\u3000", "\u2028",
			"\u00A0", "\u0085", "x", " x", "\"", "\uD83D\uDE00" };

	private static final String[] BREAKS = { "\n", "\r\n", "\r" };

	private static final List<Path> SAMPLE_FILES = sampleFiles();

	private CsvFuzzInputs() {
	}

	/** An input and how it was made, for the failure message. */
	record Input(byte[] content, String kind) {
	}

	static Input next(Random random) {
		int pick = random.nextInt(10);
		Input input;
		if (pick < 5) {
			input = new Input(records(random), "records");
		}
		else if (pick < 8) {
			input = new Input(soup(random), "soup");
		}
		else {
			input = mutatedSample(random);
		}
		if (random.nextInt(12) == 0) {
			return new Input(notUtf8(input.content(), random), input.kind() + ", not UTF-8");
		}
		return input;
	}

	/** A header and rows of generated fields. */
	private static byte[] records(Random random) {
		StringBuilder text = new StringBuilder();
		if (random.nextInt(8) == 0) {
			text.append('\uFEFF');
		}
		int fields = 1 + random.nextInt(5);
		String breakOfFile = BREAKS[random.nextInt(BREAKS.length)];
		boolean mixedBreaks = random.nextInt(4) == 0;
		int rows = random.nextInt(25);
		for (int row = 0; row <= rows; row++) {
			if (row > 0 && random.nextInt(10) == 0) {
				text.append(mixedBreaks ? BREAKS[random.nextInt(BREAKS.length)] : breakOfFile);
				continue; // a blank line
			}
			int count = random.nextInt(5) == 0 ? Math.max(1, fields + random.nextInt(3) - 1) : fields;
			for (int f = 0; f < count; f++) {
				if (f > 0) {
					text.append(',');
				}
				text.append(row == 0 && random.nextInt(3) > 0 ? "column_" + f : field(random));
			}
			boolean last = row == rows;
			if (!last || random.nextInt(4) > 0) {
				text.append(mixedBreaks ? BREAKS[random.nextInt(BREAKS.length)] : breakOfFile);
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String field(Random random) {
		return switch (random.nextInt(16)) {
			case 0, 1 -> "";
			case 2, 3, 4, 5 -> WORDS[random.nextInt(WORDS.length)];
			case 6, 7, 8 -> quoted(random);
			case 9 -> quoted(random) + AFTER_QUOTE[random.nextInt(AFTER_QUOTE.length)];
			case 10 -> "\"" + WORDS[random.nextInt(WORDS.length)]; // a quote never closed
			case 11 -> WORDS[random.nextInt(WORDS.length)] + "\"" + WORDS[random.nextInt(WORDS.length)];
			case 12 -> longText(random);
			case 13 -> "\"" + longText(random) + "\"";
			case 14 -> "\"\"";
			default -> " " + WORDS[random.nextInt(WORDS.length)] + " ";
		};
	}

	/** A quoted field: words, commas, {@code ""} and line breaks inside. */
	private static String quoted(Random random) {
		StringBuilder text = new StringBuilder("\"");
		int parts = random.nextInt(4);
		for (int i = 0; i < parts; i++) {
			switch (random.nextInt(5)) {
				case 0 -> text.append(',');
				case 1 -> text.append("\"\"");
				case 2 -> text.append(BREAKS[random.nextInt(BREAKS.length)]);
				default -> text.append(WORDS[random.nextInt(WORDS.length)]);
			}
		}
		return text.append('"').toString();
	}

	/** Text long enough to cross many small blocks. */
	private static String longText(Random random) {
		int length = 50 + random.nextInt(random.nextInt(20) == 0 ? 20_000 : 1_500);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append(random.nextInt(20) == 0 ? "ä" : "v");
		}
		return text.toString();
	}

	private static byte[] soup(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(random.nextInt(5) == 0 ? 600 : 120);
		for (int i = 0; i < length; i++) {
			text.append(SOUP[random.nextInt(SOUP.length)]);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A sample input with one to three edits. */
	private static Input mutatedSample(Random random) {
		Path sample = SAMPLE_FILES.get(random.nextInt(SAMPLE_FILES.size()));
		byte[] content;
		try {
			// the first few hundred rows: enough for the edits, and quick to read many
			// times
			content = first(Files.readAllBytes(sample), 12_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits && content.length > 0; i++) {
			int at = random.nextInt(content.length);
			content = switch (random.nextInt(5)) {
				case 0, 1 -> splice(content, at, 0, SOUP[random.nextInt(SOUP.length)]);
				case 2 -> splice(content, at, Math.min(content.length - at, 1 + random.nextInt(40)), "");
				case 3 -> splice(content, at, 0, quoted(random));
				default -> Arrays.copyOf(content, at);
			};
		}
		return new Input(content, "sample " + SAMPLES.relativize(sample));
	}

	/** One to four bytes that make no UTF-8, put anywhere. */
	private static byte[] notUtf8(byte[] content, Random random) {
		byte[][] sequences = { { (byte) 0xFF }, { (byte) 0xC3 }, { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xE2, (byte) 0x82 } };
		byte[] bad = sequences[random.nextInt(sequences.length)];
		int at = random.nextInt(content.length + 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(content, 0, at);
		out.writeBytes(bad);
		out.write(content, at, content.length - at);
		return out.toByteArray();
	}

	private static byte[] first(byte[] content, int length) {
		return content.length <= length ? content : Arrays.copyOf(content, length);
	}

	private static byte[] splice(byte[] content, int at, int delete, String insert) {
		byte[] inserted = insert.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(content, 0, at);
		out.writeBytes(inserted);
		out.write(content, at + delete, content.length - at - delete);
		return out.toByteArray();
	}

	private static List<Path> sampleFiles() {
		try (Stream<Path> tree = Files.walk(SAMPLES)) {
			return tree.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
