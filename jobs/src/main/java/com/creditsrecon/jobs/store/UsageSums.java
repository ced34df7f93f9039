package com.creditsrecon.jobs.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.model.usage.PreClassification;
import com.creditsrecon.model.world.UsageSum;

/**
 * The daily usage sums in effect (rule N1 applied), as the store keeps them: two
 * {@link KeyedSegment}s under the store's folder, one by partner for the partitions of
 * the simulation, one by charge day for the usage of no known partner (rule T7). A
 * million sums are written in seconds and each partner's read without a scan, where rows
 * in a database table took most of a run.
 */
public final class UsageSums {

	/** Sums held in memory before a sorted run is spilled: about 30 MB. */
	private static final int CHUNK = 200_000;

	private static final PreClassification[] CLASSES = PreClassification.values();

	private final KeyedSegment<UsageSum> partners;

	private final KeyedSegment<UsageSum> unattributed;

	private UsageSums(KeyedSegment<UsageSum> partners, KeyedSegment<UsageSum> unattributed) {
		this.partners = partners;
		this.unattributed = unattributed;
	}

	/** The sums written by the usage import into {@code storeDir}. */
	public static UsageSums open(Path storeDir) {
		return new UsageSums(KeyedSegment.open(partnersFolder(storeDir), CODEC),
				KeyedSegment.open(unattributedFolder(storeDir), CODEC));
	}

	/** Starts the sums of {@code storeDir} anew. */
	public static Writer create(Path storeDir) {
		return new Writer(KeyedSegment.create(partnersFolder(storeDir), CODEC, CHUNK),
				KeyedSegment.create(unattributedFolder(storeDir), CODEC, CHUNK));
	}

	/**
	 * The sums of each partner in {@code partnerIds} charged up to {@code asOf}, partner
	 * by partner.
	 */
	public void readPartners(Iterable<String> partnerIds, LocalDate asOf, KeyedSegment.KeyedConsumer<UsageSum> action) {
		this.partners.read(partnerIds, (partner, sum) -> {
			if (!sum.chargeDate().isAfter(asOf)) {
				action.accept(partner, sum);
			}
		});
	}

	/** The days up to {@code asOf} that have sums of no known partner, in order. */
	public List<LocalDate> unattributedDays(LocalDate asOf) {
		List<LocalDate> days = new ArrayList<>();
		for (String key : this.unattributed.keys()) {
			LocalDate day = LocalDate.parse(key);
			if (!day.isAfter(asOf)) {
				days.add(day);
			}
		}
		return days;
	}

	/** How many sums of no known partner a day has. */
	public long unattributedCount(LocalDate day) {
		return this.unattributed.count(day.toString());
	}

	/** The sums of no known partner charged on {@code days}. */
	public List<UsageSum> unattributed(List<LocalDate> days) {
		List<UsageSum> sums = new ArrayList<>();
		this.unattributed.read(days.stream().map(LocalDate::toString).toList(), (day, sum) -> sums.add(sum));
		return sums;
	}

	/**
	 * Every sum: each partner's with its partner (partners in {@link String#compareTo}
	 * order), then those of no known partner with null, day by day.
	 */
	public void forEach(KeyedSegment.KeyedConsumer<UsageSum> action) {
		this.partners.read(this.partners.keys(), action);
		this.unattributed.read(this.unattributed.keys(), (day, sum) -> action.accept(null, sum));
	}

	private static Path partnersFolder(Path storeDir) {
		return storeDir.resolve("usage").resolve("by-partner");
	}

	private static Path unattributedFolder(Path storeDir) {
		return storeDir.resolve("usage").resolve("unattributed");
	}

	/**
	 * Takes the sums in effect, in any order, each with its partner or none; the sums are
	 * readable once {@link #finish} returns.
	 */
	public static final class Writer {

		private final KeyedSegment.Writer<UsageSum> partners;

		private final KeyedSegment.Writer<UsageSum> unattributed;

		private Writer(KeyedSegment.Writer<UsageSum> partners, KeyedSegment.Writer<UsageSum> unattributed) {
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
		}

		public void finish() {
			this.partners.finish();
			this.unattributed.finish();
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
