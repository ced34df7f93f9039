package com.creditsrecon.jobs.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.creditsrecon.jobs.store.FileTrees;

import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.world.UsageSum;

/**
 * The daily usage sums in effect (rule N1 applied), as the store keeps them: one layer
 * per billing period, each two {@link KeyedSegment}s under the store's folder, one by
 * partner for the partitions of the simulation, one by charge day for the usage of no
 * known partner (rule T7). A million sums are written in seconds and each partner's read
 * without a scan, where rows in a database table took most of a run. Supersession is
 * decided per billing period, so a night that brings one month's export rewrites that
 * month's layer only; a layer records a signature of what it was built from, and is
 * rebuilt when that changes.
 */
public final class UsageSums {

	/** Sums held in memory before a sorted run is spilled: about 30 MB. */
	private static final int CHUNK = 200_000;

	private static final PreClassification[] CLASSES = PreClassification.values();

	/** Written last in a layer's folder: what it was built from, and its last day. */
	private static final String SIGNATURE = "signature";

	private static final String SUPERSEDED = "superseded";

	private final List<Layer> layers;

	private UsageSums(List<Layer> layers) {
		this.layers = layers;
	}

	/** One billing period's sums. */
	private record Layer(KeyedSegment<UsageSum> partners, KeyedSegment<UsageSum> unattributed) {
	}

	/** The sums written by the usage import into {@code storeDir}, every period's. */
	public static UsageSums open(Path storeDir) {
		List<Layer> layers = new ArrayList<>();
		for (LocalDate period : periods(storeDir)) {
			Path folder = folder(storeDir, period);
			layers.add(new Layer(KeyedSegment.open(folder.resolve("by-partner"), CODEC),
					KeyedSegment.open(folder.resolve("unattributed"), CODEC)));
		}
		return new UsageSums(layers);
	}

