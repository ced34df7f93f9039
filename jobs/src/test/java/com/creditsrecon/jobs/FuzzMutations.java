package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What a fuzzer does to an input file's bytes: delete a field or a line, insert a quote,
 * a comma or a line break, put random bytes in, make a value long, change the case of a
 * line, repeat a row, cut the file short. Each mutation is named, so that a failure says
 * what was done; the same random sequence always does the same.
 */
final class FuzzMutations {

	private static final String[] NAMES = { "delete-field", "delete-line", "insert-quote", "insert-comma",
			"insert-line-break", "random-bytes", "long-value", "change-case", "repeat-row", "truncate" };

	private FuzzMutations() {
	}

	/** The bytes after one random mutation, and its name. */
	record Mutated(byte[] content, String name) {
	}

	static Mutated mutate(byte[] content, Random random) {
		String name = NAMES[random.nextInt(NAMES.length)];
		return new Mutated(apply(name, content, random), name);
	}

	private static byte[] apply(String name, byte[] content, Random random) {
		if (content.length == 0) {
			return content;
		}
		return switch (name) {
			case "delete-field" -> deleteField(content, random);
			case "delete-line" -> editLine(content, random, line -> "");
			case "insert-quote" -> insert(content, random.nextInt(content.length), "\"");
			case "insert-comma" -> insert(content, random.nextInt(content.length), ",");
			case "insert-line-break" ->
				insert(content, random.nextInt(content.length), random.nextBoolean() ? "\n" : "\r\n");
			case "random-bytes" -> randomBytes(content, random);
			case "long-value" -> longValue(content, random);
			case "change-case" -> editLine(content, random,
					line -> random.nextBoolean() ? line.toUpperCase(Locale.ROOT) : line.toLowerCase(Locale.ROOT));
			case "repeat-row" -> repeatRow(content, random);
			case "truncate" -> Arrays.copyOf(content, random.nextInt(content.length));
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static byte[] insert(byte[] content, int at, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + bytes.length);
		out.write(content, 0, at);
		out.writeBytes(bytes);
		out.write(content, at, content.length - at);
		return out.toByteArray();
	}

	/** One to eight bytes replaced by any bytes at all (invalid UTF-8 included). */
	private static byte[] randomBytes(byte[] content, Random random) {
		byte[] copy = content.clone();
		int at = random.nextInt(copy.length);
		int count = 1 + random.nextInt(8);
		for (int i = at; i < Math.min(copy.length, at + count); i++) {
			copy[i] = (byte) random.nextInt(256);
		}
		return copy;
	}

	/** A line's field replaced by a long value: just over the limit, or far over it. */
	private static byte[] longValue(byte[] content, Random random) {
		int length = switch (random.nextInt(4)) {
			case 0 -> 1_000;
			case 1 -> 1_001;
			case 2 -> 1_001 + random.nextInt(20_000);
			default -> 200_000 + random.nextInt(800_000);
		};
		String value = "v".repeat(length);
		return editLine(content, random, line -> {
			List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
			fields.set(random.nextInt(fields.size()), value);
			return String.join(",", fields);
		});
	}

	private static byte[] deleteField(byte[] content, Random random) {
		return editLine(content, random, line -> {
			List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
			if (fields.size() > 1) {
				fields.remove(random.nextInt(fields.size()));
			}
			return String.join(",", fields);
		});
	}

	private static byte[] repeatRow(byte[] content, Random random) {
		List<String> lines = lines(content);
		if (lines.size() < 2) {
			return content;
		}
		int row = 1 + random.nextInt(lines.size() - 1);
		lines.add(1 + random.nextInt(lines.size() - 1), lines.get(row));
		return join(lines);
	}

	/** One line (any, the header too) rewritten as text. */
	private static byte[] editLine(byte[] content, Random random, java.util.function.UnaryOperator<String> edit) {
		List<String> lines = lines(content);
		int line = random.nextInt(lines.size());
		String edited = edit.apply(lines.get(line));
		if (edited.isEmpty()) {
			lines.remove(line);
		}
		else {
			lines.set(line, edited);
		}
		return join(lines);
	}

	private static List<String> lines(byte[] content) {
		return new ArrayList<>(Arrays.asList(new String(content, StandardCharsets.UTF_8).split("\n", -1)));
	}

	private static byte[] join(List<String> lines) {
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

}
