package com.creditsrecon.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Copies an input folder with the rows of every CSV file in another order, for the
 * property that outputs do not depend on row or column order (rule T4): the data rows of
 * every extract are shuffled and so are its columns (header and values alike); the rows
 * of each usage file are shuffled within that file (an export's partitions keep their
 * rows, its columns their order). Gzipped files stay gzipped, a BOM is dropped, other
 * files are copied as they are. The same seed gives the same copy.
 */
public final class ShuffledCopy {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private ShuffledCopy() {
	}

	/**
	 * Copies {@code from} into {@code to} (created), shuffled with {@code seed}.
	 */
	public static void copy(Path from, Path to, long seed) {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path file : walk.sorted().toList()) {
				Path relative = from.relativize(file);
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (isCsv(file)) {
					boolean usage = relative.getNameCount() > 1 && relative.getName(0).toString().equals("usage");
					SplittableRandom random = new SplittableRandom(
							seed ^ relative.toString().replace('\\', '/').hashCode());
					Files.write(target,
							shuffled(Files.readAllBytes(file), file.toString().endsWith(".gz"), !usage, random));
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isCsv(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".csv.gz");
	}

	private static byte[] shuffled(byte[] content, boolean gzip, boolean columns, SplittableRandom random)
			throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(content))
				: new ByteArrayInputStream(content);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			for (CSVRecord record : FORMAT.parse(reader)) {
				records.add(new ArrayList<>(record.toList()));
			}
		}
		if (records.isEmpty()) {
			return content;
		}
		List<String> header = records.get(0);
		if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
			header.set(0, header.get(0).substring(1));
		}
		List<List<String>> rows = new ArrayList<>(records.subList(1, records.size()));
		shuffle(rows, random);
		int[] order = new int[header.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		if (columns) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 1024);
		try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes;
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = FORMAT.print(writer)) {
			printer.printRecord(reorder(header, order));
			for (List<String> row : rows) {
				// rows with a wrong field count keep their fields as they are
				printer.printRecord(row.size() == order.length ? reorder(row, order) : row);
			}
		}
		return bytes.toByteArray();
	}

	private static List<String> reorder(List<String> values, int[] order) {
		List<String> reordered = new ArrayList<>(order.length);
		for (int index : order) {
			reordered.add(values.get(index));
		}
		return reordered;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

}
