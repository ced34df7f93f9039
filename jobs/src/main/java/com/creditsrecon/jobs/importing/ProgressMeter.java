package com.creditsrecon.jobs.importing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The progress of one long step, fed by any of its threads a block of work at a time and
 * told on a {@link ProgressSink} at most every five seconds: what is done (of what total,
 * when it is known), the rate, and the time left at that rate. Nothing is told before the
 * step has run five seconds, so that a quick step stays silent.
 */
public final class ProgressMeter {

	/** A total not known up front: the lines tell what is done and the rate only. */
	public static final long UNKNOWN = -1;

	/** The least time before the first line, and between two lines. */
	static final long EVERY_NANOS = 5_000_000_000L;

	/** Units a {@link Tally} keeps to itself before it adds them to the meter. */
	private static final int TALLY_BLOCK = 10_000;

	private final String phase;

	private final String unit;

	/**
	 * In units, or in bytes when {@link #totalInBytes}; {@link #UNKNOWN} if not known.
	 */
	private final long total;

	private final boolean totalInBytes;

	private final ProgressSink sink;

	private final LongSupplier clock;

	private final long start;

	private final LongAdder units = new LongAdder();

	private final LongAdder bytes = new LongAdder();

	private final AtomicLong lastLine;

	private ProgressMeter(String phase, String unit, long total, boolean totalInBytes, ProgressSink sink,
			LongSupplier clock) {
		this.phase = phase;
		this.unit = unit;
		this.total = total;
		this.totalInBytes = totalInBytes;
		this.sink = sink;
		this.clock = clock;
		this.start = clock.getAsLong();
		this.lastLine = new AtomicLong(this.start);
	}

	/**
	 * A meter started now, of a step that counts {@code total} units:
	 * {@code simulate: 41,000 of 100,000 partners (41%), 8,200 partners/s, about 7 s left}.
	 * @param phase what the step does, the start of its lines
	 * @param unit what it counts, plural
	 * @param total the units the step will do; {@link #UNKNOWN} when not known
	 * @param clock nanoseconds ({@code System::nanoTime}), for the rate and the time left
	 * only
	 */
	public static ProgressMeter counting(String phase, String unit, long total, ProgressSink sink, LongSupplier clock) {
		return new ProgressMeter(phase, unit, total < 0 ? UNKNOWN : total, false, sink, clock);
	}

	/**
	 * A meter started now, of a step that reads {@code totalBytes} of files and counts
	 * the units (rows) it finds in them: the share read is told in MB, the rate in units:
	 * {@code import usage: 412,000 rows, 41.2 of 100.0 MB (41%), 96,000 rows/s, about 6 s left}.
	 * @param totalBytes the files' sizes as stored (compressed or not), as
	 * {@link CsvFileReader#bytesRead} counts them
	 * @see #counting
	 */
	public static ProgressMeter reading(String phase, String unit, long totalBytes, ProgressSink sink,
			LongSupplier clock) {
		return new ProgressMeter(phase, unit, Math.max(0, totalBytes), true, sink, clock);
	}

	/**
	 * Adds units done since this thread's last call, and tells progress if it is time.
	 */
	public void add(long moreUnits) {
		add(moreUnits, 0);
	}

	/**
	 * Adds units done and bytes read since this thread's last call, and tells progress if
	 * it is time: at most one of the threads that feed the meter tells each line.
	 */
	public void add(long moreUnits, long moreBytes) {
		this.units.add(moreUnits);
		if (moreBytes != 0) {
			this.bytes.add(moreBytes);
		}
		long now = this.clock.getAsLong();
		long last = this.lastLine.get();
		if (now - last >= EVERY_NANOS && this.lastLine.compareAndSet(last, now)) {
			this.sink.progress(line(now));
		}
	}

	/**
	 * A counter of single units for one thread, which adds them to this meter a block at
	 * a time: for a loop that handles one row per call, where even a shared counter per
	 * row would cost. {@link Tally#flush} adds what is left.
	 */
	public Tally tally() {
		return new Tally();
	}

	private String line(long now) {
		double seconds = Math.max(1, now - this.start) / 1e9;
		long done = this.units.sum();
		StringBuilder line = new StringBuilder(this.phase).append(": ");
		long measured;
		if (this.totalInBytes) {
			measured = this.bytes.sum();
			line.append(String.format(Locale.ROOT, "%,d %s, %,.1f of %,.1f MB (%d%%)", done, this.unit, measured / 1e6,
					this.total / 1e6, percent(measured)));
		}
		else if (this.total != UNKNOWN) {
			measured = done;
			line.append(String.format(Locale.ROOT, "%,d of %,d %s (%d%%)", done, this.total, this.unit, percent(done)));
		}
		else {
			measured = 0;
			line.append(String.format(Locale.ROOT, "%,d %s", done, this.unit));
		}
		line.append(String.format(Locale.ROOT, ", %,.0f %s/s", done / seconds, this.unit));
		if (this.total != UNKNOWN && measured > 0 && measured < this.total) {
			line.append(", about ").append(timeLeft((this.total - measured) * seconds / measured)).append(" left");
		}
		return line.toString();
	}

	private long percent(long measured) {
		return this.total == 0 ? 100 : Math.min(100, measured * 100 / this.total);
	}

	/** {@code 7 s}, {@code 4 min}, {@code 1 h 12 min}: as precise as a guess deserves. */
	static String timeLeft(double seconds) {
		long whole = Math.max(1, Math.round(seconds));
		if (whole < 60) {
			return whole + " s";
		}
		long minutes = Math.round(seconds / 60);
		if (minutes < 60) {
			return minutes + " min";
		}
		return minutes / 60 + " h " + minutes % 60 + " min";
	}

	/** Units counted on one thread, added to the meter a block at a time. */
	public final class Tally {

		private long pending;

		private Tally() {
		}

		/** One more unit done. */
		public void one() {
			if (++this.pending == TALLY_BLOCK) {
				flush();
			}
		}

		/** A few more units done. */
		public void add(long units) {
			this.pending += units;
			if (this.pending >= TALLY_BLOCK) {
				flush();
			}
		}

		/** Adds the units not added yet to the meter. */
		public void flush() {
			if (this.pending > 0) {
				ProgressMeter.this.add(this.pending);
				this.pending = 0;
			}
		}

	}

}