	/** The billing periods that have a layer, finished or not, in order. */
	public static List<LocalDate> periods(Path storeDir) {
		Path root = root(storeDir);
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(root)) {
			return folders.map(folder -> period(folder.getFileName().toString()))
				.filter(Objects::nonNull)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a finished layer was built from ({@link Writer#finish}); empty for a layer
	 * never finished.
	 */
	public static Optional<String> signature(Path storeDir, LocalDate period) {
		return signatureLines(storeDir, period).map(lines -> lines.get(0));
	}

	/** The latest day a finished layer's sums charge; empty when it has none. */
	public static Optional<LocalDate> lastDay(Path storeDir, LocalDate period) {
		return signatureLines(storeDir, period).filter(lines -> lines.size() > 1 && !lines.get(1).isEmpty())
			.map(lines -> LocalDate.parse(lines.get(1)));
	}

	/**
	 * Per stored usage file, its rows of the period that a later export superseded, as
	 * the layer was built.
	 */
	public static Map<String, Long> superseded(Path storeDir, LocalDate period) {
		Map<String, Long> superseded = new TreeMap<>();
		try {
			for (String line : Files.readAllLines(folder(storeDir, period).resolve(SUPERSEDED),
					StandardCharsets.UTF_8)) {
				int tab = line.indexOf('\t');
				superseded.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return superseded;
	}

	/**
	 * Removes whatever is under the store's usage folder but the layers of
	 * {@code periods} (a period no export holds any more, a store of an earlier layout).
	 */
	public static void keepOnly(Path storeDir, Collection<LocalDate> periods) {
		Path root = root(storeDir);
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.toList()) {
				LocalDate period = period(folder.getFileName().toString());
				if (period == null || !periods.contains(period)) {
					FileTrees.delete(folder);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a period's layer anew; its sums are readable once {@link Writer#finish}
	 * returns.
	 */
	public static Writer create(Path storeDir, LocalDate period) {
		Path folder = folder(storeDir, period);
		try {
			Files.deleteIfExists(folder.resolve(SIGNATURE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Writer(folder, KeyedSegment.create(folder.resolve("by-partner"), CODEC, CHUNK),
				KeyedSegment.create(folder.resolve("unattributed"), CODEC, CHUNK));
	}

	/**
	 * The sums of each partner in {@code partnerIds} charged up to {@code asOf}, period
	 * by period, partner by partner within a period.
	 */
	public void readPartners(Iterable<String> partnerIds, LocalDate asOf, KeyedSegment.KeyedConsumer<UsageSum> action) {
		for (Layer layer : this.layers) {
			layer.partners().read(partnerIds, (partner, sum) -> {
				if (!sum.chargeDate().isAfter(asOf)) {
					action.accept(partner, sum);
				}
			});
		}
	}

	/** The days up to {@code asOf} that have sums of no known partner, in order. */
	public List<LocalDate> unattributedDays(LocalDate asOf) {
		SortedSet<LocalDate> days = new TreeSet<>();
		for (Layer layer : this.layers) {
			for (String key : layer.unattributed().keys()) {
				LocalDate day = LocalDate.parse(key);
				if (!day.isAfter(asOf)) {
					days.add(day);
				}
			}
		}
		return List.copyOf(days);
	}

	/** How many sums of no known partner a day has. */
	public long unattributedCount(LocalDate day) {
		return this.layers.stream().mapToLong(layer -> layer.unattributed().count(day.toString())).sum();
	}

	/** The sums of no known partner charged on {@code days}. */
	public List<UsageSum> unattributed(List<LocalDate> days) {
		List<UsageSum> sums = new ArrayList<>();
		List<String> keys = days.stream().map(LocalDate::toString).toList();
		for (Layer layer : this.layers) {
			layer.unattributed().read(keys, (day, sum) -> sums.add(sum));
		}
		return sums;
	}

	/**
	 * Every sum, period by period: each partner's with its partner (partners in
	 * {@link String#compareTo} order), then those of no known partner with null, day by
	 * day.
	 */
	public void forEach(KeyedSegment.KeyedConsumer<UsageSum> action) {
		for (Layer layer : this.layers) {
			layer.partners().read(layer.partners().keys(), action);
			layer.unattributed().read(layer.unattributed().keys(), (day, sum) -> action.accept(null, sum));
		}
	}

	private static Optional<List<String>> signatureLines(Path storeDir, LocalDate period) {
		Path file = folder(storeDir, period).resolve(SIGNATURE);
		try {
			return Files.exists(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8))
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path root(Path storeDir) {
		return storeDir.resolve("usage");
	}

	private static Path folder(Path storeDir, LocalDate period) {
		return root(storeDir).resolve(period.toString());
	}

	private static LocalDate period(String name) {
		try {
			return LocalDate.parse(name);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Takes a period's sums in effect, in any order, each with its partner or none.
	 */
	public static final class Writer {

		private final Path folder;

		private final KeyedSegment.Writer<UsageSum> partners;

		private final KeyedSegment.Writer<UsageSum> unattributed;

		private LocalDate lastDay;

		private Writer(Path folder, KeyedSegment.Writer<UsageSum> partners,
				KeyedSegment.Writer<UsageSum> unattributed) {
			this.folder = folder;
			this.partners = partners;
			this.unattributed = unattributed;
		}

		/**
		 * @param partnerId null for usage of no known partner
		 */
		public void add(String partnerId, UsageSum sum) {
			if (partnerId == null) {
				this.unattributed.add(sum.chargeDate().toString(), sum);
			}
			else {
				this.partners.add(partnerId, sum);
			}
			if (this.lastDay == null || sum.chargeDate().isAfter(this.lastDay)) {
				this.lastDay = sum.chargeDate();
			}
		}

		/**
		 * Finishes the layer, marked with {@code signature}: what it was built from.
		 * @param superseded per stored usage file, its rows of this period that a later
		 * export superseded (rule N1), kept for the nights that do not merge the period
		 * again
		 */
		public void finish(String signature, Map<String, Long> superseded) {
			this.partners.finish();
			this.unattributed.finish();
			try {
				StringBuilder lines = new StringBuilder();
				superseded.forEach((key, rows) -> lines.append(rows).append('\t').append(key).append('\n'));
				Files.writeString(this.folder.resolve(SUPERSEDED), lines, StandardCharsets.UTF_8);
				Files.writeString(this.folder.resolve(SIGNATURE),
						signature + "\n" + (this.lastDay == null ? "" : this.lastDay.toString()) + "\n",
						StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * A sum's fields in a row; the amount exact (its unscaled digits and scale), without
	 * trailing zeros, as the engine has always been given it.
	 */
	static final KeyedSegment.Codec<UsageSum> CODEC = new KeyedSegment.Codec<>() {

		@Override
		public void write(DataOutput out, UsageSum sum) throws IOException {
			out.writeUTF(sum.subscriptionId());
			out.writeUTF(sum.exportProfileId());
			out.writeLong(sum.chargeDate().toEpochDay());
			out.writeUTF(sum.currency());
			out.writeBoolean(sum.negative());
			out.writeByte(sum.preClass().ordinal());
			out.writeUTF(sum.serviceName());
			out.writeUTF(sum.meterCategory());
			out.writeLong(sum.rows());
			BinaryAmounts.write(out, ResultTables.exact(sum.amount()));
		}

		@Override
		public UsageSum read(DataInput in) throws IOException {
			String subscription = in.readUTF();
			String profile = in.readUTF();
			LocalDate day = LocalDate.ofEpochDay(in.readLong());
			String currency = in.readUTF();
			boolean negative = in.readBoolean();
			PreClassification preClass = CLASSES[in.readByte()];
			String serviceName = in.readUTF();
			String meterCategory = in.readUTF();
			long rows = in.readLong();
			return new UsageSum(subscription, profile, day, currency, negative, preClass, serviceName, meterCategory,
					rows, BinaryAmounts.read(in));
		}

	};

}
