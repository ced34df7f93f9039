package com.creditsrecon.jobs.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.creditsrecon.jobs.importing.CommonsCsvReference;
import com.creditsrecon.jobs.importing.CsvFileReader;
import com.creditsrecon.jobs.importing.CsvLine;

/**
 * The import's CSV parsing alone (docs/benchmarks.md): one file read to its end by the
 * reader before ({@link CommonsCsvReference}: Commons CSV over a decoder, raw text kept)
 * and by {@link CsvFileReader} (the byte parser) on this thread, then by the byte parser
 * in byte ranges on a thread per core (its read-ahead), in alternating rounds, every
 * value touched as the import would. Run it with {@code benchmarks/parse.sh FILE
 * [ROUNDS]}.
 */
public final class ParseBenchmark {

	private static final PrintStream OUT = System.out;

	private ParseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		double megabytes = Files.size(file) / 1e6;
		OUT.printf(Locale.ROOT, "%s: %.1f MB; %d cores%n", file, megabytes, Runtime.getRuntime().availableProcessors());
		// warm-up, so that neither side pays for the JIT alone
		commonsCsv(file);
		byteParser(file, false);
		byteParser(file, true);
		List<Double> before = new ArrayList<>();
		List<Double> after = new ArrayList<>();
		List<Double> inRanges = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			double old = commonsCsv(file);
			double now = byteParser(file, false);
			double ranged = byteParser(file, true);
			before.add(old);
			after.add(now);
			inRanges.add(ranged);
			OUT.printf(Locale.ROOT,
					"round %d: Commons CSV %.2f s (%.0f MB/s), byte parser %.2f s (%.0f MB/s), in ranges %.2f s (%.0f MB/s)%n",
					round, old, megabytes / old, now, megabytes / now, ranged, megabytes / ranged);
		}
		double old = median(before);
		double now = median(after);
		double ranged = median(inRanges);
		OUT.printf(Locale.ROOT,
				"median: Commons CSV %.0f MB/s, byte parser %.0f MB/s (%.2f times as fast), in ranges %.0f MB/s (%.2f times)%n",
				megabytes / old, megabytes / now, old / now, megabytes / ranged, old / ranged);
	}

	private static double commonsCsv(Path file) {
		System.gc();
		long start = System.nanoTime();
		long touched = 0;
		CommonsCsvReference reader = new CommonsCsvReference(file, file.toString(), header -> {
		});
		reader.open(new ExecutionContext());
		try {
			for (CommonsCsvReference.Line line = reader.read(); line != null; line = reader.read()) {
				touched += touch(line.values());
			}
		}
		finally {
			reader.close();
		}
		return seconds(start, touched);
	}

	/**
	 * @param inRanges read ahead: a large plain file is parsed in byte ranges on a thread
	 * per core, the records handed on to this one
	 */
	private static double byteParser(Path file, boolean inRanges) {
		System.gc();
		long start = System.nanoTime();
		long touched = 0;
		CsvFileReader reader = new CsvFileReader(file, file.toString(), header -> {
		}, inRanges);
		reader.open(new ExecutionContext());
		try {
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				touched += touch(line.values());
			}
		}
		finally {
			reader.close();
		}
		return seconds(start, touched);
	}

	private static long touch(List<String> values) {
		long length = 0;
		if (values != null) {
			for (String value : values) {
				length += value.length();
			}
		}
		return length;
	}

	private static double seconds(long start, long touched) {
		if (touched == 0) {
			throw new IllegalStateException("nothing read");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
