package com.creditsrecon.jobs.importing.usage;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of the usage import across its parallel partitions: rows read, the share of
 * the export bytes read, and rows per second, reported at most every few seconds.
 */
public final class UsageProgress {

	private static final long EVERY_NANOS = 5_000_000_000L;

	private final long totalBytes;

	private final Consumer<String> sink;

	private final LongSupplier clock;

	private final long start;

	private final AtomicLong rows = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong lastReport;

	/**
	 * @param totalBytes the size of every usage file, as stored (compressed or not)
	 * @param clock nanoseconds, for rates only: nothing simulated reads it
	 */
	public UsageProgress(long totalBytes, Consumer<String> sink, LongSupplier clock) {
		this.totalBytes = Math.max(1, totalBytes);
		this.sink = sink;
		this.clock = clock;
		this.start = clock.getAsLong();
		this.lastReport = new AtomicLong(this.start);
	}

	/** Adds a partition's progress since its last call, and reports if it is time. */
	public void advance(long moreRows, long moreBytes) {
		long totalRows = this.rows.addAndGet(moreRows);
		long readBytes = this.bytes.addAndGet(moreBytes);
		long now = this.clock.getAsLong();
		long last = this.lastReport.get();
		if (now - last >= EVERY_NANOS && this.lastReport.compareAndSet(last, now)) {
			double seconds = (now - this.start) / 1e9;
			this.sink
				.accept(String.format(Locale.ROOT, "usage: %,d rows read, %d%% of %,.1f MB, %,.0f rows/s", totalRows,
						Math.min(100, readBytes * 100 / this.totalBytes), this.totalBytes / 1e6, totalRows / seconds));
		}
	}

}
