package com.creditsrecon.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code generate} command: writes a synthetic, internally consistent input folder
 * (extracts.md, all but the reported extracts). Partners are generated one at a time,
 * each from a random sequence of its own derived from (seed, partner index), and written
 * to files that stay open for the whole run, so memory does not grow with the world:
 * 100,000 partners and 10,000,000 usage rows fit in a small heap. The same options always
 * give the same bytes.
 */
public final class WorldGenerator {

	private WorldGenerator() {
	}

	/**
	 * Writes a world into {@code out} (created if missing; it should be empty).
	 * @return what was written
	 */
	public static GenerateSummary write(Path out, GenerateOptions options) throws IOException {
		return write(out, options, message -> {
		});
	}

	/**
	 * Writes a world into {@code out}, reporting progress of large worlds (every tenth of
	 * the partners) to {@code progress}.
	 */
	public static GenerateSummary write(Path out, GenerateOptions options, Consumer<String> progress)
			throws IOException {
		Files.createDirectories(out);
		Timeframe timeframe = new Timeframe(options.months());
		RolloutSchedule rollout = new RolloutSchedule(timeframe);
		PartnerGenerator generator = new PartnerGenerator(options, timeframe, rollout);
		int partners = options.partners();
		boolean large = partners >= 10_000 || options.usageRows() >= 1_000_000;
		List<GenerateSummary.FileRows> files = new ArrayList<>();
		try (ExtractWriters extracts = new ExtractWriters(out, rollout);
				UsageExports usage = new UsageExports(out, timeframe, options)) {
			long usageRows = 0;
			int nextReport = 1;
			for (int index = 0; index < partners; index++) {
				GeneratedPartner partner = generator.generate(index);
				extracts.write(partner);
				long rows = options.usageRowsOf(index);
				PartnerUsage.write(partner, rows, options.seed(), timeframe, usage);
				usageRows += rows;
				if (large && (long) (index + 1) * 10 >= (long) nextReport * partners) {
					progress.accept(String.format(Locale.ROOT, "generate: %3d%% (%,d partners, %,d usage rows)",
							nextReport * 10, index + 1, usageRows));
					nextReport++;
				}
			}
			extracts.close();
			usage.close();
			files.addAll(extracts.files());
			files.addAll(usage.files());
		}
		return new GenerateSummary(out, options, files);
	}

	/** The ID of the partner generated {@code index}th (from 0). */
	public static String partnerId(int index) {
		return Ids.partnerId(index);
	}

	/** Whether a folder can take a world: missing, or empty. */
	public static boolean isEmptyOrMissing(Path out) throws IOException {
		if (!Files.exists(out)) {
			return true;
		}
		if (!Files.isDirectory(out)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(out)) {
			return entries.findAny().isEmpty();
		}
	}

}
